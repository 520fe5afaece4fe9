package netmarket.score.edges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of one case for one region, written as a person would state them ("active operators
 * 15, of them 8 two years old", "market entities 100"), turned into the rows a load would store.
 * A figure set twice keeps the last value, so rules sharing a metric never get two rows for it.
 */
final class Rows {

    static final BigDecimal STEP = new BigDecimal("0.000001");

    private final YearMonth period;
    private final Map<String, World.Fact> facts = new LinkedHashMap<>();
    private Long active;
    private Long surviving;
    private final List<World.Row> records = new ArrayList<>();

    Rows(YearMonth period) {
        this.period = period;
    }

    LocalDate asOf() {
        return period.atEndOfMonth();
    }

    /** The last complete year at the as-of date (近2年 are it and the year before). */
    int y1() {
        return period.getMonthValue() == 12 ? period.getYear() : period.getYear() - 1;
    }

    Rows fact(String metric, String kind, String periodKind, int year, int month, BigDecimal value, String written) {
        facts.put(metric + "|" + kind + "|" + periodKind + "|" + year + "|" + month,
                new World.Fact(metric, kind, periodKind, year, month, value, written));
        return this;
    }

    Rows level(String metric, int year, BigDecimal value) {
        return fact(metric, "level", "year", year, 12, value, value.toPlainString());
    }

    Rows level(String metric, int year, BigDecimal value, String written) {
        return fact(metric, "level", "year", year, 12, value, written);
    }

    Rows official(String metric, int year, BigDecimal pct) {
        return fact(metric, "official_growth_pct", "year", year, 12, pct, pct.toPlainString());
    }

    /** A figure a rule reads "as of" the period: the register's counts, or a year-to-date figure ending on the as-of date. */
    Rows measure(String metric, BigDecimal value) {
        switch (metric) {
            case "active_operators" -> active = value.longValueExact();
            case "surviving_operators" -> surviving = value.longValueExact();
            default -> fact(metric, "level", "ytd", period.getYear(), period.getMonthValue(), value, value.toPlainString());
        }
        return this;
    }

    Rows apply(java.util.function.Consumer<Rows> change) {
        change.accept(this);
        return this;
    }

    Rows record(World.Row row) {
        records.add(row);
        return this;
    }

    List<World.Row> build() {
        List<World.Row> out = new ArrayList<>(facts.values());
        if (active != null || surviving != null) {
            out.addAll(register(active == null ? surviving : active, surviving == null ? 0 : surviving));
        }
        out.addAll(records);
        return out;
    }

    /**
     * A register export with {@code active} operators active at the as-of date, {@code surviving} of them
     * established exactly two years before it (the last day that counts) and the rest one day later; plus
     * what must not count: one deregistered on the as-of date, one established the day after, a closed second
     * listing of an operator on another platform, and an older export listing others.
     */
    private List<World.Row> register(long activeCount, long survivingCount) {
        if (survivingCount > activeCount) {
            throw new IllegalArgumentException("surviving operators cannot exceed active ones");
        }
        LocalDate asOf = asOf();
        LocalDate exported = asOf.plusDays(5);
        LocalDate twoYears = asOf.minusYears(2);
        List<World.Row> out = new ArrayList<>();
        for (long i = 0; i < activeCount; i++) {
            out.add(new World.Operator("OP" + i, i < survivingCount ? twoYears : twoYears.plusDays(1), null, exported));
        }
        if (activeCount > 0) {
            // the same operator on a second platform, closed there: it stays active, and counts once
            out.add(new World.Operator("OP0", survivingCount > 0 ? twoYears : twoYears.plusDays(1), asOf.minusDays(1), exported));
        }
        out.add(new World.Operator("GONE", asOf.minusYears(5), asOf, exported));
        out.add(new World.Operator("LATE", asOf.plusDays(1), null, exported));
        for (int i = 0; i < 3; i++) {
            out.add(new World.Operator("OLD" + i, asOf.minusYears(6), null, asOf.minusMonths(3)));
        }
        return out;
    }
}
