package netmarket.load;

import java.util.ArrayList;
import java.util.List;
import netmarket.extract.CellRange;
import netmarket.extract.CellValue;
import netmarket.extract.HeaderLabels;
import netmarket.extract.InputFileException;
import netmarket.extract.SheetRow;
import netmarket.source.ColumnMatch;
import netmarket.source.SourceDefinition;

/**
 * Finds a sheet's header by its content: the first row (containing the definition's {@code find}
 * text, if it gives one) from which every column the definition requires can be found. A title row
 * that happens to contain the same word ("各地区社会消费品零售总额") is not a header, since the
 * columns are not there. Works on the first rows of a sheet, each clipped so memory stays bounded.
 */
final class HeaderSearch {

    /** Rows searched for the header. */
    static final int SEARCH_ROWS = 50;
    /** A row's text kept for the search, beyond which it is clipped (a hostile file's endless lines). */
    private static final int MAX_ROW_CHARS = 20_000;
    /** The title rows' text kept to find the period, unit and date in. */
    private static final int MAX_TITLE = 10_000;

    /** The header found: its rows, an optional units row under it, and the layout it gives. */
    record Found(int headerIndex, List<SheetRow> headerRows, SheetRow unitsRow, SheetLayout layout, String title) {
        /** The buffer index of the first data row. */
        int dataIndex() {
            return headerIndex + headerRows.size() + (unitsRow == null ? 0 : 1);
        }

        /** What a row read ahead, above the first data row, is counted as: title, blank, header or units. */
        SkipKind skipKind(int index, List<SheetRow> ahead) {
            if (index >= headerIndex + headerRows.size()) {
                return SkipKind.UNITS;
            }
            return index >= headerIndex ? SkipKind.HEADER : ahead.get(index).isBlank() ? SkipKind.BLANK : SkipKind.TITLE;
        }
    }

    /** The first rows of a sheet, kept for the search; {@code clipped} when one of them was kept shortened. */
    record Ahead(List<SheetRow> rows, boolean clipped) {
        boolean allBlank() {
            return rows.stream().allMatch(SheetRow::isBlank);
        }
    }

    private HeaderSearch() {}

    /** How many rows to read ahead for {@link #find}. */
    static int lookahead(SourceDefinition def) {
        return SEARCH_ROWS + def.header().rows() + 1;
    }

    /** Reads the rows {@link #find} searches, each kept whole when small, else clipped. */
    static Ahead readAhead(netmarket.extract.SheetCursor cursor, SourceDefinition def) {
        List<SheetRow> rows = new ArrayList<>();
        boolean clipped = false;
        SheetRow row;
        while (rows.size() < lookahead(def) && (row = cursor.next()) != null) {
            SheetRow kept = keep(row);
            clipped |= kept != row;
            rows.add(kept);
        }
        return new Ahead(rows, clipped);
    }

    /** A row as kept for the search: whole when small, else clipped (and then never replayed as data). */
    private static SheetRow keep(SheetRow row) {
        int total = 0;
        for (CellValue c : row.cells()) {
            total += c.text().length();
        }
        if (total <= MAX_ROW_CHARS) {
            return row;
        }
        List<CellValue> clipped = new ArrayList<>();
        int room = MAX_ROW_CHARS;
        for (CellValue c : row.cells()) {
            if (room <= 0) {
                break;
            }
            String t = c.text().length() > room ? c.text().substring(0, room) : c.text();
            clipped.add(t.equals(c.text()) ? c : new CellValue(c.kind(), t));
            room -= t.length();
        }
        return new SheetRow(row.rowNumber(), clipped);
    }

    static Found find(SourceDefinition def, List<SheetRow> rows, List<CellRange> merges, String sheetName, String fileName,
            LoadContext ctx) {
        ColumnMatch find = def.header().find().isEmpty() ? null : ColumnMatch.of(def.header().find());
        String bestProblem = null;
        int candidates = 0;
        int limit = Math.min(rows.size(), SEARCH_ROWS);
        for (int i = 0; i < limit; i++) {
            SheetRow row = rows.get(i);
            if (!isCandidate(row, def, find)) {
                continue;
            }
            candidates++;
            List<SheetRow> headerRows = rows.subList(i, Math.min(rows.size(), i + def.header().rows()));
            List<String> labels = HeaderLabels.build(headerRows, merges);
            int after = i + headerRows.size();
            SheetRow units = after < rows.size() && isUnitsRow(rows.get(after), ctx) ? rows.get(after) : null;
            String title = title(rows.subList(0, i));
            try {
                SheetLayout layout = SheetLayout.resolve(def, labels, units == null ? null : texts(units, labels.size()),
                        new SheetText(title, sheetName, fileName), ctx);
                return new Found(i, List.copyOf(headerRows), units, layout, title);
            } catch (InputFileException e) {
                if (bestProblem == null || problems(e.getMessage()) < problems(bestProblem)) {
                    bestProblem = e.getMessage();
                }
            }
            if (def.header().row() != null) {
                break;
            }
        }
        String where = fileName + (sheetName.isEmpty() ? "" : "「" + sheetName + "」");
        if (candidates == 0) {
            throw new InputFileException(where + " 前 " + limit + " 行内找不到表头（"
                    + (def.header().row() != null ? "第 " + def.header().row() + " 行" : find != null ? "含“" + def.header().find() + "”的行" : "有内容的行") + "）");
        }
        throw new InputFileException(where + ": " + bestProblem);
    }

    private static boolean isCandidate(SheetRow row, SourceDefinition def, ColumnMatch find) {
        if (def.header().row() != null) {
            return row.rowNumber() >= def.header().row();
        }
        if (row.isBlank()) {
            return false;
        }
        return find == null || row.cells().stream().anyMatch(c -> !c.isBlank() && find.matches(c.text()));
    }

    /** A row whose every non-blank cell is a unit ("亿元", "（万件）", "单位：个"): the units of the columns above. */
    private static boolean isUnitsRow(SheetRow row, LoadContext ctx) {
        int units = 0;
        for (CellValue c : row.cells()) {
            if (c.isBlank()) {
                continue;
            }
            if (c.kind() != CellValue.Kind.TEXT || HeaderUnits.of(c.text(), ctx) == null) {
                return false;
            }
            units++;
        }
        return units > 0;
    }

    private static List<String> texts(SheetRow row, int width) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < Math.max(width, row.cells().size()); i++) {
            t.add(row.cell(i).text());
        }
        return t;
    }

    private static int problems(String message) {
        return message.split("；").length;
    }

    private static String title(List<SheetRow> above) {
        StringBuilder title = new StringBuilder();
        for (SheetRow row : above) {
            for (CellValue c : row.cells()) {
                int room = MAX_TITLE - title.length();
                if (room <= 0) {
                    return title.toString();
                }
                title.append(c.text(), 0, Math.min(c.text().length(), room)).append(' ');
            }
        }
        return title.toString();
    }
}
