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
    void anEndlessLineFailsTheFileWithTheSameMessage() throws Exception {
        String head = Files.readString(FIXTURE);
        Path endless = rewrite(head + "46," + "名".repeat(5_000_000) + "\n", StandardCharsets.UTF_8);
        assertEquals("failed", assertSameAsRowByRow(endless).status());
    }

    @Test
    void bytesOfAnotherEncodingFailTheFileWithTheSameMessage() throws Exception {
        byte[] utf8 = Files.readAllBytes(FIXTURE);
        byte[] gbkTail = "47,91350404MA2Y00001T,东营网络,淘宝,三元区,2016-01-01,,存续,13512345678\n".getBytes(Charset.forName("GB18030"));
        byte[] mixed = java.util.Arrays.copyOf(utf8, utf8.length + gbkTail.length);
        System.arraycopy(gbkTail, 0, mixed, utf8.length, gbkTail.length);
        Path file = dir.resolve("混合编码.csv");
        Files.write(file, mixed);
        assertEquals("failed", assertSameAsRowByRow(file).status());
    }

    @Test
    void aPlainRegisterIsLoadedWholeInBulk() throws Exception {
        Path register = RegisterGenerator.csv(dir.resolve("名录_2025-06-30.csv"), 3000, StandardCharsets.UTF_8);
        LoadOutcome bulk = assertSameAsRowByRow(register);
        assertEquals(3000, bulk.rowsLoaded());
        assertEquals(3000, bulk.rowsInBulk());
        Path staging = dir.resolve("bulk/store.duckdb.staging");
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(staging)),
                "the staging folder holds personal data while a load runs: owner only");
        try (var left = Files.list(staging)) {
            assertEquals(List.of(), left.toList(), "no staged copy left after the load");
        }
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

    @Test
    void everySampleInputIsStoredAlikeByBothRoutes() throws Exception {
        Files.createDirectories(dir.resolve("bulk"));
        Files.createDirectories(dir.resolve("rows"));
        long inBulk = 0;
        try (StoreFixture bulkStore = new StoreFixture(dir.resolve("bulk")); StoreFixture rowStore = new StoreFixture(dir.resolve("rows"));
                var files = Files.walk(Path.of("inputs"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = Path.of("inputs").relativize(file).toString();
                SourceDefinition def = bulkStore.definitions.match(Path.of(relative)).orElseThrow();
                LoadOutcome bulk = bulkStore.load(file, relative, def);
                LoadOutcome rows = rowStore.loadRowByRow(file, relative, def);
                assertEquals(List.of(rows.status(), rows.rowsRead(), rows.rowsLoaded(), rows.rowsRejected(), rows.skippedByKind()),
                        List.of(bulk.status(), bulk.rowsRead(), bulk.rowsLoaded(), bulk.rowsRejected(), bulk.skippedByKind()), relative);
                inBulk += bulk.rowsInBulk();
            }
            for (Map<String, Object> t : rowStore.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'fact' AND table_type = 'BASE TABLE' ORDER BY 1")) {
                String query = "SELECT * EXCLUDE (load_id) FROM fact." + t.get("table_name") + " ORDER BY ALL";
                assertEquals(rowStore.rows(query), bulkStore.rows(query), "fact." + t.get("table_name"));
            }
            assertEquals(rowStore.rows(REJECTS.replace("ORDER BY", "ORDER BY file_name,")), bulkStore.rows(REJECTS.replace("ORDER BY", "ORDER BY file_name,")));
        }
        assertTrue(inBulk > 4000, "the sample registers and record feeds take the bulk route: " + inBulk);
    }

    @Test
    void aWorkbookUnreadablePartWayFailsTheFileWithTheSameMessageAndNoRows() throws Exception {
        StringBuilder rows = new StringBuilder(row(1, "网络交易经营者名录（导出日期：2025-06-30）"))
                .append(row(2, "序号", "统一社会信用代码/身份证号", "经营者名称", "所在平台", "所在地区", "成立日期", "注销日期", "经营状态", "联系电话"));
        for (int r = 3; r < 3000; r++) {
            rows.append(row(r, String.valueOf(r), "91350404MA2Y00001T", "公司" + r, "淘宝", "三元区", "2016-01-01", "", "存续", "13512345678"));
        }
        rows.append("<row r=\"3000\"><c r=\"A3000\" t=\"s\"><v>99</v></c></row>");
        Path file = dir.resolve("名录_坏.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"名录\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + rows + "</sheetData></worksheet>");
        }
        LoadOutcome outcome = assertSameAsRowByRow(file);
        assertEquals("failed", outcome.status());
        assertTrue(outcome.message().contains("第 3000 行附近无法读取: 共享字符串索引越界: 99"), outcome.message());
    }

    private static String row(int r, String... cells) {
        StringBuilder x = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                x.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"inlineStr\"><is><t>").append(cells[c]).append("</t></is></c>");
            }
        }
        return x.append("</row>").toString();
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
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
