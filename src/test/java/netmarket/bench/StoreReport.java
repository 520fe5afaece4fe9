package netmarket.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * What a country run left in the store, read with DuckDB's JDBC driver on the file opened
 * read-only (no run may be going on): per definition the files and rows of meta.load (read,
 * loaded, rejected, skipped, values) and the seconds their loads took (finished_at - started_at),
 * every file's counts (to check against the {@link Manifest}), the main fact tables' row counts,
 * and the snapshots by rubric, region and period.
 */
final class StoreReport {

    /** One definition's loads: files by status, rows, values, and the load seconds summed over its files. */
    record Feed(String source, long files, long loaded, long failed, long rowsRead, long rowsLoaded, long rowsRejected,
            long rowsSkipped, long values, double seconds) {}

    /** One file's load as meta.load records it. */
    record FileLoad(String file, String source, String status, long read, long loaded, long rejected, long skipped, String message) {}

    /** One snapshot's key and flags. */
    record Snapshot(String region, String rubric, int year, int month, boolean provisional) {}

    final List<Feed> feeds = new ArrayList<>();
    final Map<String, FileLoad> files = new HashMap<>();
    final Map<String, Long> tables = new LinkedHashMap<>();
    final List<Snapshot> snapshots = new ArrayList<>();
    private final List<String> spread = new ArrayList<>();

    private static final String[] TABLES = {"fact.metric_value", "fact.operator", "fact.operator_sales", "fact.staff_training",
        "fact.institutional_document", "fact.expert_score", "meta.reject", "score.snapshot", "score.snapshot_item"};

    static StoreReport read(Path store) throws SQLException {
        StoreReport r = new StoreReport();
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), p); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT source_id, count(*), count(*) FILTER (WHERE status = 'loaded'), count(*) FILTER (WHERE status = 'failed'),
                           sum(rows_read), sum(rows_loaded), sum(rows_rejected), sum(rows_skipped), sum(values_loaded),
                           sum(epoch(finished_at - started_at))
                    FROM meta.load WHERE status <> 'superseded' GROUP BY source_id ORDER BY min(load_id)
                    """)) {
                while (rs.next()) {
                    r.feeds.add(new Feed(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                            rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getDouble(10)));
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT file_name, source_id, status, rows_read, rows_loaded, rows_rejected, rows_skipped, message
                    FROM meta.load WHERE status <> 'superseded'
                    """)) {
                while (rs.next()) {
                    r.files.put(rs.getString(1), new FileLoad(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getString(8)));
                }
            }
            for (String t : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    r.tables.put(t, rs.getLong(1));
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT region_code, rubric_id, period_year, period_month, provisional FROM score.snapshot
                    WHERE withdrawn_at IS NULL
                    QUALIFY version = max(version) OVER (PARTITION BY region_code, rubric_id, period_kind, period_year, period_month)
                    """)) {
                while (rs.next()) {
                    r.snapshots.add(new Snapshot(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getBoolean(5)));
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT rubric_id, count(*), min(total_points), median(total_points), max(total_points), count(DISTINCT total_points),
                           count(*) FILTER (WHERE verdict = '合格'), count(*) FILTER (WHERE verdict IS NOT NULL AND verdict <> '合格')
                    FROM score.snapshot GROUP BY rubric_id ORDER BY rubric_id
                    """)) {
                while (rs.next()) {
                    r.spread.add(String.format("totals on %s (%,d snapshots) | min %s, median %s, max %s; %d distinct totals%s", rs.getString(1),
                            rs.getLong(2), rs.getBigDecimal(3).stripTrailingZeros().toPlainString(), rs.getBigDecimal(4).stripTrailingZeros().toPlainString(),
                            rs.getBigDecimal(5).stripTrailingZeros().toPlainString(), rs.getLong(6),
                            rs.getLong(7) + rs.getLong(8) > 0 ? "; 合格 " + rs.getLong(7) + ", 不合格 " + rs.getLong(8) : ""));
                }
            }
        }
        return r;
    }

    /** Per rubric: the spread of the snapshots' totals (and verdicts where the rubric has a pass rule). */
    List<String> scoreSpread() {
        return spread;
    }

    /**
     * Every way the store differs from what was generated: a file not loaded (or not found), its
     * counts other than the manifest's (read = rows of the file; loaded, rejected as written;
     * skipped the rest), a county, period and rubric without its snapshot, a provisional snapshot.
     */
    List<String> problems(Manifest manifest, List<RegionPlan.County> counties, int periods) {
        List<String> out = new ArrayList<>();
        for (Manifest.Entry e : manifest.entries()) {
            FileLoad l = files.get(e.file());
            if (l == null) {
                out.add(e.file() + ": not in meta.load");
            } else if (!l.status().equals("loaded")) {
                out.add(e.file() + ": " + l.status() + " " + l.message());
            } else if (e.rows() >= 0 && (l.read() != e.rows() || l.loaded() != e.stored() || l.rejected() != e.rejected()
                    || l.skipped() != e.skipped())) {
                out.add(String.format("%s: read/loaded/rejected/skipped %d/%d/%d/%d, generated %d/%d/%d/%d", e.file(), l.read(), l.loaded(),
                        l.rejected(), l.skipped(), e.rows(), e.stored(), e.rejected(), e.skipped()));
            }
        }
        Set<String> have = new HashSet<>();
        for (Snapshot s : snapshots) {
            have.add(s.region() + "/" + s.rubric() + "/" + s.year() + "-" + s.month());
            if (s.provisional()) {
                out.add("provisional snapshot " + s);
            }
        }
        int missing = 0;
        for (RegionPlan.County c : counties) {
            for (int m = 1; m <= periods; m++) {
                if (!have.contains(c.code() + "/" + c.rubric() + "/2025-" + m) && missing++ < 20) {
                    out.add("no snapshot for " + c.code() + " " + c.name() + " " + c.rubric() + " 2025-" + m);
                }
            }
        }
        if (missing > 20) {
            out.add("... " + (missing - 20) + " more county periods without a snapshot");
        }
        return out;
    }

    long snapshotsOf(List<RegionPlan.County> counties) {
        Set<String> codes = new HashSet<>();
        counties.forEach(c -> codes.add(c.code()));
        return snapshots.stream().filter(s -> codes.contains(s.region())).count();
    }
}
