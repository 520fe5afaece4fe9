package netmarket.normalize;

/** The 18-digit resident ID number (GB 11643) and the legacy 15-digit one. */
public final class PersonalId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private PersonalId() {}

    public static boolean looksLike(String s) {
        return s.matches("\\d{17}[\\dXx]") || s.matches("\\d{15}");
    }

    /** Null if valid, else the reason (the number itself is never part of the reason). */
    public static String problem(String s) {
        if (s.matches("\\d{15}")) {
            return null;
        }
        if (!s.matches("\\d{17}[\\dXx]")) {
            return "身份证号码格式错误（应为18位）";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        char expected = CHECK.charAt(sum % 11);
        return Character.toUpperCase(s.charAt(17)) == expected ? null : "身份证号码校验位错误";
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
