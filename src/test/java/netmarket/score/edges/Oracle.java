package netmarket.score.edges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The second implementation: the README's "How the rubrics are read", written plainly in Java for
 * one region at a time, without looking at the scoring SQL. Every comparison is exact (BigDecimal,
 * cross-multiplied); it is test code and never ships.
 */
final class Oracle {

    /** One item's expected result. */
    record ItemResult(BigDecimal points, boolean scored) {}

    /** One group's expected subtotal, maximum and whether it meets the pass rule's rate (null: no rule). */
    record GroupResult(String name, BigDecimal points, BigDecimal max, Boolean meetsRate) {}

    /** A region's expected scorecard. */
    record Card(Map<String, ItemResult> items, Map<String, GroupResult> groups, BigDecimal total, BigDecimal max, String verdict) {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final Rubric rubric;
    private final World world;
    private final World.Region region;
    private final String baseline;
    private final int y1;
    private final LocalDate asOf;

    private Oracle(Rubric rubric, World world, String regionCode, YearMonth period) {
        this.rubric = rubric;
        this.world = world;
        this.region = world.regions.get(regionCode);
        this.baseline = rubric.baselineOf(region);
        // 近2年: the two most recent complete years (a December snapshot's own year is complete)
        this.y1 = period.getMonthValue() == 12 ? period.getYear() : period.getYear() - 1;
        this.asOf = period.atEndOfMonth();
    }

    static Card score(Rubric rubric, World world, String regionCode, YearMonth period) {
        return new Oracle(rubric, world, regionCode, period).card();
    }

    private Card card() {
        Map<String, ItemResult> items = new LinkedHashMap<>();
        for (Rubric.Item it : rubric.items()) {
            items.put(it.code(), item(it));
        }
        Map<String, GroupResult> groups = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        boolean allGroupsMeet = true;
        for (Rubric.Group g : rubric.groups()) {
            BigDecimal points = BigDecimal.ZERO;
            BigDecimal gmax = BigDecimal.ZERO;
            for (Rubric.Item it : rubric.itemsOf(g.name())) {
                points = points.add(items.get(it.code()).points());
                gmax = gmax.add(it.points());
            }
            Boolean meets = null;
            if (rubric.groupRateMinPct() != null) {
                BigDecimal denominator = rubric.statedDenominator() ? g.stated() : gmax;
                meets = points.multiply(HUNDRED).compareTo(rubric.groupRateMinPct().multiply(denominator)) >= 0;
                allGroupsMeet &= meets;
            }
            groups.put(g.name(), new GroupResult(g.name(), points, gmax, meets));
            total = total.add(points);
            max = max.add(gmax);
        }
        String verdict = rubric.totalMin() == null ? null
                : total.compareTo(rubric.totalMin()) >= 0 && allGroupsMeet ? "合格" : "不合格";
        return new Card(items, groups, total, max, verdict);
    }

    private ItemResult item(Rubric.Item it) {
        return switch (it.rule()) {
            case "growth_vs_baseline" -> twoYears(it, y -> growthJudged(growth(region.code(), it.text("metric"), y), growth(baseline, it.text("metric"), y)));
            case "growth_vs_metric" -> twoYears(it, y -> growthJudged(growth(region.code(), it.text("metric"), y), growth(region.code(), it.text("other"), y)));
            case "share_vs_baseline" -> twoYears(it, y -> shareJudged(it, y));
            case "ratio_bands" -> ratioBands(it);
            case "new_large_operators" -> newLargeOperators(it);
            case "rate_above", "rate_vs_baseline" -> rates(it);
            case "value_vs_baseline" -> valueVsBaseline(it);
            case "count_zero" -> countZero(it);
            case "documents_count" -> documents(it);
            case "training" -> training(it);
            case "expert" -> expert(it);
            default -> throw new IllegalArgumentException("the README gives no reading for rule " + it.rule());
        };
    }

    // ---- 近2年: each year judged on its own, half the item's points per year ----

    /** A year's judgement: null when it cannot be judged. */
    private ItemResult twoYears(Rubric.Item it, java.util.function.IntFunction<Boolean> judge) {
        BigDecimal points = BigDecimal.ZERO;
        boolean scored = true;
        for (int y : new int[] {y1 - 1, y1}) {
            Boolean passed = judge.apply(y);
            if (passed == null) {
                scored = false;
            } else if (passed) {
                points = points.add(it.points().multiply(HALF));
            }
        }
        return new ItemResult(points, scored);
    }

