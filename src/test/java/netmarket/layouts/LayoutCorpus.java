package netmarket.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import netmarket.load.LoadOutcome;
import netmarket.load.StoreFixture;
import netmarket.source.SourceDefinition;
import netmarket.source.SourceDefinitions;

/**
 * A fresh store with the corpus definitions (read from the test resources, never copied into the
 * checkout): writes a fixture, loads it as the job would (definitions matched by file name, routed
 * by header) and reads back what was stored, rejected and skipped, one line per cell.
 */
final class LayoutCorpus implements AutoCloseable {

    static final Path JOBS = Path.of("src/test/resources/netmarket/layouts/jobs");
    static final Path REFERENCE = Path.of("jobs/reference");

    final StoreFixture store;
    final SourceDefinitions definitions;
    private final LayoutFixtures fixtures;

    LayoutCorpus(Path dir) {
        this.store = new StoreFixture(dir);
        this.definitions = SourceDefinitions.load(JOBS, REFERENCE);
        this.fixtures = new LayoutFixtures(dir.resolve("inputs"));
    }

    /** Writes the fixture and loads it with the definitions its name matches. */
    LoadOutcome load(String file) throws SQLException {
        Path path = fixtures.write(file);
        List<SourceDefinition> candidates = definitions.candidates(Path.of(file));
        assertThat(candidates).as("definitions matching " + file).isNotEmpty();
        return store.load(path, file, candidates);
    }

    /**
     * The figures a load stored, one line per cell:
     * {@code r<row> metric kind region period_kind year-month value source_unit}, value in base units.
     */
    List<String> facts(LoadOutcome load) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> r : query("SELECT row_number, metric_id, value_kind, region_code, period_kind, period_year, "
                + "period_month, value, source_unit FROM fact.metric_value WHERE load_id = ? ORDER BY ALL", load.loadId())) {
            out.add("r" + r.get("row_number") + " " + r.get("metric_id") + " " + r.get("value_kind") + " " + r.get("region_code") + " "
                    + r.get("period_kind") + " " + r.get("period_year") + "-" + r.get("period_month") + " "
                    + plain(r.get("value")) + " " + r.get("source_unit"));
        }
        return out;
    }

    /** The records of a load in {@code table}, one line per record: {@code r<row>} and the columns asked for. */
    List<String> records(LoadOutcome load, String table, String columns) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> r : query("SELECT row_number, " + columns + " FROM fact." + table
                + " WHERE load_id = ? ORDER BY ALL", load.loadId())) {
            StringBuilder line = new StringBuilder();
            r.forEach((k, v) -> line.append(line.length() == 0 ? "r" : " ").append(plain(v)));
            out.add(line.toString());
        }
        return out;
    }

    /** One expected reject: the row, the column, the raw value and a fragment of the reason. */
    record Reject(Integer row, String column, String raw, String reason) {}

    static Reject reject(Integer row, String column, String raw, String reasonFragment) {
        return new Reject(row, column, raw, reasonFragment);
    }

    /** Asserts the load's rejects are exactly these (in row and column order). */
    void assertRejects(LoadOutcome load, Reject... expected) throws SQLException {
        List<Map<String, Object>> actual = query("SELECT row_number, column_name, raw_value, reason FROM meta.reject "
                + "WHERE load_id = ? ORDER BY sheet_name NULLS FIRST, row_number NULLS FIRST, column_name NULLS FIRST", load.loadId());
        assertThat(actual).as("rejects of " + load.fileName()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            Map<String, Object> a = actual.get(i);
            Reject e = expected[i];
            assertThat(a.get("row_number")).as("reject %d row", i).isEqualTo(e.row());
            assertThat(a.get("column_name")).as("reject %d column", i).isEqualTo(e.column());
            assertThat(a.get("raw_value")).as("reject %d raw value", i).isEqualTo(e.raw());
            assertThat((String) a.get("reason")).as("reject %d reason", i).contains(e.reason());
        }
    }

    /** Skipped rows by kind as recorded in meta.load_skip (the same as the outcome's). */
    Map<String, Long> skips(LoadOutcome load) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        for (Map<String, Object> r : query("SELECT kind, rows FROM meta.load_skip WHERE load_id = ?", load.loadId())) {
            out.put((String) r.get("kind"), ((Number) r.get("rows")).longValue());
        }
        assertThat(out).as("meta.load_skip against the outcome").isEqualTo(new TreeMap<>(load.skippedByKind()));
        return out;
    }

    /** Whether meta.load_reconciliation finds the load's counts and the stored rows in agreement. */
    boolean reconciles(LoadOutcome load) throws SQLException {
        List<Map<String, Object>> r = query("SELECT reconciles FROM meta.load_reconciliation WHERE load_id = ?", load.loadId());
        assertThat(r).hasSize(1);
        return Boolean.TRUE.equals(r.get(0).get("reconciles")) && load.reconciles();
    }

    /** Asserts the load's status and row counts: read, loaded, rejected (skipped are read minus the two). */
    static void assertCounts(LoadOutcome load, String status, long read, long loaded, long rejected) {
        assertThat(load.status()).as("status of " + load.fileName() + ": " + load.message()).isEqualTo(status);
        assertThat(new long[] {load.rowsRead(), load.rowsLoaded(), load.rowsRejected()})
                .as("rows read, loaded, rejected").containsExactly(read, loaded, rejected);
    }

    List<Map<String, Object>> query(String sql, Object... params) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = store.conn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    private static String plain(Object v) {
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }

    @Override
    public void close() throws SQLException {
        store.close();
    }
}
