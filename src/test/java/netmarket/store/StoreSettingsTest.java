package netmarket.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import netmarket.app.PipelineProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's memory, temporary folder and threads come from the settings, so a load's memory is bounded. */
class StoreSettingsTest {

    @TempDir
    Path dir;

    private static final String SETTINGS = "SELECT current_setting('memory_limit'), current_setting('temp_directory'), current_setting('threads')";

    private List<String> settings(PipelineProperties.Duckdb duck) throws Exception {
        PipelineProperties props = new PipelineProperties(dir.resolve("store/s.duckdb"), dir.resolve("inputs"), Path.of("jobs"),
                dir.resolve("outputs"), dir.resolve("key"), List.of(), "world", duck);
        try (HikariDataSource ds = (HikariDataSource) new StoreDataSourceConfig().dataSource(props);
                Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(SETTINGS)) {
            rs.next();
            return List.of(rs.getString(1), rs.getString(2), rs.getString(3));
        }
    }

    @Test
    void theMemoryLimitTemporaryFolderAndThreadsAreTheSettings() throws Exception {
        Path temp = dir.resolve("spill");

        List<String> s = settings(new PipelineProperties.Duckdb("300MB", temp, 1));

        assertThat(s.get(0)).isIn("286.1 MiB", "300.0 MB", "286.1MiB"); // DuckDB reports the limit in its own units
        assertThat(s.get(1)).isEqualTo(temp.toAbsolutePath().toString());
        assertThat(s.get(2)).isEqualTo("1");
    }

    @Test
    void theTemporaryFolderIsNextToTheStoreByDefaultAndOwnerOnly() throws Exception {
        List<String> s = settings(null);

        Path temp = dir.resolve("store/s.duckdb.tmp");
        assertThat(s.get(1)).isEqualTo(temp.toAbsolutePath().toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)))
                .as("what DuckDB spills may hold personal data in clear").isEqualTo("rwx------");
    }
}
