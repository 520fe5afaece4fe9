package netmarket.normalize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistical period: one month, a year to date (1 to N月, cumulative), or a year. A
 * "1-12月" figure is the year's figure and is stored as a year.
 */
public record Period(Kind kind, int year, int month) {

    /** How the period's figure was accumulated; its code is what the store's period_kind columns hold. */
    public enum Kind {
        MONTH, YTD, YEAR;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Pattern YTD = Pattern.compile("(\\d{4})\\s*年?\\s*(?:1|一)\\s*月?\\s*[-—~至－]\\s*(\\d{1,2})\\s*月");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[年-]\\s*(\\d{1,2})\\s*月?(?!\\d)");

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 12);
    }

    public static Period ytd(int year, int month) {
        return month == 12 ? year(year) : new Period(Kind.YTD, year, month);
    }

    /** What a run for {@code month} scores: the year to date, which in December is the year. */
    public static Period scoredIn(java.time.YearMonth month) {
        return ytd(month.getYear(), month.getMonthValue());
    }

    /** The period a store row describes by its period_kind, period_year and period_month. */
    public static Period of(String kindCode, int year, int month) {
        for (Kind k : Kind.values()) {
            if (k.code().equals(kindCode)) {
                return new Period(k, year, month);
            }
        }
        throw new IllegalArgumentException("unknown period kind: " + kindCode);
    }

    public String label() {
        return switch (kind) {
            case YEAR -> year + "年";
            case YTD -> year + "年1-" + month + "月";
            case MONTH -> year + "年" + month + "月";
        };
    }

    public String kindCode() {
        return kind.code();
    }

    /**
     * Finds a period in free text (a title, a file name, a cell): "2024年1-12月", "2025年1-6月",
     * "2024年3月", "2024-03", "2024年", "2024年度". The most specific form found wins.
     */
    public static Optional<Period> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // a full date ("2025年1月10日报送", "导出日期：2025-06-30") names a day, not the period, unless it is all there is
        Optional<Period> besideDates = findIn(DateParser.withoutDates(text));
        return besideDates.isPresent() ? besideDates : findIn(text);
    }

    private static Optional<Period> findIn(String text) {
        String s = netmarket.normalize.TextCleaner.halfWidth(text);
        Matcher m = YTD.matcher(s);
        if (m.find()) {
            return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Kind.YTD);
        }
        m = MONTH.matcher(s);
        if (m.find()) {
            return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Kind.MONTH);
        }
        m = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)").matcher(s);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            return year >= 1990 && year <= 2100 ? Optional.of(year(year)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A period from a cell that holds only the period, with a span such as "1-7月" and a separate year. */
    public static Optional<Period> parse(String text, Integer defaultYear) {
        Optional<Period> found = find(text);
        if (found.isPresent() || defaultYear == null || text == null) {
            return found;
        }
        String s = netmarket.normalize.TextCleaner.key(text);
        if (s.equals("year") || s.equals("全年") || s.equals("年度")) {
            return Optional.of(year(defaultYear));
        }
        return find(defaultYear + "年" + s);
    }

    private static Optional<Period> valid(int year, int month, Kind kind) {
        if (year < 1990 || year > 2100 || month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(kind == Kind.YTD ? ytd(year, month) : new Period(kind, year, month));
    }
}
