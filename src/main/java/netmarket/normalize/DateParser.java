package netmarket.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import netmarket.extract.CellValue;

/** Dates as Excel date cells or as text: 2019-03-05, 2019/3/5, 2019.3.5, 2019年3月5日, 20190305. */
public final class DateParser {

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s.*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    static final int MIN_YEAR = 1949;
    static final int MAX_YEAR = 2100;

    private DateParser() {}

    /**
     * A date in free text, one style throughout: 2025年4月18日, or 2025-06-30, 2025/6/30, 2025.6.30.
     * A period such as "2024年1-12月" is not a date (it is not 2024-01-12).
     */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})(?![\\d月])|([-/.])(\\d{1,2})\\4(\\d{1,2})(?![\\d月]))");

    /** The text with every full date in it blanked out ("（2025年1月10日报送）" -> "（ 报送）"). */
    static String withoutDates(String text) {
        return IN_TEXT.matcher(TextCleaner.halfWidth(text)).replaceAll(" ");
    }

    /** The first valid date written anywhere in a text (a title, a file name). */
    public static java.util.Optional<LocalDate> find(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        Matcher m = IN_TEXT.matcher(TextCleaner.halfWidth(text));
        while (m.find()) {
            try {
                boolean chinese = m.group(2) != null;
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(chinese ? m.group(2) : m.group(5)),
                        Integer.parseInt(chinese ? m.group(3) : m.group(6)));
                if (d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR) {
                    return java.util.Optional.of(d);
                }
            } catch (DateTimeException e) {
                // not a date: keep looking
            }
        }
        return java.util.Optional.empty();
    }

    /** The date in a cell, or null when blank; throws {@link ValueException} otherwise. */
    public static LocalDate parse(CellValue cell) {
        if (cell.isBlank()) {
            return null;
        }
        String s = TextCleaner.halfWidth(cell.text()).strip();
        if (cell.kind() == CellValue.Kind.ERROR) {
            throw new ValueException("单元格为错误值 " + s);
        }
        if (cell.kind() == CellValue.Kind.TEXT && (s.equals("-") || s.equals("—") || s.equals("/") || s.equals("无"))) {
            return null;
        }
        LocalDate date;
        if (cell.kind() == CellValue.Kind.DATE) {
            date = LocalDate.parse(s);
        } else {
            Matcher m = YMD.matcher(s);
            Matcher c = COMPACT.matcher(s);
            try {
                if (m.matches()) {
                    date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } else if (c.matches()) {
                    date = LocalDate.of(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)));
                } else {
                    throw new ValueException("不是日期: " + ValueParser.abbreviate(s));
                }
            } catch (DateTimeException e) {
                throw new ValueException("日期不存在: " + s);
            }
        }
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new ValueException("日期超出合理范围（" + MIN_YEAR + "-" + MAX_YEAR + "年）: " + date);
        }
        return date;
    }
}
