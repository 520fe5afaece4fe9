package netmarket.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import netmarket.app.PipelineCommand;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monthly job on the shipped sample inputs, as the data office runs it: every feed arrives,
 * every file reconciles, the deliberately bad rows are rejected with reasons, nothing personal
 * is stored in clear, and a second run changes nothing. The steps build on each other in order.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyLoadJobTest {

    static final Path ROOT = JobTestSupport.newRoot("sample-run");

    @DynamicPropertySource
    static void paths(DynamicPropertyRegistry registry) {
        JobTestSupport.register(registry, ROOT);
    }

    @Autowired
    PipelineCommand command;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void theSampleRunLoadsEveryFileAndEveryFeed() throws Exception {
        Map<Path, String> inputHashes = hashes(ROOT.resolve("inputs"));

        int exit = command.load(YearMonth.of(2025, 6));

        assertThat(exit).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM meta.load WHERE status = 'loaded'", Long.class))
                .isEqualTo(inputHashes.size());
        List<String> feedsWithData = jdbc.queryForList("SELECT DISTINCT source_id FROM meta.load WHERE rows_loaded > 0 ORDER BY 1", String.class);
        try (Stream<Path> defs = Files.list(Path.of("jobs"))) {
            assertThat(feedsWithData).hasSize((int) defs.filter(p -> p.toString().endsWith(".yml")).count());
        }
        assertThat(hashes(ROOT.resolve("inputs"))).as("input files are never modified").isEqualTo(inputHashes);
    }

    @Test
    @Order(2)
    void everyFileReconciles() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM meta.load_reconciliation WHERE NOT reconciles", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT sum(rows_read) - sum(rows_loaded + rows_rejected + rows_skipped) FROM meta.load", Long.class))
                .isZero();
    }

    @Test
    @Order(3)
    void theDeliberatelyBadSampleRowsAreRejectedWithReadableReasons() {
        List<String> reasons = jdbc.queryForList("SELECT reason FROM meta.reject", String.class);

        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("未知地区「三明新区」"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("不是数字: 12,3a4"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("不能为负数"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("#DIV/0!"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("统一社会信用代码校验位错误"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("日期不存在"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("不是数字: 三分"));
    }

    @Test
    @Order(4)
    void noPersonalIdOrPhoneNumberFromTheInputsIsStoredInClear() throws Exception {
        List<String> secrets = netmarket.samples.PersonalData.inFiles(ROOT.resolve("inputs"));
        assertThat(secrets).as("the samples do contain personal data").hasSizeGreaterThan(100);

        List<String> leaks = new ArrayList<>();
        for (Map<String, Object> col : jdbc.queryForList("SELECT table_schema, table_name, column_name FROM information_schema.columns "
                + "WHERE data_type = 'VARCHAR' AND table_schema IN ('meta', 'fact', 'ref', 'batch')")) {
            String sql = "SELECT DISTINCT \"" + col.get("column_name") + "\" FROM \"" + col.get("table_schema") + "\".\"" + col.get("table_name")
                    + "\" WHERE \"" + col.get("column_name") + "\" IS NOT NULL";
            for (String value : jdbc.queryForList(sql, String.class)) {
                for (String secret : secrets) {
                    if (value.contains(secret)) {
                        leaks.add(col + ": " + secret);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    @Order(5)
    void runningTheJobAgainChangesNoRow() throws Exception {
        Map<String, Long> before = counts();

        int exit = command.load(YearMonth.of(2025, 6));

        assertThat(exit).isZero();
        assertThat(counts()).isEqualTo(before);
        // the unchanged files are passed over by the reader: no chunk transaction at all (one per file before)
        assertThat(jdbc.queryForObject("""
                SELECT commit_count FROM batch.batch_step_execution
                WHERE step_name = 'loadFiles' ORDER BY step_execution_id DESC LIMIT 1""", Long.class)).isZero();
    }

    @Test
    @Order(6)
    void theReadmeExampleQueriesRunAsWritten() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String block = readme.substring(readme.indexOf("Example queries"));
        block = block.substring(block.indexOf("```sql") + 6, block.indexOf("```", block.indexOf("```sql") + 6));
        List<String> queries = java.util.Arrays.stream(block.split(";")).map(String::strip).filter(q -> !q.isEmpty()).toList();

        assertThat(queries).hasSizeGreaterThanOrEqualTo(5);
        for (String q : queries) {
            assertThat(jdbc.queryForList(q)).as(q).isNotEmpty();
        }
    }

    @Test
    @Order(7)
    void theRunEndsWithASnapshotForEachSampleRegionAgainstItsProvincesRubric() {
        List<Map<String, Object>> snapshots = jdbc.queryForList(
                "SELECT s.rubric_id, s.region_code, s.version, s.total_points, s.verdict, count(DISTINCT i.indicator_no) AS indicators "
                        + "FROM score.snapshot s JOIN score.snapshot_item i USING (snapshot_id) GROUP BY ALL ORDER BY s.region_code");

        assertThat(snapshots).extracting(s -> s.get("rubric_id") + " " + s.get("region_code") + " v" + s.get("version") + " "
                        + s.get("total_points") + " " + s.get("verdict") + " " + s.get("indicators"))
                .containsExactly("national 350400 v1 76.50 null 41", "shandong 370502 v1 93.50 合格 42");
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : jdbc.queryForList("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                + "WHERE table_schema IN ('meta', 'fact') AND table_type = 'BASE TABLE' ORDER BY 1", String.class)) {
            counts.put(t, jdbc.queryForObject("SELECT count(*) FROM " + t, Long.class));
        }
        return counts;
    }

    static Map<Path, String> hashes(Path dir) throws Exception {
        Map<Path, String> hashes = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                hashes.put(f, HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return hashes;
    }
}
