package netmarket.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import netmarket.app.PipelineCommand;
import netmarket.load.LoadProgress;
import netmarket.load.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run that fails in the middle of a file is continued by the next run from where it stopped:
 * files committed before the failure are not loaded again, the failed file leaves no rows, and
 * the store ends with exactly the rows of one complete load.
 */
@SpringBootTest
class MonthlyLoadRestartTest {

    static final Path ROOT = JobTestSupport.newRoot("restart");
    static final String CRASHING_FILE = "网络交易经营者名录_三明市";
    static volatile boolean armed;

    @DynamicPropertySource
    static void paths(DynamicPropertyRegistry registry) {
        JobTestSupport.register(registry, ROOT);
    }

    @TestConfiguration
    static class CrashOnOneFile {
        @Bean
        LoadProgress crashWhileArmed() {
            return (file, rows, fraction) -> {
                if (armed && file.contains(CRASHING_FILE)) {
                    throw new IllegalStateException("模拟故障: " + file + " 读到第 " + rows + " 行时中断");
                }
            };
        }
    }

    @Autowired
    PipelineCommand command;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path reference;

    @Test
    void aFailedRunRestartsWhereItStoppedAndEndsWithNoDuplicateRows() throws Exception {
        // given a run that fails while loading the register of 三明市
        armed = true;
        int first = command.load(YearMonth.of(2025, 6));
        long filesBefore = jdbc.queryForObject("SELECT count(*) FROM meta.load", Long.class);
        long factsBefore = jdbc.queryForObject("SELECT count(*) FROM fact.metric_value", Long.class);

        assertThat(first).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM meta.load WHERE file_name LIKE '%" + CRASHING_FILE + "%'", Long.class))
                .as("the failed file left nothing").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM fact.operator", Long.class)).isZero();
        assertThat(filesBefore).as("files before the failure were committed").isPositive();
        assertThat(factsBefore).isPositive();

        // when the cause is fixed and the same command runs again
        armed = false;
        int second = command.load(YearMonth.of(2025, 6));

        // then the same job instance is continued, not started over
        assertThat(second).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM batch.BATCH_JOB_INSTANCE", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT STATUS FROM batch.BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class))
                .containsExactly("FAILED", "COMPLETED");
        // and every file is loaded exactly once
        assertThat(jdbc.queryForObject("SELECT count(*) - count(DISTINCT content_sha256) FROM meta.load", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM meta.load WHERE status = 'loaded'", Long.class))
                .isEqualTo(inputFileCount());
        // and the store holds exactly what one uninterrupted load of the same files holds
        Map<String, Long> oracle = oneCompleteLoad();
        oracle.put("meta.pii_key", 1L); // the run records the key's fingerprint; loading files one by one does not
        oracle.put("meta.schema_stamp", 1L); // and the application stamps the schema it migrated; Flyway alone does not
        oracle.put("meta.scoring_inputs", 2L); // and records what each rubric was scored from (the job does, SnapshotWriter alone does not)
        assertThat(factAndRejectCounts()).isEqualTo(oracle);
    }

    private Map<String, Long> factAndRejectCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : jdbc.queryForList("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                + "WHERE table_schema IN ('meta', 'fact') AND table_type = 'BASE TABLE' ORDER BY 1", String.class)) {
            counts.put(t, jdbc.queryForObject("SELECT count(*) FROM " + t, Long.class));
        }
        return counts;
    }

    /** The oracle: the same inputs loaded file by file into a fresh store, without Spring Batch. */
    private Map<String, Long> oneCompleteLoad() throws Exception {
        try (StoreFixture fresh = new StoreFixture(reference); Stream<Path> files = Files.walk(ROOT.resolve("inputs"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = ROOT.resolve("inputs").relativize(f).toString();
                fresh.load(f, name, fresh.definitions.match(Path.of(name)).orElseThrow());
            }
            return fresh.tableCounts();
        }
    }

    private long inputFileCount() throws Exception {
        try (Stream<Path> files = Files.walk(ROOT.resolve("inputs"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
