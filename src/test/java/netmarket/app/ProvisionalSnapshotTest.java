package netmarket.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No wrong scorecard becomes final: a run in which a needed file failed scores provisionally (marked
 * in the store, the summary, every export and the Parquet rows) and the next complete run replaces it
 * under the same version; a final snapshot can be withdrawn, kept and flagged, its exports moved aside.
 */
class ProvisionalSnapshotTest {

    private static final String RETAIL = "统计局/三明市社会消费品零售总额和网上零售额_2024年1-12月.xlsx";

    @TempDir
    Path dir;

    private String[] with(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (args[0].equals("load")) {
            all.add("--period=2025-06");
        }
        all.addAll(List.of("--netmarket.store=" + dir.resolve("data/netmarket.duckdb"),
                "--netmarket.jobs=" + Path.of("jobs").toAbsolutePath(), "--netmarket.inputs=" + dir.resolve("inputs"),
                "--netmarket.outputs=" + dir.resolve("outputs"), "--netmarket.pii-key-file=" + dir.resolve("pii.key")));
        return all.toArray(String[]::new);
    }

    private void copyInputs() throws Exception {
        Path from = Path.of("inputs").toAbsolutePath();
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path to = dir.resolve("inputs").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    @Test
    void aRunWithAFailedFileScoresProvisionallyAndTheNextCompleteRunReplacesItUnderTheSameVersion() throws Exception {
        copyInputs();
        Path retail = dir.resolve("inputs").resolve(RETAIL);
        byte[] good = Files.readAllBytes(retail);
        Files.write(retail, "not a workbook".getBytes(StandardCharsets.UTF_8));

        Launcher.Result first = Launcher.run(dir, with("load"));

        assertThat(first.exit()).isEqualTo(3);
        assertThat(first.out()).contains("暂定评分，数据未到齐：未能加载 " + RETAIL, "以同一版本号替换");
        Path provisional = dir.resolve("outputs/350400-三明市/national/2025-06/v1-provisional");
        assertThat(Files.readString(provisional.resolve("report.html"), StandardCharsets.UTF_8)).contains("class=\"banner\"", "暂定评分", RETAIL);
        assertThat(Files.readString(provisional.resolve("scorecard.csv"), StandardCharsets.UTF_8)).contains("暂定", "请勿作为正式结果使用");
        assertThat(xlsxTitle(provisional.resolve("scorecard.xlsx"))).startsWith("【暂定】");
        assertThat(query("SELECT string_agg(DISTINCT provisional::VARCHAR, ',') FROM read_parquet('" + dir.resolve("outputs/parquet")
                + "/**/*.parquet', hive_partitioning = true)")).isEqualTo("true");
        assertThat(query("SELECT count(*) FILTER (WHERE provisional) || '/' || count(*) FROM mart.scores")).isEqualTo("2/2");

        Files.write(retail, good);
        Launcher.Result second = Launcher.run(dir, with("load"));

        assertThat(second.exit()).as(second.terminal()).isZero();
        assertThat(second.out()).contains("三明市（全国网络市场监管与服务示范区评估指标体系）第 1 版（新）：总分 76.5 / 100").doesNotContain("暂定评分");
        assertThat(provisional).doesNotExist();
        assertThat(dir.resolve("outputs/350400-三明市/national/2025-06/v1/report.html")).exists();
        assertThat(Files.readString(dir.resolve("outputs/350400-三明市/national/2025-06/v1/report.html"), StandardCharsets.UTF_8))
                .doesNotContain("class=\"banner\"");
        assertThat(query("SELECT count(*) || ' ' || max(version) || ' ' || bool_or(provisional) FROM score.snapshot WHERE region_code = '350400'"))
                .isEqualTo("1 1 false");
        assertThat(query("SELECT string_agg(DISTINCT provisional::VARCHAR, ',') FROM read_parquet('" + dir.resolve("outputs/parquet")
                + "/**/*.parquet', hive_partitioning = true)")).isEqualTo("false");
    }

    @Test
    void aFinalSnapshotCanBeWithdrawnKeptFlaggedAndItsExportsMovedAside() throws Exception {
        copyInputs();
        assertThat(Launcher.run(dir, with("load")).exit()).isZero();
        long id = Long.parseLong(query("SELECT snapshot_id FROM score.snapshot WHERE region_code = '350400'"));

        Launcher.Result withdrawn = Launcher.run(dir, with("withdraw", "--snapshot=" + id, "--reason=12315 数据口径有误"));

        assertThat(withdrawn.exit()).as(withdrawn.terminal()).isZero();
        assertThat(dir.resolve("outputs/350400-三明市")).doesNotExist();
        Path moved = dir.resolve("outputs/withdrawn/350400-三明市/national/2025-06/v1");
        assertThat(Files.readString(moved.resolve("report.html"), StandardCharsets.UTF_8)).contains("已撤回", "12315 数据口径有误");
        assertThat(query("SELECT withdrawn_reason || ' ' || (withdrawn_at IS NOT NULL) FROM mart.scores WHERE snapshot_id = " + id))
                .isEqualTo("12315 数据口径有误 true");
        assertThat(query("SELECT count(*) FROM score.snapshot_item WHERE snapshot_id = " + id)).isNotEqualTo("0");

        Launcher.Result again = Launcher.run(dir, with("withdraw", "--snapshot=" + id, "--reason=x"));
        Launcher.Result unknown = Launcher.run(dir, with("withdraw", "--snapshot=999", "--reason=x"));
        Launcher.Result noReason = Launcher.run(dir, with("withdraw", "--snapshot=" + id));

        assertThat(List.of(again.exit(), unknown.exit(), noReason.exit())).containsOnly(2);
        assertThat(again.err()).contains("已于", "撤回");
        assertThat(unknown.err()).contains("999");
        assertThat(noReason.err()).contains("原因");
        assertThat(again.showsStackTrace() || unknown.showsStackTrace() || noReason.showsStackTrace()).isFalse();
    }

    private String query(String sql) throws Exception {
        Properties ro = new Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("data/netmarket.duckdb"), ro); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String xlsxTitle(Path file) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            return wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
        }
    }
}