    /** A metric's growth in a year as published (official rate) and as levels (this year and the one before). */
    private record Growth(BigDecimal official, Fact current, Fact previous) {
        boolean hasLevels() {
            return current != null && previous != null && previous.value().signum() > 0;
        }

        boolean exactLevels() {
            return significantDigits(current.written()) >= 4 && significantDigits(previous.written()) >= 4;
        }
    }

    private record Fact(BigDecimal value, String written) {}

    private Growth growth(String regionCode, String metric, int year) {
        BigDecimal official = annual(regionCode, metric, "official_growth_pct", year).map(Fact::value).orElse(null);
        return new Growth(official, annual(regionCode, metric, "level", year).orElse(null),
                annual(regionCode, metric, "level", year - 1).orElse(null));
    }

    /** Like for like: official against official; else both from levels written exactly enough; else not judged. */
    private static Boolean growthJudged(Growth a, Growth b) {
        if (a.official() != null && b.official() != null) {
            return a.official().compareTo(b.official()) > 0;
        }
        if (a.hasLevels() && b.hasLevels() && a.exactLevels() && b.exactLevels()) {
            // (a1 - a0) / a0 > (b1 - b0) / b0, with a0, b0 > 0
            BigDecimal left = a.current().value().subtract(a.previous().value()).multiply(b.previous().value());
            BigDecimal right = b.current().value().subtract(b.previous().value()).multiply(a.previous().value());
            return left.compareTo(right) > 0;
        }
        return null;
    }

    static int significantDigits(String written) {
        String digits = written.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        return digits.length();
    }

    private Boolean shareJudged(Rubric.Item it, int year) {
        Optional<Fact> an = annual(region.code(), it.text("numerator"), "level", year);
        Optional<Fact> ad = annual(region.code(), it.text("denominator"), "level", year);
        Optional<Fact> bn = annual(baseline, it.text("numerator"), "level", year);
        Optional<Fact> bd = annual(baseline, it.text("denominator"), "level", year);
        if (an.isEmpty() || ad.isEmpty() || bn.isEmpty() || bd.isEmpty() || ad.get().value().signum() <= 0 || bd.get().value().signum() <= 0) {
            return null;
        }
        return an.get().value().multiply(bd.get().value()).compareTo(bn.get().value().multiply(ad.get().value())) > 0;
    }

    private Optional<Fact> annual(String regionCode, String metric, String kind, int year) {
        return facts(regionCode).stream()
                .filter(f -> f.metric().equals(metric) && f.kind().equals(kind) && f.periodKind().equals("year") && f.year() == year)
                .map(f -> new Fact(f.value(), f.written())).findFirst();
    }

    private List<World.Fact> facts(String regionCode) {
        List<World.Fact> out = new ArrayList<>();
        for (World.Row r : world.of(regionCode)) {
            if (r instanceof World.Fact f) {
                out.add(f);
            }
        }
        return out;
    }

    // ---- measures at the as-of date ----

    /** The latest published value on or before the as-of date (a year's figure before a year-to-date one of the same end). */
    private BigDecimal measure(String regionCode, String id) {
        if (id.equals("active_operators") || id.equals("surviving_operators")) {
            return operators(regionCode, id.equals("surviving_operators"));
        }
        return facts(regionCode).stream()
                .filter(f -> f.metric().equals(id) && (f.kind().equals("level") || f.kind().equals("share_pct")) && !f.periodEnd().isAfter(asOf))
                .max(Comparator.comparing(World.Fact::periodEnd).thenComparing(f -> f.periodKind().equals("year") ? 1 : 0))
                .map(World.Fact::value).orElse(null);
    }

