package netmarket.normalize;

/**
 * Who an operator_id cell names, as stored: a credit code in clear, or a personal ID as its keyed
 * hash and masked form (never in clear). The one rule both load routes use: the row interpreter
 * per cell, the bulk route once per distinct value of a file.
 */
public record OperatorIdentity(String operatorKey, String creditCode, String personIdHash, String personIdMasked) {

    /** The identity of {@code raw} (trimmed, as read); a {@link ValueException} with the reason when it is neither. */
    public static OperatorIdentity of(String raw, PiiProtector pii) {
        String id = raw.toUpperCase();
        // a personal ID has an ID's shape (province code, birth date) as well as its check character: an
        // all-digit credit code such as 91350400…, whose last digit happens to pass the ID check (1 in 11), is not one
        if ((id.length() == 15 || PersonalId.hasShape(id)) && PersonalId.looksLike(id) && PersonalId.problem(id) == null) {
            String hash = pii.hash(id);
            return new OperatorIdentity("P" + hash.substring(0, 32), null, hash, PiiProtector.maskId(id));
        }
        if (PersonalId.hasShape(id) && CreditCode.problem(id) == null) {
            // a mistyped ID that GB 32100's check happens to accept: never a credit code, or it would be stored in clear
            throw new ValueException(PersonalId.problem(id) + "（形如身份证号码，不作为统一社会信用代码存储）");
        }
        if (id.length() == 18 && CreditCode.problem(id) == null) {
            return new OperatorIdentity(id, id, null, null);
        }
        if (PersonalId.looksLike(id)) {
            String problem = PersonalId.problem(id);
            throw new ValueException((problem != null ? problem : "不是有效的身份证号码（地区码或出生日期不对）") + "（也不是有效的统一社会信用代码）");
        }
        if (id.length() == 18) {
            throw new ValueException(CreditCode.problem(id));
        }
        throw new ValueException("既不是统一社会信用代码也不是身份证号码（" + id.length() + "位）");
    }
}
