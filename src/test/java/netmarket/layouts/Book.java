package netmarket.layouts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook of one or more sheets written row by row, as the layout fixtures need (XLSX or XLS, merges, dates). */
final class Book {

    private final Workbook wb;
    private final CellStyle dateStyle;
    private Sheet sheet;
    private int next;

    private Book(Workbook wb) {
        this.wb = wb;
        this.dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    }

    static Book xlsx(String firstSheet) {
        return new Book(new XSSFWorkbook()).sheet(firstSheet);
    }

    static Book xls(String firstSheet) {
        return new Book(new HSSFWorkbook()).sheet(firstSheet);
    }

    /** Starts a new sheet: the rows that follow go into it. */
    Book sheet(String name) {
        sheet = wb.createSheet(name);
        next = 0;
        return this;
    }

    /** Appends a row: String, Number or LocalDate cells; null leaves the cell out. */
    Book row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                c.setCellValue(d);
                c.setCellStyle(dateStyle);
            } else {
                c.setCellValue(String.valueOf(v));
            }
        }
        return this;
    }

    /** Merges a block of the current sheet, 0-based inclusive. */
    Book merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        return this;
    }

    Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }
}
