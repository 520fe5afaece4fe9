package netmarket.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import netmarket.app.PipelineProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the store migrates it, once: a store stamped with this build's scripts is left alone. */
class StoreMigrationTest {

    @TempDir
    Path dir;

    private HikariDataSource open() {
        return (HikariDataSource) new StoreDataSourceConfig().dataSource(new PipelineProperties(dir.resolve("s.duckdb"), dir.resolve("inputs"),
                Path.of("jobs"), dir.resolve("outputs"), dir.resolve("key"), List.of(), "world", null));
    }

    private static String one(HikariDataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void exec(HikariDataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static final String VIEW = "SELECT count(*) FROM duckdb_views() WHERE schema_name = 'mart' AND view_name = 'league'";

    @Test
    void aNewStoreIsMigratedAndStamped() throws Exception {
        try (HikariDataSource ds = open()) {
            assertThat(one(ds, "SELECT stamp FROM meta.schema_stamp")).isEqualTo(SchemaStamp.expected());
            assertThat(one(ds, VIEW)).isEqualTo("1");
        }
    }

    @Test
    void aStoreStampedWithThisBuildIsNotMigratedAgain() throws Exception {
        try (HikariDataSource ds = open()) {
            exec(ds, "DROP VIEW mart.league"); // a change Flyway would undo (its repeatable script would run again)
        }
        try (HikariDataSource ds = open()) {
            assertThat(one(ds, VIEW)).as("no migration work on a current store").isEqualTo("0");
        }
    }

    @Test
    void aStoreStampedByAnotherBuildIsMigratedAndStampedAgain() throws Exception {
        try (HikariDataSource ds = open()) {
            exec(ds, "DROP VIEW mart.league");
            exec(ds, "UPDATE meta.schema_stamp SET stamp = 'an older build'");
            exec(ds, "DELETE FROM flyway_schema_history WHERE script LIKE 'R__views_for_analysts%'");
        }
        try (HikariDataSource ds = open()) {
            assertThat(one(ds, VIEW)).isEqualTo("1");
            assertThat(one(ds, "SELECT stamp FROM meta.schema_stamp")).isEqualTo(SchemaStamp.expected());
        }
    }
}
