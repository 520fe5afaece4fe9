package netmarket.score.edges;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The comparison region's figures (全国 or the province) in each variant a case can ask for: the
 * ordinary one (official rates of 10% and levels growing 10% a year, a 30% share, published rates of
 * 90%), levels only, levels too rounded to derive a rate, official rates only, none at all, and
 * national-sized levels (tens of 万亿元).
 */
final class Baselines {

    static final String CANONICAL = "canonical";
    static final String LEVELS_ONLY = "levels_only";
    static final String ROUNDED_LEVELS_ONLY = "rounded_levels_only";
    static final String OFFICIAL_ONLY = "official_only";
    static final String NATIONAL_SIZED = "national_sized";
    static final String MISSING = "missing";

    static final BigDecimal RATE = BigDecimal.valueOf(90);
    static final BigDecimal GROWTH = BigDecimal.TEN;

    private final Set<String> growth = new HashSet<>();
    private final Set<String> shareNumerators = new HashSet<>();
    private final Set<String> levels = new HashSet<>();
    private final Set<String> measures = new HashSet<>();

    /** Which baseline figures the rubrics compare with, by the role each metric plays. */
    Baselines(List<Rubric> rubrics) {
        for (Rubric r : rubrics) {
            for (Rubric.Item it : r.items()) {
                switch (it.rule()) {
                    case "growth_vs_baseline" -> {
                        growth.add(it.text("metric"));
                        levels.add(it.text("metric"));
                    }
                    case "share_vs_baseline" -> {
                        shareNumerators.add(it.text("numerator"));
                        levels.add(it.text("numerator"));
                        levels.add(it.text("denominator"));
                    }
                    case "rate_vs_baseline" -> {
                        measures.add(it.text("baseline_metric"));
                        if (it.text("baseline_metric2") != null) {
                            measures.add(it.text("baseline_metric2"));
                        }
                    }
                    case "value_vs_baseline" -> measures.add(it.text("metric"));
                    default -> { }
                }
            }
        }
    }

    Set<String> metrics() {
        Set<String> all = new HashSet<>(levels);
        all.addAll(growth);
        all.addAll(measures);
        return all;
    }

    /** The ordinary level of a metric three years before the last complete one; shares come out at 30%. */
    BigDecimal base(String metric) {
        return BigDecimal.valueOf(shareNumerators.contains(metric) ? 3_000_000 : 10_000_000);
    }

    /** The baseline's rows for one metric in one variant. */
    List<World.Row> rows(String metric, String variant, YearMonth period) {
        Rows r = new Rows(period);
        int y1 = r.y1();
        boolean withLevels = levels.contains(metric) && !variant.equals(OFFICIAL_ONLY) && !variant.equals(MISSING);
        boolean withOfficial = growth.contains(metric) && (variant.equals(CANONICAL) || variant.equals(OFFICIAL_ONLY) || variant.equals(NATIONAL_SIZED));
        if (withLevels) {
            BigDecimal level = variant.equals(NATIONAL_SIZED) ? base(metric).multiply(BigDecimal.valueOf(4_880_000)) : base(metric);
            for (int y = y1 - 2; y <= y1; y++) {
                String written = variant.equals(ROUNDED_LEVELS_ONLY)
                        ? level.movePointLeft(6).stripTrailingZeros().toPlainString() : level.toPlainString();
                r.level(metric, y, level, written);
                level = level.multiply(new BigDecimal("1.1"));
            }
        }
        if (withOfficial) {
            r.official(metric, y1 - 1, GROWTH).official(metric, y1, GROWTH);
        }
        if (measures.contains(metric) && !variant.equals(MISSING)) {
            r.measure(metric, RATE);
        }
        return r.build();
    }
}
