package netmarket.normalize;

import java.math.BigDecimal;
import java.util.Set;
import netmarket.extract.CellValue;

/**
 * Reads a number the way agencies write it: "1,234.5", full-width digits, "12.5%", and the
 * marks that mean "not published" ('—', '-', '/', '…'), which are blank, not zero.
 */
public final class ValueParser {

    private static final Set<String> BLANK_MARKS = Set.of("-", "--", "—", "——", "–", "/", "…", "……", "-/-", "x", "X", "*");

    private ValueParser() {}

    /** A parsed number: value (null when the cell is blank), whether it carried a % sign. */
    public record Parsed(BigDecimal value, boolean percent) {
        static final Parsed BLANK = new Parsed(null, false);

        public boolean isBlank() {
            return value == null;
        }
    }

    /** Parses a cell; throws {@link ValueException} with a readable reason when it is not a number. */
    public static Parsed parse(CellValue cell) {
        switch (cell.kind()) {
            case BLANK:
                return Parsed.BLANK;
            case ERROR:
                throw new ValueException("单元格为错误值 " + cell.text());
            case BOOLEAN:
                throw new ValueException("应为数字，却是逻辑值 " + cell.text());
            case DATE:
                throw new ValueException("应为数字，却是日期 " + cell.text());
            case NUMBER:
                return new Parsed(new BigDecimal(cell.text()), false);
            default:
                return parseText(cell.text());
        }
    }

    static Parsed parseText(String raw) {
        String s = TextCleaner.halfWidth(raw).strip();
        if (s.isEmpty() || BLANK_MARKS.contains(s)) {
            return Parsed.BLANK;
        }
        boolean percent = false;
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        s = s.replace(" ", "");
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        String digits = s.replace(",", "");
        if (digits.length() > 60 || !digits.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?")) {
            throw new ValueException("不是数字: " + abbreviate(raw));
        }
        if (!digits.equals(s) && !s.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
            throw new ValueException("千分位分隔不规范（应每三位一个逗号）: " + abbreviate(raw));
        }
        s = digits;
        return new Parsed(new BigDecimal(s), percent);
    }

    /** Shortens raw text quoted in a message. */
    public static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
