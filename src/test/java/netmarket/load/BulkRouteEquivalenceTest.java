package netmarket.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import netmarket.bench.RegisterGenerator;
import netmarket.samples.Workbooks;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import netmarket.source.SourceDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk route for CSV registers stores exactly what reading every row one by one stores:
 * the same operators, hashes, masks, dates and provenance, the same rejects with the same
 * reasons, the same counts. The fixture holds one row of every kind we know of.
 */
class BulkRouteEquivalenceTest {

    private static final Path FIXTURE = Path.of("src/test/resources/netmarket/load/bulk/名录_各种行.csv");
    private static final String NAME = "市场监管局/网络交易经营者名录_三明市_2025-06-30.csv";
    private static final String OPERATORS = "SELECT * EXCLUDE (load_id) FROM fact.operator ORDER BY row_number";
    private static final String REJECTS = "SELECT * EXCLUDE (load_id) FROM meta.reject ORDER BY row_number, column_name, reason";

    @TempDir
    Path dir;

    @Test
    void everyKindOfRowIsStoredAlikeByBothRoutes() throws Exception {
        LoadOutcome bulk = assertSameAsRowByRow(FIXTURE);
        assertTrue(bulk.rowsInBulk() >= 15, "plain rows take the bulk route: " + bulk);
        assertTrue(bulk.rowsInBulk() < bulk.rowsRead() - 2, "odd rows take the row route: " + bulk);
        assertTrue(bulk.rowsRejected() >= 15, "the fixture's bad rows are rejected: " + bulk);
    }

    @Test
    void windowsLineEndingsChangeNothing() throws Exception {
        Path crlf = rewrite(Files.readString(FIXTURE).replace("\n", "\r\n"), StandardCharsets.UTF_8);
        assertTrue(assertSameAsRowByRow(crlf).rowsInBulk() > 0);
    }

    @Test
    void gbkFilesTakeTheBulkRouteToo() throws Exception {
        Path gbk = rewrite(Files.readString(FIXTURE), Charset.forName("GB18030"));
        assertTrue(assertSameAsRowByRow(gbk).rowsInBulk() > 0);
    }

    @Test
    void aByteOrderMarkChangesNothing() throws Exception {
        Path bom = rewrite("\uFEFF" + Files.readString(FIXTURE), StandardCharsets.UTF_8);
        assertTrue(assertSameAsRowByRow(bom).rowsInBulk() > 0);
    }

    @Test
    void quotedLineBreaksKeepRowNumbers() throws Exception {
        String text = Files.readString(FIXTURE).replace("45,", "\"名称\n换行\",") ;
        Path broken = rewrite(text.replace("正常行", "\"正常\r\n行\""), StandardCharsets.UTF_8);
        assertTrue(assertSameAsRowByRow(broken).rowsInBulk() > 0);
    }

