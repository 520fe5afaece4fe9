package netmarket.extract;

/**
 * One cell as read from a file, before any interpretation: its kind and its text. Numbers are
 * plain decimal text (Excel's 15 significant digits), dates ISO (2019-03-05), errors as Excel
 * shows them (#DIV/0!). Formula cells arrive as their cached value.
 */
public record CellValue(Kind kind, String text) {

    /** What the file said the cell holds. */
    public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public static final CellValue BLANK = new CellValue(Kind.BLANK, "");

    public static CellValue text(String text) {
        return text == null || text.isEmpty() ? BLANK : new CellValue(Kind.TEXT, text);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank());
    }
}
