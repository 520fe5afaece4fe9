package netmarket.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One file as an agency sends it, CSV (any encoding) or XLSX (POI's streaming SXSSFWorkbook: rows
 * go to disk as they are written, never a whole workbook in memory), row by row: title, header and
 * note rows, and data rows the load must store (or reject). It counts them, so that
 * {@link #finish()} gives the file's {@link Manifest.Entry}: what a load of it must report.
 */
final class AgencyFile {

    private final Path inputs;
    private final String relative;
    private final String source;
    private final Path target;
    private final Path partial;
    private final Writer csv;
    private final SXSSFWorkbook book;
    private final SXSSFSheet sheet;
    private long rows;
    private long data;
    private long rejected;

    private AgencyFile(Path inputs, String relative, String source, Charset charset, String sheetName) throws IOException {
        this.inputs = inputs;
        this.relative = relative;
        this.source = source;
        this.target = inputs.resolve(relative);
        Files.createDirectories(target.getParent());
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        if (sheetName == null) {
            OutputStream out = Files.newOutputStream(partial);
            this.csv = new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 16);
            this.book = null;
            this.sheet = null;
        } else {
            this.csv = null;
            this.book = new SXSSFWorkbook(200);
            this.book.setCompressTempFiles(false);
            this.sheet = book.createSheet(sheetName);
        }
    }

    /** A CSV file at {@code relative} under {@code inputs}, for the definition {@code source}. */
    static AgencyFile csv(Path inputs, String relative, String source, Charset charset) throws IOException {
        return new AgencyFile(inputs, relative, source, charset, null);
    }

    /** An XLSX file with one sheet. */
    static AgencyFile xlsx(Path inputs, String relative, String source, String sheetName) throws IOException {
        return new AgencyFile(inputs, relative, source, null, sheetName);
    }

    /** A row the load skips (title, unit line, header, note). */
    AgencyFile other(Object... cells) throws IOException {
        write(cells);
        return this;
    }

    /** A row the load stores. */
    AgencyFile data(Object... cells) throws IOException {
        write(cells);
        data++;
        return this;
    }

    /** A row the load must reject. */
    AgencyFile rejected(Object... cells) throws IOException {
        write(cells);
        rejected++;
        return this;
    }

    /** Merges cells of the XLSX (0-based, inclusive), as an agency's title and grouped headers are. */
    AgencyFile merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (sheet != null) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
        return this;
    }

    /** The 0-based index the next row takes. */
    int nextRow() {
        return (int) rows;
    }

    private void write(Object[] cells) throws IOException {
        if (csv != null) {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    csv.write(',');
                }
                csv.write(csvText(cells[i]));
            }
            csv.write('\n');
        } else {
            Row row = sheet.createRow((int) rows);
            for (int i = 0; i < cells.length; i++) {
                Object v = cells[i];
                if (v == null || (v instanceof String s && s.isEmpty())) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (v instanceof Number n) {
                    cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
        rows++;
    }

    private static String csvText(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof BigDecimal b ? b.toPlainString() : v.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Writes the file (under a temporary name, then renamed) and gives what a load of it must report. */
    Manifest.Entry finish() throws IOException {
        if (csv != null) {
            csv.close();
        } else {
            try (OutputStream out = Files.newOutputStream(partial)) {
                book.write(out);
            } finally {
                book.close();
                book.dispose();
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        return new Manifest.Entry(inputs.relativize(target).toString().replace('\\', '/'), source, rows, data, rejected,
                Files.exists(target) ? Files.size(target) : 0);
    }

    String relative() {
        return relative;
    }
}
