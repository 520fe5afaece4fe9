package netmarket.extract;

import java.util.List;

/** Reads one sheet's rows in order, one at a time, so memory does not grow with the row count. */
public interface SheetCursor extends AutoCloseable {

    /** The sheet's name; a source of text rows (a CSV, the rows the bulk route leaves over) has none. */
    default String sheetName() {
        return "";
    }

    /** Merged cell ranges of this sheet (used only for header rows); text rows have none. */
    default List<CellRange> merges() {
        return List.of();
    }

    /** The next non-absent row, or null at the end. */
    SheetRow next();

    /** The share of the file read so far (0 to 1), or -1 when the format cannot tell. */
    default double fraction() {
        return -1;
    }

    @Override
    void close();
}
