package netmarket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import netmarket.app.PipelineProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store as the application opens it: no extensions from the network, files only in outputs/. */
class StoreLockdownTest {

    @TempDir
    Path dir;

    HikariDataSource ds;

    @BeforeEach
    void open() {
        PipelineProperties props = new PipelineProperties(dir.resolve("store/s.duckdb"), dir.resolve("inputs"), Path.of("jobs"),
                dir.resolve("outputs"), dir.resolve("key"), List.of(), "world", null);
        ds = (HikariDataSource) new StoreDataSourceConfig().dataSource(props);
    }

    @AfterEach
    void close() {
        ds.close();
    }

    private void exec(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void filesOutsideTheOutputsFolderCannotBeReadOrWritten() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.csv"), "a\n1\n");

        assertThatThrownBy(() -> exec("SELECT * FROM read_csv('" + secret + "')")).hasMessageContaining("disabled by configuration");
        assertThatThrownBy(() -> exec("COPY (SELECT 1) TO '" + dir.resolve("elsewhere.csv") + "'")).hasMessageContaining("disabled by configuration");
        assertThat(dir.resolve("elsewhere.csv")).doesNotExist();
    }

    @Test
    void theOutputsFolderIsWritable() throws Exception {
        exec("COPY (SELECT 1 AS a) TO '" + dir.resolve("outputs/x.parquet") + "' (FORMAT PARQUET)");

        assertThat(dir.resolve("outputs/x.parquet")).isRegularFile();
    }

    @Test
    void noExtensionIsInstalledOrLoadedAutomaticallyAndAccessCannotBeReopened() throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT current_setting('autoinstall_known_extensions'), current_setting('autoload_known_extensions'), "
                        + "current_setting('enable_external_access')")) {
            rs.next();
            assertThat(List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).containsOnly(false);
        }
        assertThatThrownBy(() -> exec("SET enable_external_access = true")).hasMessageContaining("Cannot enable external access");
    }

    @Test
    void aSecondLockOnTheSameStoreIsRefusedWhileTheFirstIsHeld() {
        Path store = dir.resolve("store/s.duckdb");
        try (RunLock first = RunLock.tryAcquire(store).orElseThrow()) {
            assertThat(RunLock.tryAcquire(store)).isEmpty();
            assertThat(RunLock.holder(store)).isEqualTo(String.valueOf(ProcessHandle.current().pid()));
        }
        assertThat(RunLock.tryAcquire(store)).isPresent();
    }
}
