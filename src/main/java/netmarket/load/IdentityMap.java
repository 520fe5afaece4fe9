package netmarket.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import netmarket.normalize.OperatorIdentity;
import netmarket.normalize.PiiProtector;
import netmarket.normalize.ValueException;
import org.duckdb.DuckDBFunctions;

/**
 * The bulk route's table of identities: every distinct operator_id text of a staged file, judged
 * by {@link OperatorIdentity} (the row interpreter's own rule, keyed hash included) inside DuckDB's
 * query as a Java scalar function, on DuckDB's threads. Texts that are not an identity get no
 * entry, so their rows go to the row interpreter, which rejects them with the reason.
 */
final class IdentityMap {

    /** Functions are registered per database and never dropped: each load's gets a name of its own. */
    private static final AtomicLong NAMES = new AtomicLong();
    private static final String SEP = "\u001f";

    private final PiiProtector pii;

    IdentityMap(PiiProtector pii) {
        this.pii = pii;
    }

    /** Creates {@code db.id_map} from the distinct values of {@code column} in {@code db.rows}. */
    void fill(Connection side, String db, String column) throws SQLException {
        String function = "netmarket_identity_" + NAMES.incrementAndGet();
        DuckDBFunctions.scalarFunction().withName(function).withParameter(String.class).withReturnType(String.class)
                .withFunction(this::packed).register(side);
        try (Statement st = side.createStatement()) {
            st.execute("CREATE TABLE " + db + ".id_map AS SELECT raw, nullif(split_part(v, chr(31), 1), '') AS operator_key, "
                    + "nullif(split_part(v, chr(31), 2), '') AS credit_code, nullif(split_part(v, chr(31), 3), '') AS person_id_hash, "
                    + "nullif(split_part(v, chr(31), 4), '') AS person_id_masked "
                    + "FROM (SELECT raw, " + function + "(raw) AS v FROM (SELECT DISTINCT " + column + " AS raw FROM " + db + ".rows "
                    + "WHERE " + column + " IS NOT NULL)) WHERE v IS NOT NULL");
        }
    }

    /** An identity as one text (the function returns one value): key, credit code, hash, masked ID; null when not one. */
    private String packed(String raw) {
        try {
            OperatorIdentity who = OperatorIdentity.of(raw, pii);
            return who.operatorKey() + SEP + text(who.creditCode()) + SEP + text(who.personIdHash()) + SEP + text(who.personIdMasked());
        } catch (ValueException e) {
            return null;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
