package netmarket.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import netmarket.app.PipelineProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the one DuckDB file that is the store, creating its folder on first use and migrating it
 * (StoreMigration), with the memory limit, temporary folder and threads of the settings, locked down: no
 * extension is installed or loaded automatically (nothing from the network), and the SQL engine
 * may touch files only in the outputs folder, the loader's staging folder next to the store (and
 * its own temporary folder), so no statement can
 * read or write anywhere else, whatever it contains.
 */
@Configuration(proxyBeanMethods = false)
public class StoreDataSourceConfig {

    @Bean
    public DataSource dataSource(PipelineProperties properties) {
        Path store = properties.store().toAbsolutePath();
        try {
            Files.createDirectories(store.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建数据库目录 " + store.getParent(), e);
        }
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("store");
        ds.setDriverClassName("org.duckdb.DuckDBDriver");
        ds.setJdbcUrl("jdbc:duckdb:" + store);
        ds.setMaximumPoolSize(4);
        ds.setMinimumIdle(0);
        Path outputs = properties.outputs().toAbsolutePath();
        try {
            Files.createDirectories(outputs);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建输出目录 " + outputs, e);
        }
        // a store created here is written in the format older DuckDB clients read (StoreFormat)
        ds.addDataSourceProperty("storage_compatibility_version", StoreFormat.STORAGE_VERSION);
        ds.addDataSourceProperty("autoinstall_known_extensions", "false");
        ds.addDataSourceProperty("autoload_known_extensions", "false");
        // the loader's staging folder: where it hands a CSV's data rows to DuckDB's read_csv (BulkRecordLoad)
        Path staging = Path.of(store + ".staging");
        ds.addDataSourceProperty("allowed_directories", "['" + quoted(outputs) + "/', '" + quoted(staging) + "/']");
        ds.addDataSourceProperty("enable_external_access", "false");
        // bounded memory: beyond the limit DuckDB spills to its temporary folder (settings netmarket.duckdb.*)
        PipelineProperties.Duckdb duck = properties.duckdb();
        if (duck.memoryLimit() != null && !duck.memoryLimit().isBlank()) {
            ds.addDataSourceProperty("memory_limit", duck.memoryLimit().strip());
        }
        Path temp = duck.tempDirectoryFor(store);
        ownerOnlyFolder(temp); // what DuckDB spills there may hold a file's personal data in clear, for the load's duration
        ds.addDataSourceProperty("temp_directory", temp.toString());
        if (duck.threads() != null) {
            ds.addDataSourceProperty("threads", duck.threads().toString());
        }
        try {
            StoreMigration.migrate(ds); // whoever is given the store gets it with this build's schema
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return ds;
    }

    private static void ownerOnlyFolder(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions apply
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建 DuckDB 临时目录 " + dir + "（--netmarket.duckdb.temp-directory）", e);
        }
    }

    private static String quoted(Path p) {
        return p.toString().replace("'", "''");
    }
}
