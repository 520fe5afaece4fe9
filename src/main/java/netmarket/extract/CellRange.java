package netmarket.extract;

/** A merged block of cells (0-based, inclusive), used to expand merged multi-row headers. */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    /** Parses an A1-style range such as "B3:D4". */
    public static CellRange parse(String ref) {
        String[] parts = ref.split(":");
        int[] a = CellRef.parse(parts[0]);
        int[] b = parts.length > 1 ? CellRef.parse(parts[1]) : a;
        return new CellRange(a[0], b[0], a[1], b[1]);
    }

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
}
