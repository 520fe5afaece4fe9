package netmarket.extract;

import java.util.List;

/** One physical row of a sheet, numbered as the agency sees it (1-based, as in Excel). */
public record SheetRow(int rowNumber, List<CellValue> cells) {

    public CellValue cell(int column) {
        return column < cells.size() ? cells.get(column) : CellValue.BLANK;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(CellValue::isBlank);
    }

    /** The first non-blank cell's text, trimmed, or "" if the row is blank. */
    public String firstText() {
        return cells.stream().filter(c -> !c.isBlank()).map(c -> c.text().strip()).findFirst().orElse("");
    }
}
