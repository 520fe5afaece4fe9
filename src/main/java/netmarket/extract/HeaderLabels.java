package netmarket.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one label per column from one or more header rows: merged cells are expanded (every
 * cell of a merged block reads as its top-left cell) and the lines are joined with "/", so a
 * two-row header "社会消费品零售总额 | 1-N月累计" becomes "社会消费品零售总额/1-N月累计".
 */
public final class HeaderLabels {

    private HeaderLabels() {}

    public static List<String> build(List<SheetRow> headerRows, List<CellRange> merges) {
        int width = headerRows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        for (CellRange m : merges) {
            if (touches(m, headerRows)) {
                width = Math.max(width, m.lastColumn() + 1);
            }
        }
        List<String> labels = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            List<String> lines = new ArrayList<>();
            for (SheetRow row : headerRows) {
                String text = expanded(row, c, headerRows, merges).strip();
                if (!text.isEmpty() && (lines.isEmpty() || !lines.get(lines.size() - 1).equals(text))) {
                    lines.add(text);
                }
            }
            labels.add(String.join("/", lines));
        }
        return labels;
    }

    private static String expanded(SheetRow row, int column, List<SheetRow> headerRows, List<CellRange> merges) {
        CellValue own = row.cell(column);
        if (!own.isBlank()) {
            return own.text();
        }
        int r = row.rowNumber() - 1;
        for (CellRange m : merges) {
            if (m.contains(r, column)) {
                for (SheetRow candidate : headerRows) {
                    if (candidate.rowNumber() - 1 == m.firstRow()) {
                        return candidate.cell(m.firstColumn()).text();
                    }
                }
            }
        }
        return "";
    }

    private static boolean touches(CellRange m, List<SheetRow> rows) {
        return rows.stream().anyMatch(r -> r.rowNumber() - 1 >= m.firstRow() && r.rowNumber() - 1 <= m.lastRow());
    }
}
