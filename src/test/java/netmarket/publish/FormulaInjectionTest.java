package netmarket.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.util.List;
import netmarket.load.StoreFixture;
import netmarket.score.SampleStores;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text an agency wrote (here the evidence column of an expert sheet) goes through every exporter:
 * none of it comes back as a formula, and the HTML shows it as text.
 */
class FormulaInjectionTest {

    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"点我\")", "+1", "@SUM(1)", "-2+3", "\t=1+1",
            "<script>alert(1)</script>");

    @TempDir
    static Path dir;

    static StoreFixture store;
    static Path folder;

    @BeforeAll
    static void exportHostileEvidence() throws Exception {
        store = SampleStores.loadedAndScored(Files.createDirectories(dir.resolve("store")), YearMonth.of(2025, 6));
        // the evidence column of the expert sheet as an attacker would fill it in
        try (PreparedStatement ps = store.conn.prepareStatement(
                "UPDATE fact.expert_score SET evidence = ? WHERE rowid = (SELECT rowid FROM fact.expert_score "
                        + "WHERE region_code = '350400' AND rubric_id = 'national' ORDER BY row_number LIMIT 1 OFFSET ?)")) {
            for (int i = 0; i < HOSTILE.size(); i++) {
                ps.setString(1, HOSTILE.get(i));
                ps.setInt(2, i);
                ps.executeUpdate();
            }
        }
        store.conn.setAutoCommit(false);
        netmarket.score.SnapshotWriter.score(store.conn, "national", List.of("350400"), YearMonth.of(2025, 6), null);
        store.conn.commit();
        store.conn.setAutoCommit(true);
        Publisher.publish(store.conn, dir.resolve("outputs"));
        folder = dir.resolve("outputs/350400-三明市/national/2025-06/v2");
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    @Test
    void theHostileTextReallyReachesTheExports() throws Exception {
        assertThat(Files.readString(folder.resolve("scorecard.csv"))).contains("HYPERLINK", "@SUM(1)");
    }

    @Test
    void noCsvCellStartsWithAFormulaCharacter() throws Exception {
        byte[] bytes = Files.readAllBytes(folder.resolve("scorecard.csv"));
        for (CSVRecord r : CSVFormat.EXCEL.parse(new java.io.StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))) {
            for (String cell : r) {
                assertThat(SafeText.isRisky(cell) && !cell.matches("-?\\d+(\\.\\d+)?")).as(cell).isFalse();
            }
        }
    }

    @Test
    void everyXlsxTextCellIsAQuotePrefixedStringNeverAFormula() throws Exception {
        try (InputStream in = Files.newInputStream(folder.resolve("scorecard.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int hostile = 0;
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                for (Row row : wb.getSheetAt(s)) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
                            if (cell.getStringCellValue().contains("HYPERLINK")) {
                                hostile++;
                            }
                        }
                    }
                }
            }
            assertThat(hostile).isPositive();
        }
    }

    @Test
    void theHtmlReportEscapesEveryValue() throws Exception {
        String html = Files.readString(folder.resolve("report.html"));

        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void safeTextPrefixesEveryRiskyStartAndLeavesNumbersAlone() {
        assertThat(SafeText.neutralize("=1+1")).isEqualTo("'=1+1");
        assertThat(SafeText.neutralize("+1")).isEqualTo("'+1");
        assertThat(SafeText.neutralize("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(SafeText.neutralize("\r=1")).isEqualTo("'\r=1");
        assertThat(SafeText.neutralize("-3.9")).isEqualTo("-3.9");
        assertThat(SafeText.neutralize("网上零售额")).isEqualTo("网上零售额");
    }
}