    @Test
    void aNulByteSendsTheWholeFileRowByRow() throws Exception {
        Path nul = rewrite(Files.readString(FIXTURE).replace("正常行", "正常\0行"), StandardCharsets.UTF_8);
        assertEquals(0, assertSameAsRowByRow(nul).rowsInBulk());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldSendsTheWholeFileRowByRow() throws Exception {
        Path quote = rewrite(Files.readString(FIXTURE).replace("正常行", "正常\"行"), StandardCharsets.UTF_8);
        assertEquals(0, assertSameAsRowByRow(quote).rowsInBulk());
    }

    @Test
    void anUnclosedQuoteFailsTheFileWithTheSameMessage() throws Exception {
        Path open = rewrite(Files.readString(FIXTURE).replace("正常行", "\"正常行"), StandardCharsets.UTF_8);
        LoadOutcome outcome = assertSameAsRowByRow(open);
        assertEquals("failed", outcome.status());
    }

    @Test
    void aPlainRegisterIsLoadedWholeInBulk() throws Exception {
        Path register = RegisterGenerator.csv(dir.resolve("名录_2025-06-30.csv"), 3000, StandardCharsets.UTF_8);
        LoadOutcome bulk = assertSameAsRowByRow(register);
        assertEquals(3000, bulk.rowsLoaded());
        assertEquals(3000, bulk.rowsInBulk());
    }

    @Test
    void xlsxRowsAreStoredAlikeByBothRoutes() throws Exception {
        LoadOutcome bulk = assertSameAsRowByRow(spreadsheet(Workbooks.xlsx("名录"), "名录.xlsx"));
        assertTrue(bulk.rowsInBulk() >= 15, bulk.toString());
    }

    @Test
    void xlsRowsAreStoredAlikeByBothRoutes() throws Exception {
        LoadOutcome bulk = assertSameAsRowByRow(spreadsheet(Workbooks.xls("名录"), "名录.xls"));
        assertTrue(bulk.rowsInBulk() >= 15, bulk.toString());
    }

    /**
     * The fixture's rows as a workbook, typed as agencies' workbooks are: ISO dates as date cells,
     * digit-only phones as numbers; plus an error cell, a boolean cell and an empty row.
     */
    private Path spreadsheet(Workbooks book, String name) throws Exception {
        try (CSVParser csv = CSVFormat.DEFAULT.parse(Files.newBufferedReader(FIXTURE))) {
            for (CSVRecord r : csv) {
                Object[] cells = r.stream().toArray();
                for (int i = 0; i < cells.length; i++) {
                    String t = (String) cells[i];
                    if (t.isEmpty()) {
                        cells[i] = null;
                    } else if (r.getRecordNumber() > 2 && i == 5 && t.matches("\\d{4}-\\d{2}-\\d{2}") && !t.equals("2020-02-30")) {
                        cells[i] = LocalDate.parse(t);
                    } else if (r.getRecordNumber() > 2 && i == 8 && t.matches("1\\d{10}")) {
                        cells[i] = Long.parseLong(t);
                    }
                }
                book.row(cells);
            }
        }
        book.row("46", "91350404MA2Y00001T", "错误值的日期", "淘宝", "三元区", new Workbooks.Formula("1/0"), null, "存续", "13512345678");
        book.row("47", "91350404MA2Y00001T", "布尔值的状态", "淘宝", "三元区", "2016-01-01", null, new Workbooks.Formula("TRUE()"), "13512345678");
        book.row();
        book.row("49", "91350404MA2Y00001T", "空行之后", "淘宝", "三元区", LocalDate.of(2016, 1, 1), null, "存续", 13512345678L);
        return book.write(dir.resolve(name));
    }

    private LoadOutcome assertSameAsRowByRow(Path file) throws Exception {
        Files.createDirectories(dir.resolve("bulk"));
        Files.createDirectories(dir.resolve("rows"));
        try (StoreFixture bulkStore = new StoreFixture(dir.resolve("bulk")); StoreFixture rowStore = new StoreFixture(dir.resolve("rows"))) {
            SourceDefinition def = bulkStore.definition("samr_operator_register");
            LoadOutcome bulk = bulkStore.load(file, NAME, def);
            LoadOutcome rows = rowStore.loadRowByRow(file, NAME, def);
            assertEquals(0, rows.rowsInBulk());
            assertEquals(List.of(rows.status(), rows.rowsRead(), rows.rowsLoaded(), rows.rowsRejected(), rows.skippedByKind(), String.valueOf(rows.message())),
                    List.of(bulk.status(), bulk.rowsRead(), bulk.rowsLoaded(), bulk.rowsRejected(), bulk.skippedByKind(), String.valueOf(bulk.message())));
            assertTrue(bulk.reconciles(), bulk.toString());
            List<Map<String, Object>> expected = rowStore.rows(OPERATORS);
            List<Map<String, Object>> actual = bulkStore.rows(OPERATORS);
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), "operator row " + i);
            }
            assertEquals(rowStore.rows(REJECTS), bulkStore.rows(REJECTS));
            return bulk;
        }
    }

    private Path rewrite(String text, Charset charset) throws Exception {
        Path file = dir.resolve("变体.csv");
        Files.writeString(file, text, charset);
        return file;
    }
}
