package netmarket.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import netmarket.extract.CellValue.Kind;
import netmarket.samples.Workbooks;
import netmarket.samples.Workbooks.Formula;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsFileTest {

    @TempDir
    Path dir;

    @Test
    void opensAsALegacyWorkbook() throws IOException {
        // given
        Path file = Workbooks.xls("数据").row("地区").write(dir.resolve("data.xls"));

        // when / then
        try (SpreadsheetFile f = Spreadsheets.open(file, ',')) {
            assertThat(f).isInstanceOf(XlsFile.class);
        }
    }

    @Test
    void rowsAndTextCellsComeInOrderWithOneBasedRowNumbers() throws IOException {
        // given
        Path file = Workbooks.xls("数据").row("地区", "单位").row("三明市", "亿元").write(dir.resolve("text.xls"));

        // when
        List<SheetRow> rows = readAll(file, "数据");

        // then
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2);
        assertThat(rows.get(1).cells()).containsExactly(new CellValue(Kind.TEXT, "三明市"), new CellValue(Kind.TEXT, "亿元"));
    }

    @Test
    void absentRowsAreSkippedAndMissingCellsReadAsBlank() throws IOException {
        // given: row 2 never written, B3 missing
        Path file = dir.resolve("gaps.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("数据");
            sheet.createRow(0).createCell(0).setCellValue("标题");
            sheet.createRow(2).createCell(0).setCellValue("三明市");
            sheet.getRow(2).createCell(2).setCellValue(5);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        // when
        List<SheetRow> rows = readAll(file, "数据");

        // then
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 3);
        assertThat(rows.get(1).cells())
                .containsExactly(new CellValue(Kind.TEXT, "三明市"), CellValue.BLANK, new CellValue(Kind.NUMBER, "5"));
    }

    @Test
    void numbersShowExcelsFifteenSignificantDigits() throws IOException {
        // given
        Path file = Workbooks.xls("数据").row(0.1 + 0.2, 42, 1.5e20).write(dir.resolve("n.xls"));

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cells()).containsExactly(
                new CellValue(Kind.NUMBER, "0.3"),
                new CellValue(Kind.NUMBER, "42"),
                new CellValue(Kind.NUMBER, "150000000000000000000"));
    }

    @Test
    void dateFormattedCellsGiveIsoDates() throws IOException {
        // given
        Path file = Workbooks.xls("数据").row(LocalDate.of(2019, 3, 5)).write(dir.resolve("date.xls"));

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cell(0)).isEqualTo(new CellValue(Kind.DATE, "2019-03-05"));
    }

    @Test
    void chineseBuiltInDateFormatsGiveIsoDates() throws IOException {
        // given: 31 = yyyy"年"m"月"d"日", 57 = yyyy"年"m"月", built-in ids with no format record
        Path file = dir.resolve("cjk-date.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Row row = wb.createSheet("数据").createRow(0);
            short[] formats = {31, 57};
            for (int i = 0; i < formats.length; i++) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(formats[i]);
                row.createCell(i).setCellValue(LocalDate.of(2019, 3, 5));
                row.getCell(i).setCellStyle(style);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cells()).containsExactly(new CellValue(Kind.DATE, "2019-03-05"), new CellValue(Kind.DATE, "2019-03-05"));
    }

    @Test
    void readingLeavesTheFileByteIdentical() throws IOException {
        // given
        Path file = Workbooks.xls("数据").row("三明市", 12.5, LocalDate.of(2024, 1, 31)).write(dir.resolve("agency.xls"));
        byte[] before = Files.readAllBytes(file);

        // when
        readAll(file, "数据");

        // then
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void formulaCellsGiveTheirCachedValue() throws IOException {
        // given
        Path file = Workbooks.xls("数据").row(1.5, 2.5, new Formula("A1+B1")).write(dir.resolve("f.xls"));

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cell(2)).isEqualTo(new CellValue(Kind.NUMBER, "4"));
    }

    @Test
    void errorFormulaGivesTheErrorAsExcelShowsIt() throws IOException {
        // given
        Path file = Workbooks.xls("数据").row(new Formula("1/0")).write(dir.resolve("err.xls"));

        // when
        SheetRow row = readAll(file, "数据").get(0);

        // then
        assertThat(row.cell(0)).isEqualTo(new CellValue(Kind.ERROR, "#DIV/0!"));
    }

    @Test
    void mergedRangesAreReported() throws IOException {
        // given
        Path file = Workbooks.xls("数据")
                .row("2024年三明市网上零售额")
                .row("地区", "网上零售额")
                .merge(0, 0, 0, 2)
                .merge(1, 2, 0, 0)
                .write(dir.resolve("merge.xls"));

        // when
        List<CellRange> merges;
        try (SpreadsheetFile f = Spreadsheets.open(file, ','); SheetCursor cursor = f.openSheet("数据")) {
            merges = cursor.merges();
        }

        // then
        assertThat(merges).containsExactlyInAnyOrder(new CellRange(0, 0, 0, 2), new CellRange(1, 2, 0, 0));
    }

    @Test
    void sheetNamesAreListedInWorkbookOrder() throws IOException {
        // given
        Path file = dir.resolve("sheets.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("说明");
            wb.createSheet("社零网零");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        // when
        List<String> names;
        try (SpreadsheetFile f = Spreadsheets.open(file, ',')) {
            names = f.sheetNames();
        }

        // then
        assertThat(names).containsExactly("说明", "社零网零");
    }

    private static List<SheetRow> readAll(Path file, String sheet) {
        try (SpreadsheetFile f = Spreadsheets.open(file, ','); SheetCursor cursor = f.openSheet(sheet)) {
            List<SheetRow> rows = new ArrayList<>();
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
            return rows;
        }
    }
}
