package netmarket.score;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import netmarket.normalize.Period;
import netmarket.store.Sql;

/**
 * Whether a rubric and period must be scored again: a fingerprint of everything scoring reads
 * (every load and its state, every reference table, the fact tables' row counts, the period's
 * snapshots, the scoring scripts and this build's scoring code, the regions asked for and the
 * provisional reason). The monthly job records it after scoring and, when the next run finds the
 * same, keeps the snapshots without evaluating again: the run with nothing new answers at once.
 */
public final class ScoringInputs {

    private ScoringInputs() {}

    /** The fingerprint of the store's scoring inputs for {@code rubricId} and {@code period} as they are now. */
    public static String fingerprint(Connection conn, String rubricId, Collection<String> regions, YearMonth period,
            String provisionalReason) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String t : tables(conn, "ref")) {
            parts.add("(SELECT bit_xor(hash(x)) FROM ref." + t + " x)::VARCHAR");
        }
        for (String t : tables(conn, "fact")) {
            parts.add("(SELECT count(*) FROM fact." + t + ")::VARCHAR");
        }
        parts.add("(SELECT bit_xor(hash(l)) FROM meta.load l)::VARCHAR");
        parts.add("(SELECT count(*) FROM meta.load)::VARCHAR");
        parts.add("(SELECT max(stamp) FROM meta.schema_stamp)");
        parts.add("(SELECT bit_xor(hash(s)) FROM score.snapshot s WHERE s.rubric_id = $1 AND s.period_year = $2 AND s.period_month = $3)::VARCHAR");
        parts.add("(SELECT count(*) FROM score.snapshot s WHERE s.rubric_id = $1 AND s.period_year = $2 AND s.period_month = $3)::VARCHAR");
        String sql = "SELECT concat_ws('|', " + String.join(", ", parts) + ")";
        String state = Sql.on(conn).first(sql, rs -> rs.getString(1), rubricId, period.getYear(), period.getMonthValue()).orElseThrow();
        MessageDigest md = sha256();
        for (String s : List.of(rubricId, period.toString(), String.join(",", new TreeSet<>(regions)),
                provisionalReason == null ? "-" : "+" + provisionalReason, state, codeFingerprint())) {
            md.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The fingerprint recorded when {@code rubricId} and {@code period} were last scored by the job. */
    public static Optional<String> recorded(Connection conn, String rubricId, YearMonth period) throws SQLException {
        return Sql.on(conn).first("SELECT fingerprint FROM meta.scoring_inputs WHERE rubric_id = ? AND period_year = ? AND period_month = ?",
                rs -> rs.getString(1), rubricId, period.getYear(), period.getMonthValue());
    }

    /** Records what {@code rubricId} and {@code period} were scored from. */
    public static void record(Connection conn, String rubricId, YearMonth period, String fingerprint) throws SQLException {
        Sql.on(conn).update("INSERT OR REPLACE INTO meta.scoring_inputs VALUES (?, ?, ?, ?, ?, current_timestamp)",
                rubricId, Period.scoredIn(period).kindCode(), period.getYear(), period.getMonthValue(), fingerprint);
    }

    private static List<String> tables(Connection conn, String schema) throws SQLException {
        return Sql.on(conn).list("SELECT table_name FROM duckdb_tables() WHERE schema_name = ? AND database_name = current_database() "
                + "ORDER BY table_name", rs -> rs.getString(1), schema);
    }

    /** This build's scoring code: a change to how snapshots are written is a change of input. */
    private static String codeFingerprint() {
        MessageDigest md = sha256();
        for (Class<?> c : List.of(SnapshotWriter.class, ScoringInputs.class)) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                if (in != null) {
                    md.update(in.readAllBytes());
                }
            } catch (IOException e) {
                md.update(c.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
