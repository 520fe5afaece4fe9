package netmarket.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The one error path: whatever wraps the cause (Spring, Batch, Flyway), the message is chosen by
 * what went wrong, with its exit code, and printed without a trace. (Permission failures cannot be
 * reproduced for real when the tests run as root, so the classification is pinned here.)
 */
class FailuresTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("Failed to execute ApplicationRunner", new RuntimeException("Error creating bean 'jobRepository'", cause));
    }

    @Test
    void aLockHeldByAnotherProgramIsStoreBusyNamingIt() {
        UserError e = Failures.explain(wrapped(new SQLException("IO Error: Could not set lock on file \"/d/netmarket.duckdb\": "
                + "Conflicting lock is held in /usr/bin/duckdb (PID 4242). However, you would be able to open this database in read-only mode")));
        assertThat(e.exitCode()).isEqualTo(4);
        assertThat(e.text()).contains("/d/netmarket.duckdb", "/usr/bin/duckdb", "进程 4242", "PID 4242");
    }

    @Test
    void aFileThatIsNoDatabaseIsTheStoreUnreadable() {
        UserError e = Failures.explain(wrapped(new SQLException("IO Error: The file \"/d/netmarket.duckdb\" exists, but it is not a valid DuckDB database file!")));
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(e.text()).contains("/d/netmarket.duckdb", "无法读取", "/d/netmarket.duckdb.prev");
    }

    @Test
    void noSpaceLeftIsADiskFullWithWhatToDo() {
        UserError e = Failures.explain(wrapped(new java.io.IOException("No space left on device")));
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(e.text()).contains("磁盘空间不足", "再次运行同一命令", "disk is full");
    }

    @Test
    void duckDbOutOfMemoryNamesTheSettingsToChange() throws SQLException {
        SQLException real;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                java.sql.Statement st = c.createStatement()) {
            st.execute("SET memory_limit = '20MB'");
            st.execute("SET temp_directory = ''"); // nowhere to spill: the limit is a hard one
            real = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> st.execute(
                    "CREATE TABLE t AS SELECT i, repeat('x', 100) || i AS s FROM range(2000000) r(i) ORDER BY s DESC"));
        }

        UserError e = Failures.explain(wrapped(real));

        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(e.text()).contains("内存", "--netmarket.duckdb.memory-limit", "--netmarket.duckdb.temp-directory", "ran out of memory");
    }

    @Test
    void aPermissionDeniedNamesThePath() {
        UserError e = Failures.explain(wrapped(new AccessDeniedException("/srv/outputs/350400-三明市")));
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(e.text()).contains("没有权限", "/srv/outputs/350400-三明市", "permission denied");
    }

    @Test
    void anythingElseGivesItsInnermostMessageOnOneLine() {
        UserError e = Failures.explain(wrapped(new IllegalArgumentException("unexpected thing\nsecond line")));
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(e.text()).contains("unexpected thing").doesNotContain("second line");
    }

    @Test
    void theReportPrintsTheMessageAndTheLogFileButNoTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Failures.report(wrapped(new java.io.IOException("No space left on device")), Path.of("/d/netmarket.duckdb.log"),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(shown).contains("错误：", "Error: ", "/d/netmarket.duckdb.log").doesNotContain("\tat ", "Exception");
        assertThat(shown.lines().count()).isLessThanOrEqualTo(3);
    }
}
