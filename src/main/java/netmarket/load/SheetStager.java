package netmarket.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import netmarket.extract.CellValue;
import netmarket.extract.CsvStager;
import netmarket.extract.SheetCursor;
import netmarket.extract.SheetRow;

/**
 * Writes the data rows of a spreadsheet (XLSX, XLS) as a numbered UTF-8 CSV for the bulk route:
 * row number, then each cell's text. A row the text alone would not describe (an error or
 * boolean cell, a cell longer than Excel allows) is handed to the row interpreter at once, with
 * its cells as read, and not written.
 */
final class SheetStager {

    /** Where rows that cannot be staged go: the one-by-one path, counted there. */
    interface RowSink {
        void accept(SheetRow row) throws SQLException;
    }

    /** Excel's own limit on the characters of one cell. */
    private static final int MAX_CELL = 32_767;

    private SheetStager() {}

    static CsvStager.Staged stage(SheetCursor cursor, Path target, RowSink elsewhere, Runnable everyFewRows) throws SQLException {
        long records = 0;
        int maxFields = 1;
        boolean lineBreaks = false;
        long sinceProgress = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), 1 << 16)) {
            SheetRow row;
            while ((row = cursor.next()) != null) {
                if (++sinceProgress == LoadProgress.EVERY) {
                    everyFewRows.run();
                    sinceProgress = 0;
                }
                if (!describedByText(row)) {
                    elsewhere.accept(row);
                    continue;
                }
                w.write(Integer.toString(row.rowNumber()));
                for (CellValue c : row.cells()) {
                    w.write(',');
                    String t = c.kind() == CellValue.Kind.BLANK ? "" : c.text();
                    if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
                        lineBreaks |= t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0;
                        w.write('"');
                        w.write(t.replace("\"", "\"\""));
                        w.write('"');
                    } else {
                        w.write(t);
                    }
                }
                w.write('\n');
                records++;
                maxFields = Math.max(maxFields, row.cells().size() + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入暂存文件 " + target, e);
        }
        return new CsvStager.Staged(target, records, maxFields, lineBreaks);
    }

    /** Whether the row interpreter reads the cells' text alone the same as the cells themselves. */
    private static boolean describedByText(SheetRow row) {
        for (CellValue c : row.cells()) {
            switch (c.kind()) {
                case BLANK, TEXT, NUMBER, DATE -> {
                    if (c.text().length() > MAX_CELL || c.text().indexOf('\0') >= 0) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }
}
