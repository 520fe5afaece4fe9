package netmarket.score.edges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import netmarket.job.RunSummary;
import netmarket.load.ReferenceTables;
import netmarket.load.StoreFixture;
import netmarket.publish.Publisher;
import netmarket.score.RubricFiles;
import netmarket.score.SnapshotWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region failing Shandong's pass rule on one group alone (优化服务 one cent under 75% of its 22
 * points, total well over 85) is told so by name, with the points it needed, in the run summary and
 * in every export: XLSX, CSV, HTML and the Parquet dataset.
 */
class FailingVerdictTest {

    private static final YearMonth PERIOD = YearMonth.of(2025, 6);
    private static final String REASON = "优化服务得分 16.49 分，得分率 74.95%，低于 75%（须 16.5 / 22 分）";

    @TempDir
    Path tmp;

    @Test
    void aGroupJustUnderItsRateIsNamedInTheSummaryAndEveryExport() throws Exception {
        Rubric shandong = Rubric.read(Path.of("jobs/rubrics/shandong.yml"));
        Case failing = PassRuleCases.of(shandong, PERIOD, "37", new Baselines(List.of(shandong))).stream()
                .filter(c -> c.label().equals("优化服务恰为16.49分")).findFirst().orElseThrow();
        try (StoreFixture store = new StoreFixture(tmp)) {
            store.conn.setAutoCommit(false);
            ReferenceTables.replace(store.conn, store.ctx);
            RubricFiles.replace(store.conn, Path.of("jobs/rubrics"));
            store.conn.commit();
            store.conn.setAutoCommit(true);
            World world = new World();
            world.addRegion(new World.Region("Z3700001", "east", "37"));
            failing.rows().forEach(r -> world.add("Z3700001", r));
            for (String metric : failing.baselines().keySet()) {
                new Baselines(List.of(shandong)).rows(metric, Baselines.CANONICAL, PERIOD).forEach(r -> world.add("370000", r));
            }
            world.writeTo(store.conn, tmp.resolve("csv"));

            SnapshotWriter.Result result = SnapshotWriter.score(store.conn, "shandong", List.of("Z3700001"), PERIOD, null).get(0);
            assertThat(result.total()).isGreaterThan(java.math.BigDecimal.valueOf(85));
            assertThat(RunSummary.snapshotLine(result)).contains("不合格（" + REASON + "）");

            Path outputs = tmp.resolve("outputs");
            Publisher.Published published = Publisher.publish(store.conn, outputs).get(0);
            assertThat(Files.readString(published.folder().resolve("scorecard.csv"), StandardCharsets.UTF_8)).contains(REASON);
            assertThat(Files.readString(published.folder().resolve("report.html"), StandardCharsets.UTF_8)).contains(REASON);
            assertThat(xlsxText(published.folder().resolve("scorecard.xlsx"))).contains(REASON);
            try (java.sql.Statement st = store.conn.createStatement();
                    java.sql.ResultSet rs = st.executeQuery("SELECT DISTINCT verdict, verdict_reason FROM read_parquet('"
                            + outputs.resolve("parquet") + "/**/*.parquet', hive_partitioning = true)")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("不合格");
                assertThat(rs.getString(2)).isEqualTo(REASON);
            }
        }
    }

    private static String xlsxText(Path file) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Workbook wb = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        b.append(cell.toString()).append('\t');
                    }
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }
}
