package netmarket.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small helpers to write the fixture and sample workbooks the way agencies lay them out. */
public final class Workbooks {

    private final Workbook wb;
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private int next;

    private Workbooks(Workbook wb, String sheetName) {
        this.wb = wb;
        this.sheet = wb.createSheet(sheetName);
        this.dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    }

    public static Workbooks xlsx(String sheetName) {
        return new Workbooks(new XSSFWorkbook(), sheetName);
    }

    public static Workbooks xls(String sheetName) {
        return new Workbooks(new HSSFWorkbook(), sheetName);
    }

    /** Appends a row; values may be String, Number, LocalDate, a formula "=..." string, or null. */
    public Workbooks row(Object... values) {
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
            } else if (v instanceof Formula f) {
                c.setCellFormula(f.text());
            } else {
                c.setCellValue(String.valueOf(v));
            }
        }
        return this;
    }

    public Workbooks rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    /** Merges a block, 0-based inclusive, as a title or a two-row header does. */
    public Workbooks merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        return this;
    }

    public int rowCount() {
        return next;
    }

    /** Evaluates formulas (so their cached values are stored) and writes the file. */
    public Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** A formula cell, written as Excel would store it (with its cached value after evaluation). */
    public record Formula(String text) {}
}
