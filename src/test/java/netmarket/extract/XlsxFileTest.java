package netmarket.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import netmarket.extract.CellValue.Kind;
import netmarket.samples.Workbooks;
import netmarket.samples.Workbooks.Formula;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxFileTest {

    @TempDir
    Path dir;

    @Test
    void theSheetsDeclaredDimensionTellsHowFarTheReadingIs() throws IOException {
        Workbooks wb = Workbooks.xlsx("数据");
        for (int i = 0; i < 4; i++) {
            wb.row("行", i);
        }
        Path file = wb.write(dir.resolve("progress.xlsx"));

        try (SpreadsheetFile book = Spreadsheets.open(file, ','); SheetCursor cursor = book.openSheet("数据")) {
            cursor.next();
            assertThat(cursor.fraction()).isEqualTo(0.25);
            cursor.next();
            cursor.next();
            cursor.next();
            assertThat(cursor.fraction()).isEqualTo(1.0);
        }
    }

    @Test
    void rowsAndCellsComeInOrderWithOneBasedRowNumbers() throws IOException {
        // given
        Path file = Workbooks.xlsx("数据")
                .row("地区", "数值")
                .row("三明市", 12.5)
                .row("东营区", 7)
                .write(dir.resolve("data.xlsx"));

        // when
        List<SheetRow> rows = readAll(file, "数据");

        // then
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 3);
        assertThat(texts(rows.get(0))).containsExactly("地区", "数值");
        assertThat(texts(rows.get(1))).containsExactly("三明市", "12.5");
        assertThat(texts(rows.get(2))).containsExactly("东营区", "7");
    }

    @Test
    void absentRowsAreSkippedAndKeepTheirSheetRowNumbers() throws IOException {
        // given: rows 1 and 4 exist, rows 2 and 3 were never written
        Path file = dir.resolve("gaps.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("数据");
            sheet.createRow(0).createCell(0).setCellValue("标题");
            sheet.createRow(3).createCell(0).setCellValue("三明市");
            save(wb, file);
        }

        // when
        List<SheetRow> rows = readAll(file, "数据");

        // then
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 4);
        assertThat(rows.get(1).cell(0).text()).isEqualTo("三明市");
    }

    @Test
    void rowsAndCellsWithoutReferencesAreNumberedByPosition() throws IOException {
        // given: a writer that leaves out the optional r="A1" attributes of rows and cells
        Path written = Workbooks.xlsx("数据").row("地区", "数值").row("三明市", 12.5).write(dir.resolve("with-refs.xlsx"));
        Path file = rewriteEntry(written, dir.resolve("no-refs.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceAll(" r=\"[A-Z]*[0-9]+\"", ""));
        assertThat(sheetXml(file, "xl/worksheets/sheet1.xml")).doesNotContain(" r=\"");

        // when
        List<SheetRow> rows = readAll(file, "数据");

        // then
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2);
        assertThat(texts(rows.get(1))).containsExactly("三明市", "12.5");
    }

    @Test
    void missingCellsInsideARowReadAsBlankInTheirColumn() throws IOException {
        // given: B1 is missing between A1 and C1
        Path file = Workbooks.xlsx("数据").row("三明市", null, 12.5).write(dir.resolve("holes.xlsx"));

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cells()).hasSize(3);
        assertThat(row.cell(1)).isEqualTo(CellValue.BLANK);
        assertThat(row.cell(2)).isEqualTo(new CellValue(Kind.NUMBER, "12.5"));
    }

    @Test
    void sharedStringsAreResolvedToTheirText() throws IOException {
        // given: XSSF stores text in the shared strings table; the same text twice
        Path file = Workbooks.xlsx("数据").row("三明市", "三明市", "东营区").write(dir.resolve("shared.xlsx"));
        assertThat(sheetXml(file, "xl/worksheets/sheet1.xml")).contains("t=\"s\"");

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cells()).containsExactly(
                new CellValue(Kind.TEXT, "三明市"), new CellValue(Kind.TEXT, "三明市"), new CellValue(Kind.TEXT, "东营区"));
    }

    @Test
    void inlineStringsAreReadAsText() throws IOException {
        // given: SXSSF writes text as inline strings
        Path file = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            wb.createSheet("数据").createRow(0).createCell(0).setCellValue("网上零售额");
            save(wb, file);
        }
        assertThat(sheetXml(file, "xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\"");

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cell(0)).isEqualTo(new CellValue(Kind.TEXT, "网上零售额"));
    }

    @Test
    void storedBinaryFractionsShowExcelsFifteenSignificantDigits() throws IOException {
        // given: 0.1 + 0.2 is stored as 0.30000000000000004
        Path file = Workbooks.xlsx("数据").row(0.1 + 0.2, 27.600000000000001).write(dir.resolve("n.xlsx"));

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cell(0)).isEqualTo(new CellValue(Kind.NUMBER, "0.3"));
        assertThat(row.cell(1)).isEqualTo(new CellValue(Kind.NUMBER, "27.6"));
    }

    @Test
    void wholeAndLargeNumbersArePlainDecimalsWithoutExponent() throws IOException {
        // given
        Path file = Workbooks.xlsx("数据").row(42, 1.5e20, -3.9).write(dir.resolve("big.xlsx"));

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(texts(row)).containsExactly("42", "150000000000000000000", "-3.9");
    }

    @Test
    void dateFormattedCellsGiveIsoDates() throws IOException {
        // given
        Path file = Workbooks.xlsx("数据").row(LocalDate.of(2019, 3, 5)).write(dir.resolve("date.xlsx"));

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cell(0)).isEqualTo(new CellValue(Kind.DATE, "2019-03-05"));
    }

    @Test
    void chineseBuiltInDateFormatsGiveIsoDates() throws IOException {
        // given: Chinese Excel's own date formats are built-in ids with no format text in the file
        // (31 = yyyy"年"m"月"d"日", 57 = yyyy"年"m"月", 58 = m"月"d"日")
        Path file = dir.resolve("cjk-date.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("数据").createRow(0);
            short[] formats = {31, 57, 58};
            for (int i = 0; i < formats.length; i++) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(formats[i]);
                row.createCell(i).setCellValue(LocalDate.of(2019, 3, 5));
                row.getCell(i).setCellStyle(style);
            }
            row.createCell(3).setCellValue(43529.0); // the same serial, not formatted as a date
            save(wb, file);
        }
        assertThat(sheetXml(file, "xl/styles.xml")).contains("numFmtId=\"31\"").doesNotContain("<numFmt ");

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cells()).containsExactly(
                new CellValue(Kind.DATE, "2019-03-05"),
                new CellValue(Kind.DATE, "2019-03-05"),
                new CellValue(Kind.DATE, "2019-03-05"),
                new CellValue(Kind.NUMBER, "43529"));
    }

    @Test
    void datesOfAWorkbookUsingThe1904DateSystemAreReadInThatSystem() throws IOException {
        // given: a 1904-system workbook; serial 0 is 1904-01-01 there (1900-01-00 in the default system)
        Path file = dir.resolve("date1904.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = wb.createSheet("数据").createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2019, 3, 5));
            row.getCell(0).setCellStyle(dateStyle);
            row.createCell(1).setCellValue(0.0);
            row.getCell(1).setCellStyle(dateStyle);
            save(wb, file);
        }

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(texts(row)).containsExactly("2019-03-05", "1904-01-01");
    }

    @Test
    void formulaCellsGiveTheirCachedNumber() throws IOException {
        // given
        Path file = Workbooks.xlsx("数据").row(1.5, 2.5, new Formula("A1+B1")).write(dir.resolve("f.xlsx"));

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cell(2)).isEqualTo(new CellValue(Kind.NUMBER, "4"));
    }

    @Test
    void textFormulaCellsGiveTheirCachedText() throws IOException {
        // given
        Path file = Workbooks.xlsx("数据").row("三明", new Formula("A1&\"市\"")).write(dir.resolve("fs.xlsx"));

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cell(1)).isEqualTo(new CellValue(Kind.TEXT, "三明市"));
    }

    @Test
    void errorFormulaGivesTheErrorAsExcelShowsIt() throws IOException {
        // given
        Path file = Workbooks.xlsx("数据").row(new Formula("1/0")).write(dir.resolve("err.xlsx"));

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cell(0)).isEqualTo(new CellValue(Kind.ERROR, "#DIV/0!"));
    }

    @Test
    void booleanCellsReadAsTrueOrFalse() throws IOException {
        // given
        Path file = dir.resolve("bool.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("数据").createRow(0);
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellValue(false);
            save(wb, file);
        }

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cells()).containsExactly(new CellValue(Kind.BOOLEAN, "TRUE"), new CellValue(Kind.BOOLEAN, "FALSE"));
    }

    @Test
    void mergedRangesAreReported() throws IOException {
        // given: a title merged over A1:C1 and a header block B2:C3
        Path file = Workbooks.xlsx("数据")
                .row("2024年三明市网上零售额")
                .row("地区", "网上零售额")
                .row(null, "累计", "同比")
                .merge(0, 0, 0, 2)
                .merge(1, 2, 1, 2)
                .write(dir.resolve("merge.xlsx"));

        // when
        List<CellRange> merges;
        try (SpreadsheetFile f = Spreadsheets.open(file, ','); SheetCursor cursor = f.openSheet("数据")) {
            merges = cursor.merges();
        }

        // then
        assertThat(merges).containsExactlyInAnyOrder(new CellRange(0, 0, 0, 2), new CellRange(1, 2, 1, 2));
    }

    @Test
    void sheetNamesAreListedInWorkbookOrder() throws IOException {
        // given
        Path file = dir.resolve("sheets.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("说明");
            wb.createSheet("社零网零");
            wb.createSheet("Sheet3");
            save(wb, file);
        }

        // when
        List<String> names;
        try (SpreadsheetFile f = Spreadsheets.open(file, ',')) {
            names = f.sheetNames();
        }

        // then
        assertThat(names).containsExactly("说明", "社零网零", "Sheet3");
    }

    @Test
    void eachSheetReadsItsOwnRows() throws IOException {
        // given
        Path file = dir.resolve("two.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("甲").createRow(0).createCell(0).setCellValue("甲表");
            wb.createSheet("乙").createRow(0).createCell(0).setCellValue("乙表");
            save(wb, file);
        }

        // when
        List<SheetRow> rows = readAll(file, "乙");

        // then
        assertThat(rows).singleElement().extracting(SheetRow::firstText).isEqualTo("乙表");
    }

    @Test
    void openingASheetThatDoesNotExistIsAnInputFileError() throws IOException {
        // given
        Path file = Workbooks.xlsx("数据").row("x").write(dir.resolve("x.xlsx"));

        // when / then
        try (SpreadsheetFile f = Spreadsheets.open(file, ',')) {
            assertThatThrownBy(() -> f.openSheet("不存在"))
                    .isInstanceOf(InputFileException.class)
                    .hasMessageContaining("不存在");
        }
    }

    @Test
    void readingLeavesTheFileByteIdentical() throws IOException {
        // given
        Path file = Workbooks.xlsx("数据")
                .row("地区", "数值", "日期")
                .row("三明市", 12.5, LocalDate.of(2024, 1, 31))
                .merge(0, 0, 1, 2)
                .write(dir.resolve("agency.xlsx"));
        byte[] before = sha256(file);

        // when
        readAll(file, "数据");

        // then
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void twoHundredThousandRowsAreStreamedToTheEnd() throws IOException {
        // given
        int rowCount = 200_000;
        Path file = dir.resolve("large.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("数据");
            for (int i = 0; i < rowCount; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("地区" + (i % 50));
                row.createCell(1).setCellValue(i);
                row.createCell(2).setCellValue(i * 0.1);
            }
            save(wb, file);
        }

        // when: rows are counted as they go by, none is kept
        int count = 0;
        SheetRow last = null;
        try (SpreadsheetFile f = Spreadsheets.open(file, ','); SheetCursor cursor = f.openSheet("数据")) {
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                count++;
                last = row;
            }
        }

        // then
        assertThat(count).isEqualTo(rowCount);
        assertThat(last.rowNumber()).isEqualTo(rowCount);
        assertThat(last.cell(1).text()).isEqualTo(String.valueOf(rowCount - 1));
    }

    static List<SheetRow> readAll(Path file, String sheet) {
        try (SpreadsheetFile f = Spreadsheets.open(file, ','); SheetCursor cursor = f.openSheet(sheet)) {
            List<SheetRow> rows = new ArrayList<>();
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
            return rows;
        }
    }

    private static List<String> texts(SheetRow row) {
        return row.cells().stream().map(CellValue::text).toList();
    }

    private static void save(org.apache.poi.ss.usermodel.Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static Path rewriteEntry(Path source, Path target, String name, UnaryOperator<String> change) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                if (e.getName().equals(name)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }

    private static String sheetXml(Path file, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(entry);
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static byte[] sha256(Path file) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
