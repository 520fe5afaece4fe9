package netmarket.extract;

import java.util.List;

/** Reads one sheet's rows in order, one at a time, so memory does not grow with the row count. */
public interface SheetCursor extends AutoCloseable {

    String sheetName();

    /** Merged cell ranges of this sheet (used only for header rows). */
    List<CellRange> merges();

    /** The next non-absent row, or null at the end. */
    SheetRow next();

    /** The share of the file read so far (0 to 1), or -1 when the format cannot tell. */
    default double fraction() {
        return -1;
    }

    @Override
    void close();
}
