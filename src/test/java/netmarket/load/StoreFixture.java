package netmarket.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netmarket.normalize.MetricCatalog;
import netmarket.normalize.PiiProtector;
import netmarket.normalize.RegionDirectory;
import netmarket.normalize.UnitTable;
import netmarket.source.SourceDefinition;
import netmarket.source.SourceDefinitions;
import org.flywaydb.core.Flyway;

/**
 * A real DuckDB store in a temporary folder, migrated by the project's Flyway scripts, with the
 * repo's reference data and source definitions: what a test needs to load files for real.
 */
public final class StoreFixture implements AutoCloseable {

    public static final byte[] TEST_KEY = "test-key-for-hashing-personal-ids".getBytes();

    public final Path store;
    public final Connection conn;
    public final LoadContext ctx;
    public final SourceDefinitions definitions;

    public StoreFixture(Path dir) {
        this(dir, Path.of("jobs/reference/regions.csv"));
    }

    /** A store whose region directory is read from {@code regions} (a benchmark's 3,000 counties). */
    public StoreFixture(Path dir, Path regions) {
        this.store = dir.resolve("store.duckdb");
        Flyway.configure().dataSource("jdbc:duckdb:" + store, null, null).locations("filesystem:sql/migration").load().migrate();
        try {
            this.conn = DriverManager.getConnection("jdbc:duckdb:" + store);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Path ref = Path.of("jobs/reference");
        this.ctx = new LoadContext(RegionDirectory.load(regions), UnitTable.load(ref.resolve("units.csv")),
                MetricCatalog.load(ref.resolve("metrics.yml")), new PiiProtector(TEST_KEY));
        this.definitions = SourceDefinitions.load(Path.of("jobs"));
    }

    public SourceDefinition definition(String id) {
        return definitions.byId(id).orElseThrow();
    }

    /** Loads one file in its own transaction, committed, as the job's load step does. */
    public LoadOutcome load(Path file, String name, SourceDefinition def) throws SQLException {
        return load(file, name, def, LoadProgress.NONE);
    }

    public LoadOutcome load(Path file, String name, SourceDefinition def, LoadProgress progress) throws SQLException {
        return load(new FileLoader(ctx, progress), file, name, def);
    }

    /**
     * Loads one file in its own transaction with the one of {@code candidates} (the definitions whose
     * file patterns match it) whose header it has, as the job does when agencies share a name pattern.
     */
    public LoadOutcome load(Path file, String name, List<SourceDefinition> candidates) throws SQLException {
        conn.setAutoCommit(false);
        try {
            LoadOutcome outcome = new FileLoader(ctx, LoadProgress.NONE).load(conn, file, name, candidates, null);
            conn.commit();
            return outcome;
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(true);
        }
    }

    /** Loads one file reading every row one by one (never the bulk route). */
    public LoadOutcome loadRowByRow(Path file, String name, SourceDefinition def) throws SQLException {
        return load(new FileLoader(ctx, LoadProgress.NONE, false), file, name, def);
    }

    private LoadOutcome load(FileLoader loader, Path file, String name, SourceDefinition def) throws SQLException {
        conn.setAutoCommit(false);
        try {
            LoadOutcome outcome = loader.load(conn, file, name, def, null);
            conn.commit();
            return outcome;
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(true);
        }
    }

    /** Loads a sample input shipped in inputs/, matched to its definition as the job does. */
    public LoadOutcome loadSample(String relative) throws SQLException {
        Path file = Path.of("inputs").resolve(relative);
        SourceDefinition def = definitions.match(Path.of(relative)).orElseThrow();
        return load(file, relative, def);
    }

    public long count(String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    /** Row counts of every table in the load and fact layers: a fingerprint of the store's content. */
    public Map<String, Long> tableCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables "
                        + "WHERE table_schema IN ('meta', 'fact') AND table_type = 'BASE TABLE' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String t : tables) {
            counts.put(t, count("SELECT count(*) FROM " + t));
        }
        return counts;
    }

    public static Path copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            return Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }
}
