package netmarket.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A store made by the pipeline opens read-only in DuckDB 1.4 and 1.5 clients (duckdb_jdbc 1.4.4.0 and
 * 1.5.6.0, copied to target/older-duckdb by the build), and every example query of the README's
 * analysts' section runs there as written.
 */
class OlderClientsTest {

    @TempDir
    static Path dir;

    private static Path store;
    private static Path queries;

    @BeforeAll
    static void aStoreMadeByThePipeline() throws Exception {
        store = dir.resolve("data/netmarket.duckdb");
        Process load = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), "netmarket.Application", "load", "--period=2025-06",
                "--netmarket.store=" + store, "--netmarket.inputs=" + Path.of("inputs").toAbsolutePath(),
                "--netmarket.outputs=" + dir.resolve("outputs"), "--netmarket.pii-key-file=" + dir.resolve("pii.key"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("load.log").toFile()).start();
        assertThat(load.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(load.exitValue()).as(Files.readString(dir.resolve("load.log"))).isZero();
        queries = dir.resolve("readme-queries.sql");
        Files.writeString(queries, readmeQueries(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "duckdb_jdbc {0}")
    @ValueSource(strings = {"1.4.4.0", "1.5.6.0"})
    void theReadmesQueriesRunInAnOlderClient(String version) throws Exception {
        Path jar = Path.of("target/older-duckdb/duckdb_jdbc-" + version + ".jar");
        assertThat(jar).as("copied by the build (maven-dependency-plugin, execution older-duckdb-clients)").exists();
        String classes = Path.of(OlderClientQueries.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Process p = new ProcessBuilder(java(), "-cp", classes + java.io.File.pathSeparator + jar.toAbsolutePath(), OlderClientQueries.class.getName(),
                store.toString(), queries.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).startsWith("engine v" + version.substring(0, 5));
        List<String> results = out.lines().filter(l -> l.startsWith("rows ")).toList();
        assertThat(results).hasSize(11).allSatisfy(l -> assertThat(l).doesNotStartWith("rows 0:"));
    }

    @Test
    void theStoreIsWrittenInTheOlderFormat() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + store, readOnly()); var st = c.createStatement();
                var rs = st.executeQuery("SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(StoreFormat.TAG);
        }
    }

    /** The example queries of the README's section for analysts, as written there. */
    static String readmeQueries() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## The store, for analysts"));
        int start = section.indexOf("```sql\n") + "```sql\n".length();
        return section.substring(start, section.indexOf("```", start));
    }

    private static java.util.Properties readOnly() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
