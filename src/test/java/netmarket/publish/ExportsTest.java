package netmarket.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import netmarket.load.StoreFixture;
import netmarket.score.SampleStores;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What report tools read: the sample snapshots exported as XLSX, CSV, Parquet and HTML. */
class ExportsTest {

    @TempDir
    static Path dir;

    static StoreFixture store;
    static Path outputs;
    static Path dongying;

    @BeforeAll
    static void exportTheSamples() throws Exception {
        store = SampleStores.loadedAndScored(Files.createDirectories(dir.resolve("store")), YearMonth.of(2025, 6));
        outputs = dir.resolve("outputs");
        List<Publisher.Published> published = Publisher.publish(store.conn, outputs);
        dongying = published.stream().map(Publisher.Published::folder).filter(f -> f.toString().contains("370502")).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    @Test
    void eachSnapshotHasItsOwnFolderByRegionRubricPeriodAndVersion() {
        assertThat(outputs.resolve("350400-三明市/national/2025-06/v1")).isDirectory();
        assertThat(dongying).isEqualTo(outputs.resolve("370502-东营区/shandong/2025-06/v1"));
        assertThat(dongying.resolve("scorecard.xlsx")).isRegularFile();
        assertThat(dongying.resolve("scorecard.csv")).isRegularFile();
        assertThat(dongying.resolve("report.html")).isRegularFile();
    }

    @Test
    void theWorkbookHasTheSummaryWithAChartAndTheItemsWithAFrozenHeader() throws Exception {
        try (InputStream in = Files.newInputStream(dongying.resolve("scorecard.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet summary = wb.getSheet("汇总");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("一级指标");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("促进发展");
            assertThat(summary.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(100.0);
            assertThat(summary.getRow(7).getCell(0).getStringCellValue()).isEqualTo("总分");
            assertThat(summary.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(93.5);
            assertThat(summary.getRow(8).getCell(1).getStringCellValue()).isEqualTo("合格");
            assertThat(summary.getDrawingPatriarch().getCharts()).singleElement()
                    .satisfies(chart -> assertThat(chart.getTitleText().getString()).isEqualTo("各一级指标得分率（%）"))
                    .satisfies(chart -> assertThat(chart.getChartSeries()).singleElement()
                            .satisfies(data -> assertThat(data.getSeries(0).getValuesData().getPointCount()).isEqualTo(5)));

            XSSFSheet items = wb.getSheet("评分表");
            assertThat(items.getPaneInformation().isFreezePane()).isTrue();
            assertThat(items.getRow(1).getCell(3).getStringCellValue()).isEqualTo("三级指标");
            assertThat(items.getRow(2).getCell(3).getStringCellValue()).isEqualTo("网上零售额同比增速");
            assertThat(items.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(2.0);
            assertThat(items.getPhysicalNumberOfRows()).isEqualTo(2 + (int) store.count(
                    "SELECT count(*) FROM score.snapshot_item i JOIN score.snapshot s USING (snapshot_id) WHERE s.region_code = '370502'"));
        }
    }

    @Test
    void shortfallsAreHighlightedInTheWorkbook() throws Exception {
        try (InputStream in = Files.newInputStream(dongying.resolve("scorecard.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet items = wb.getSheet("评分表");
            for (int r = 2; r <= items.getLastRowNum(); r++) {
                XSSFCell points = items.getRow(r).getCell(6);
                boolean short_ = points.getNumericCellValue() < items.getRow(r).getCell(5).getNumericCellValue();
                assertThat(points.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND).as("row " + r).isEqualTo(short_);
            }
        }
    }

    @Test
    void theCsvIsUtf8WithABomAndReadsBackAsTheScorecard() throws Exception {
        byte[] bytes = Files.readAllBytes(dongying.resolve("scorecard.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);

        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new java.io.StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
                .getRecords();

        assertThat(rows.get(0).toList()).startsWith("一级指标", "二级指标", "编号", "三级指标");
        assertThat(rows.get(1).get(3)).isEqualTo("网上零售额同比增速");
        assertThat(rows).anySatisfy(r -> assertThat(r.toList()).startsWith("总分", "93.5", "102"));
        assertThat(rows).anySatisfy(r -> assertThat(r.toList()).startsWith("结论", "合格"));
    }

    @Test
    void theParquetIsPartitionedByPeriodAndReadsBackInDuckDbWithRegionCodesAsText() throws Exception {
        List<Map<String, Object>> rows = store.rows("SELECT region_code, typeof(region_code) AS type, period, count(*) AS items, sum(points) AS total "
                + "FROM read_parquet('" + outputs.resolve("parquet/latest") + "/**/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY 1");

        assertThat(rows).extracting(r -> r.get("region_code") + " " + r.get("type") + " " + r.get("period") + " "
                + ((java.math.BigDecimal) r.get("total")).stripTrailingZeros().toPlainString())
                .containsExactly("350400 VARCHAR 2025-06 76.5", "370502 VARCHAR 2025-06 93.5");
        assertThat(outputs.resolve("parquet/snapshots/period=2025-06")).isDirectory();
        assertThat(outputs.resolve("parquet/latest/period=2025-06")).isDirectory();
    }

    @Test
    void theHtmlReportIsSelfContained() throws Exception {
        String html = Files.readString(dongying.resolve("report.html"));

        assertThat(html).contains("<svg", "东营区", "93.5", "合格", "下一分").doesNotContain("<script", "src=\"http", "href=\"http", "@import");
    }

    @Test
    void noHalfWrittenFileIsLeftBehind() throws Exception {
        try (Stream<Path> files = Files.walk(outputs)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.startsWith(".")).toList()).isEmpty();
        }
    }

    @Test
    void exportingAgainRewritesNothing() throws Exception {
        long before = Files.getLastModifiedTime(dongying.resolve("scorecard.xlsx")).toMillis();

        List<Publisher.Published> again = Publisher.publish(store.conn, outputs);

        assertThat(again).noneMatch(Publisher.Published::written);
        assertThat(Files.getLastModifiedTime(dongying.resolve("scorecard.xlsx")).toMillis()).isEqualTo(before);
    }
}