    /** Distinct operators of the latest export, active at the as-of date (and established two years before it). */
    private BigDecimal operators(String regionCode, boolean twoYearsOld) {
        List<World.Operator> all = new ArrayList<>();
        for (World.Row r : world.of(regionCode)) {
            if (r instanceof World.Operator o) {
                all.add(o);
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        LocalDate latest = all.stream().map(World.Operator::asOf).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, LocalDate> established = new HashMap<>();
        Map<String, LocalDate> deregistered = new HashMap<>();
        Set<String> everOpen = new HashSet<>();
        for (World.Operator o : all) {
            if (!o.asOf().equals(latest)) {
                continue;
            }
            established.merge(o.key(), o.established(), (a, b) -> a.isBefore(b) ? a : b);
            if (o.deregistered() == null) {
                everOpen.add(o.key());
            } else {
                deregistered.merge(o.key(), o.deregistered(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        LocalDate cutoff = twoYearsOld ? asOf.minusYears(2) : asOf;
        long count = 0;
        for (String key : established.keySet()) {
            boolean active = !established.get(key).isAfter(asOf) && (everOpen.contains(key) || deregistered.get(key).isAfter(asOf));
            if (active && !established.get(key).isAfter(cutoff)) {
                count++;
            }
        }
        return BigDecimal.valueOf(count);
    }

    private ItemResult ratioBands(Rubric.Item it) {
        BigDecimal num = measure(region.code(), it.text("numerator"));
        BigDecimal den = measure(region.code(), it.text("denominator"));
        if (num == null || den == null || den.signum() <= 0) {
            return new ItemResult(BigDecimal.ZERO, false);
        }
        BigDecimal points = BigDecimal.ZERO;
        for (JsonNode band : it.node("bands")) {
            BigDecimal min = new BigDecimal(band.get("min_pct").asString());
            // a lower bound belongs to its band ("比值区间均含本数")
            if (num.multiply(HUNDRED).compareTo(min.multiply(den)) >= 0) {
                points = points.max(new BigDecimal(band.get("points").asString()));
            }
        }
        return new ItemResult(points, true);
    }

    // ---- indicator 4: operators whose annual sales first reach a threshold in one of the two years ----

    private ItemResult newLargeOperators(Rubric.Item it) {
        Map<String, Map<Integer, BigDecimal>> sales = new HashMap<>();
        for (World.Row r : world.of(region.code())) {
            if (r instanceof World.Sale s) {
                sales.computeIfAbsent(s.operator(), k -> new HashMap<>()).put(s.year(), s.amount());
            }
        }
        if (sales.isEmpty()) {
            return new ItemResult(BigDecimal.ZERO, false);
        }
        Boolean strict = it.node("strict") == null ? null : it.node("strict").asBoolean();
        if (strict == null) {
            throw new IllegalArgumentException("rubric item " + it.code() + " does not say whether its thresholds are strict");
        }
        BigDecimal cap = it.number("cap") == null ? it.points() : it.number("cap");
        BigDecimal best = BigDecimal.ZERO;
        for (BigDecimal[] tier : tiers(it)) {
            BigDecimal min = tier[0];
            long fresh = sales.values().stream().filter(years -> {
                Integer first = years.entrySet().stream()
                        .filter(e -> strict ? e.getValue().compareTo(min) > 0 : e.getValue().compareTo(min) >= 0)
                        .map(Map.Entry::getKey).min(Comparator.naturalOrder()).orElse(null);
                return first != null && (first == y1 || first == y1 - 1);
            }).count();
            BigDecimal points = fresh == 0 ? BigDecimal.ZERO : fresh == 1 ? tier[1] : tier[2];
            best = best.max(points);
        }
        return new ItemResult(best.min(cap), true);
    }

    /** Each tier as {threshold, points for one operator, points for two or more}: by the region's zone, or a list. */
    private List<BigDecimal[]> tiers(Rubric.Item it) {
        List<BigDecimal[]> out = new ArrayList<>();
        JsonNode byZone = it.node("thresholds_by_zone");
        if (byZone != null) {
            JsonNode t = byZone.get(region.zone());
            if (t != null) {
                out.add(new BigDecimal[] {new BigDecimal(t.asString()), it.number("one"), it.number("two_or_more")});
            }
        }
        JsonNode list = it.node("tiers");
        if (list != null) {
            for (JsonNode t : list) {
                out.add(new BigDecimal[] {new BigDecimal(t.get("min").asString()), new BigDecimal(t.get("one").asString()),
                        new BigDecimal(t.get("two_or_more").asString())});
            }
        }
        return out;
    }

    // ---- rates: one or two, against a fixed bar or the baseline's published rate ----

    private ItemResult rates(Rubric.Item it) {
        boolean vsBaseline = it.rule().equals("rate_vs_baseline");
        boolean ge = "ge".equals(it.text("comparator"));
        Boolean first = rate(it, it.text("numerator"), it.text("denominator"), vsBaseline ? it.text("baseline_metric") : null, vsBaseline, ge);
        Boolean second = it.text("numerator2") == null ? Boolean.TRUE
                : rate(it, it.text("numerator2"), it.text("denominator2"), vsBaseline ? it.text("baseline_metric2") : null, vsBaseline, ge);
        if (first == null || second == null) {
            return new ItemResult(BigDecimal.ZERO, false);
        }
        return new ItemResult(first && second ? it.points() : BigDecimal.ZERO, true);
    }

    /** null: not assessable; no cases at all passes unless the rubric says otherwise. */
    private Boolean rate(Rubric.Item it, String numerator, String denominator, String baselineMetric, boolean vsBaseline, boolean ge) {
        BigDecimal n = measure(region.code(), numerator);
        BigDecimal d = measure(region.code(), denominator);
        BigDecimal bar = vsBaseline ? (baselineMetric == null ? null : measure(baseline, baselineMetric)) : it.number("threshold_pct");
        if (n == null || d == null || bar == null) {
            return null;
        }
        if (d.signum() == 0) {
            return rubric.zeroCasesPass();
        }
        int c = n.multiply(HUNDRED).compareTo(bar.multiply(d));
        return ge ? c >= 0 : c > 0;
    }

    private ItemResult valueVsBaseline(Rubric.Item it) {
        BigDecimal a = measure(region.code(), it.text("metric"));
        BigDecimal b = measure(baseline, it.text("metric"));
        if (a == null || b == null) {
            return new ItemResult(BigDecimal.ZERO, false);
        }
        return new ItemResult(a.compareTo(b) > 0 ? it.points() : BigDecimal.ZERO, true);
    }

    private ItemResult countZero(Rubric.Item it) {
        BigDecimal a = measure(region.code(), it.text("metric"));
        if (a == null) {
            return new ItemResult(BigDecimal.ZERO, false);
        }
        return new ItemResult(a.signum() == 0 ? it.points() : BigDecimal.ZERO, true);
    }

    // ---- records ----

    private ItemResult documents(Rubric.Item it) {
        Set<String> titles = new HashSet<>();
        for (World.Row r : world.of(region.code())) {
            if (r instanceof World.Document d && (d.issued() == null || !d.issued().isAfter(asOf))) {
                titles.add(d.title());
            }
        }
        BigDecimal each = it.number("per_document") == null ? BigDecimal.ONE : it.number("per_document");
        BigDecimal cap = it.number("cap") == null ? it.points() : it.number("cap");
        return new ItemResult(each.multiply(BigDecimal.valueOf(titles.size())).min(cap), true);
    }

    /** The last complete year's ledger: coverage and every person's hours. */
    private ItemResult training(Rubric.Item it) {
        Map<String, Boolean> trained = new LinkedHashMap<>();
        Map<String, BigDecimal> hours = new HashMap<>();
        for (World.Row r : world.of(region.code())) {
            if (r instanceof World.Trainee t && t.year() == y1) {
                trained.merge(t.person(), Boolean.TRUE.equals(t.trained()), Boolean::logicalOr);
                if (t.hours() != null) {
                    hours.merge(t.person(), t.hours(), BigDecimal::max);
                }
            }
        }
        if (trained.isEmpty()) {
            return new ItemResult(BigDecimal.ZERO, false);
        }
        long covered = trained.values().stream().filter(b -> b).count();
        boolean coverage = BigDecimal.valueOf(covered).multiply(HUNDRED)
                .compareTo(it.number("coverage_pct").multiply(BigDecimal.valueOf(trained.size()))) >= 0;
        boolean everyone = trained.keySet().stream()
                .allMatch(p -> trained.get(p) && hours.get(p) != null && hours.get(p).compareTo(it.number("min_hours")) >= 0);
        return new ItemResult(coverage && everyone ? it.points() : BigDecimal.ZERO, true);
    }

    /** The newest assessment sheet's expert points, capped at the item's maximum; self-assessed points never count. */
    private ItemResult expert(Rubric.Item it) {
        List<World.Expert> sheet = new ArrayList<>();
        for (World.Row r : world.of(region.code())) {
            if (r instanceof World.Expert x && x.rubric().equals(rubric.id())) {
                sheet.add(x);
            }
        }
        int newest = sheet.stream().mapToInt(World.Expert::year).max().orElse(0);
        BigDecimal sum = null;
        for (World.Expert x : sheet) {
            if (x.year() == newest && x.indicator() == it.indicator() && x.sub() == it.sub() && x.source().equals("expert")) {
                sum = (sum == null ? BigDecimal.ZERO : sum).add(x.points());
            }
        }
        return sum == null ? new ItemResult(BigDecimal.ZERO, false) : new ItemResult(sum.min(it.points()), true);
    }
}
