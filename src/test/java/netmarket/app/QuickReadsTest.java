package netmarket.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import netmarket.store.SchemaStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * history, status and diff answer from the store opened read-only when its schema is current, and
 * the long way (which migrates and records the stamp again) gives the same answer when it is not.
 */
class QuickReadsTest {

    @TempDir
    Path dir;

    private String[] with(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        all.addAll(java.util.List.of("--netmarket.store=" + dir.resolve("data/netmarket.duckdb"), "--netmarket.inputs=" + Path.of("inputs").toAbsolutePath(),
                "--netmarket.jobs=" + Path.of("jobs").toAbsolutePath(), "--netmarket.outputs=" + dir.resolve("outputs"),
                "--netmarket.pii-key-file=" + dir.resolve("pii.key")));
        return all.toArray(String[]::new);
    }

    @Test
    void theShortAndTheLongWayGiveTheSameAnswersAndTheLongWayStampsTheSchemaAgain() throws Exception {
        assertThat(Launcher.run(dir, with("load", "--period=2025-06")).exit()).isZero();
        assertThat(stamp()).isEqualTo(SchemaStamp.expected());

        Launcher.Result quickHistory = Launcher.run(dir, with("history"));
        Launcher.Result quickStatus = Launcher.run(dir, with("status", "--period=2025-06"));
        setStamp("from an older build");
        Launcher.Result longHistory = Launcher.run(dir, with("history"));
        Launcher.Result longStatus = Launcher.run(dir, with("status", "--period=2025-06"));

        assertThat(quickHistory.exit()).isZero();
        assertThat(quickHistory.out()).contains("==== 评分快照 ====", "东营区").isEqualTo(longHistory.out());
        assertThat(quickStatus.out()).contains("数据到位情况").isEqualTo(longStatus.out());
        assertThat(stamp()).as("the long way migrated and stamped the schema again").isEqualTo(SchemaStamp.expected());
    }

    private String stamp() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("data/netmarket.duckdb")); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT stamp FROM meta.schema_stamp")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void setStamp(String value) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("data/netmarket.duckdb")); Statement st = c.createStatement()) {
            st.execute("UPDATE meta.schema_stamp SET stamp = '" + value + "'");
        }
    }
}
