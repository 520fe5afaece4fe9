package netmarket.score.edges;

import static netmarket.score.edges.Baselines.CANONICAL;
import static netmarket.score.edges.Baselines.LEVELS_ONLY;
import static netmarket.score.edges.Baselines.MISSING;
import static netmarket.score.edges.Baselines.NATIONAL_SIZED;
import static netmarket.score.edges.Baselines.OFFICIAL_ONLY;
import static netmarket.score.edges.Baselines.ROUNDED_LEVELS_ONLY;
import static netmarket.score.edges.Rows.STEP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Boundary cases derived from each item's own rule and parameters: at, just below and just above
 * every threshold and band bound (by the smallest step a stored decimal allows, 0.000001, or one
 * operator), each zone where a rule depends on it, zero and missing inputs, both rates of a
 * two-rate item, tiers with 0 to 3 operators, the expert cap. No case names an indicator: a new
 * rubric file gets its cases from its rules.
 */
final class EdgeCases {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> ZONES = List.of("east", "central", "west");

    private final Rubric rubric;
    private final YearMonth period;
    private final String province;
    private final List<Case> out = new ArrayList<>();

    private EdgeCases(Rubric rubric, YearMonth period, String province) {
        this.rubric = rubric;
        this.period = period;
        this.province = province;
    }

    /** Every item's cases for one rubric and period, regions placed in {@code province} (two digits). */
    static List<Case> of(Rubric rubric, YearMonth period, String province) {
        EdgeCases g = new EdgeCases(rubric, period, province);
        for (Rubric.Item it : rubric.items()) {
            switch (it.rule()) {
                case "growth_vs_baseline", "growth_vs_metric" -> g.growth(it);
                case "share_vs_baseline" -> g.share(it);
                case "ratio_bands" -> g.ratioBands(it);
                case "new_large_operators" -> g.newLargeOperators(it);
                case "rate_above", "rate_vs_baseline" -> g.rates(it);
                case "value_vs_baseline" -> g.valueVsBaseline(it);
                case "count_zero" -> g.countZero(it);
                case "documents_count" -> g.documents(it);
                case "training" -> g.training(it);
                case "expert" -> g.expert(it);
                default -> throw new IllegalArgumentException("no cases for rule " + it.rule() + " (item " + it.code() + ")");
            }
        }
        return g.out;
    }

    private Rows rows() {
        return new Rows(period);
    }

    private void add(Rubric.Item it, String label, Rows rows, Map<String, String> baselines) {
        add(it, label, rows, baselines, "east");
    }

    private void add(Rubric.Item it, String label, Rows rows, Map<String, String> baselines, String zone) {
        out.add(new Case(rubric.id(), it.code(), label, period, zone, province, rows.build(), baselines));
    }

    // ---- growth: region against the baseline's growth, or against another metric of its own ----

    private void growth(Rubric.Item it) {
        String metric = it.text("metric");
        boolean vsBaseline = it.rule().equals("growth_vs_baseline");
        String other = vsBaseline ? metric : it.text("other");
        Map<String, Consumer<Rows>> patterns = growthPatterns(metric);
        for (String variant : List.of(CANONICAL, LEVELS_ONLY, ROUNDED_LEVELS_ONLY, OFFICIAL_ONLY, NATIONAL_SIZED, MISSING)) {
            for (Map.Entry<String, Consumer<Rows>> p : patterns.entrySet()) {
                Rows r = rows();
                p.getValue().accept(r);
                if (vsBaseline) {
                    add(it, "比较基准" + variant + "，本地区" + p.getKey(), r, Map.of(metric, variant));
                } else {
                    ownComparator(r, other, variant);
                    add(it, other + "：" + variant + "，本地区" + p.getKey(), r, Map.of());
                }
            }
        }
    }

    /** The region's side of a growth comparison; the comparison side grows 10% a year. */
    private Map<String, Consumer<Rows>> growthPatterns(String m) {
        Map<String, Consumer<Rows>> p = new LinkedHashMap<>();
        int y1 = rows().y1();
        BigDecimal ten = Baselines.GROWTH;
        p.put("公布增速两年均低一步", r -> r.official(m, y1 - 1, ten.subtract(STEP)).official(m, y1, ten.subtract(STEP)));
        p.put("公布增速两年均相等", r -> r.official(m, y1 - 1, ten).official(m, y1, ten));
        p.put("公布增速两年均高一步", r -> r.official(m, y1 - 1, ten.add(STEP)).official(m, y1, ten.add(STEP)));
        p.put("公布增速仅近一年高", r -> r.official(m, y1 - 1, ten.subtract(STEP)).official(m, y1, ten.add(STEP)));
        p.put("公布增速仅前一年高", r -> r.official(m, y1 - 1, ten.add(STEP)).official(m, y1, ten.subtract(STEP)));
        p.put("仅近一年有公布增速", r -> r.official(m, y1, new BigDecimal("12")));
        p.put("总量两年均相等", r -> levels(r, m, BigDecimal.ZERO, BigDecimal.ZERO, true));
        p.put("总量两年均高一步", r -> levels(r, m, STEP.negate(), STEP, true));
        p.put("总量两年均低一步", r -> levels(r, m, STEP, STEP.negate(), true));
        p.put("总量仅前一年高", r -> levels(r, m, STEP.negate(), STEP.negate(), true));
        p.put("总量仅近一年高", r -> levels(r, m, STEP, STEP, true));
        p.put("总量精度不足", r -> levels(r, m, STEP.negate(), STEP, false));
        p.put("公布增速与下降的总量并存", r -> {
            levels(r, m, BigDecimal.ZERO, BigDecimal.ZERO, true);
            r.level(m, y1, new BigDecimal("1000000")).official(m, y1 - 1, new BigDecimal("12")).official(m, y1, new BigDecimal("12"));
        });
        p.put("近一年公布、前一年仅总量", r -> levels(r, m, STEP.negate(), BigDecimal.ZERO, true).official(m, y1, new BigDecimal("12")));
        p.put("前年总量为0", r -> levels(r, m, BigDecimal.ZERO, STEP, true).level(m, y1 - 2, BigDecimal.ZERO, "0"));
        p.put("总量下降", r -> levels(r, m, BigDecimal.ZERO, BigDecimal.ZERO, true).level(m, y1, new BigDecimal("1000000")));
        p.put("总量达万亿级", r -> {
            BigDecimal big = new BigDecimal("5000000000000");
            r.level(m, y1 - 2, big).level(m, y1 - 1, big.multiply(new BigDecimal("1.1"))).level(m, y1, big.multiply(new BigDecimal("1.21")).add(STEP));
        });
        p.put("无数据", r -> { });
        return p;
    }

    /** Levels growing exactly 10% a year from 1,000,000, moved by {@code d0} (two years back) and {@code d1} (last year). */
    private static Rows levels(Rows r, String m, BigDecimal d0, BigDecimal d1, boolean exact) {
        int y1 = r.y1();
        BigDecimal l0 = new BigDecimal("1000000").add(d0);
        BigDecimal l1 = new BigDecimal("1100000");
        BigDecimal l2 = new BigDecimal("1210000").add(d1);
        r.level(m, y1 - 2, l0).level(m, y1 - 1, l1, exact ? l1.toPlainString() : "110").level(m, y1, l2);
        return r;
    }

    /** The region's own comparison metric (growth_vs_metric), in the same variants a baseline has. */
    private static void ownComparator(Rows r, String metric, String variant) {
        int y1 = r.y1();
        BigDecimal level = new BigDecimal(variant.equals(NATIONAL_SIZED) ? "48800000000000" : "10000000");
        if (!variant.equals(OFFICIAL_ONLY) && !variant.equals(MISSING)) {
            for (int y = y1 - 2; y <= y1; y++) {
                r.level(metric, y, level, variant.equals(ROUNDED_LEVELS_ONLY) ? level.movePointLeft(6).stripTrailingZeros().toPlainString()
                        : level.toPlainString());
                level = level.multiply(new BigDecimal("1.1"));
            }
        }
        if (variant.equals(CANONICAL) || variant.equals(OFFICIAL_ONLY) || variant.equals(NATIONAL_SIZED)) {
            r.official(metric, y1 - 1, Baselines.GROWTH).official(metric, y1, Baselines.GROWTH);
        }
    }

    // ---- a share against the baseline's share (30% every year), year by year ----

    private void share(Rubric.Item it) {
        String n = it.text("numerator");
        String d = it.text("denominator");
        int y1 = rows().y1();
        Map<String, BigDecimal[]> deltas = new LinkedHashMap<>();
        deltas.put("两年均相等", new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        deltas.put("两年均高一步", new BigDecimal[] {STEP, STEP});
        deltas.put("两年均低一步", new BigDecimal[] {STEP.negate(), STEP.negate()});
        deltas.put("仅前一年高", new BigDecimal[] {STEP, STEP.negate()});
        deltas.put("仅近一年高", new BigDecimal[] {STEP.negate(), STEP});
        List<Map<String, String>> variants = List.of(Map.of(n, CANONICAL, d, CANONICAL), Map.of(n, CANONICAL, d, MISSING),
                Map.of(n, OFFICIAL_ONLY, d, CANONICAL), Map.of(n, NATIONAL_SIZED, d, NATIONAL_SIZED));
        for (Map<String, String> variant : variants) {
            String v = "比较基准" + variant.get(n) + "/" + variant.get(d) + "，";
            for (Map.Entry<String, BigDecimal[]> e : deltas.entrySet()) {
                BigDecimal[] dd = e.getValue();
                add(it, v + "占比" + e.getKey(), rows().level(d, y1 - 1, new BigDecimal("1000000")).level(d, y1, new BigDecimal("1100000"))
                        .level(n, y1 - 1, new BigDecimal("300000").add(dd[0])).level(n, y1, new BigDecimal("330000").add(dd[1])), variant);
            }
            BigDecimal big = new BigDecimal("4880000000000");
            add(it, v + "万亿级总量、占比高一步", rows().level(d, y1 - 1, big).level(d, y1, big)
                    .level(n, y1 - 1, new BigDecimal("1464000000000").add(STEP)).level(n, y1, new BigDecimal("1464000000000").add(STEP)), variant);
            add(it, v + "近一年分母为0", rows().level(d, y1 - 1, new BigDecimal("1000000")).level(d, y1, BigDecimal.ZERO)
                    .level(n, y1 - 1, new BigDecimal("400000")).level(n, y1, BigDecimal.ZERO), variant);
            add(it, v + "前一年缺分子", rows().level(d, y1 - 1, new BigDecimal("1000000")).level(d, y1, new BigDecimal("1100000"))
                    .level(n, y1, new BigDecimal("400000")), variant);
            add(it, v + "缺分母", rows().level(n, y1 - 1, new BigDecimal("400000")).level(n, y1, new BigDecimal("400000")), variant);
            add(it, v + "无数据", rows(), variant);
        }
    }

    // ---- a ratio in bands, lower bounds inclusive ----

    private void ratioBands(Rubric.Item it) {
        String n = it.text("numerator");
        String d = it.text("denominator");
        boolean nCount = isCount(n);
        boolean dCount = isCount(d);
        for (JsonNode band : it.node("bands")) {
            BigDecimal min = new BigDecimal(band.get("min_pct").asString());
            int k = Math.max(0, min.stripTrailingZeros().scale());
            BigDecimal numAt = min.movePointRight(k);            // numAt / denAt = min %
            BigDecimal denAt = HUNDRED.movePointRight(k);
            String at = min.toPlainString() + "%";
            if (nCount && dCount) {
                ratio(it, "恰为" + at, n, numAt, d, denAt);
                ratio(it, "低于" + at + "一家", n, numAt.subtract(BigDecimal.ONE), d, denAt);
                ratio(it, "高于" + at + "一家", n, numAt.add(BigDecimal.ONE), d, denAt);
            } else if (nCount) {
                ratio(it, "恰为" + at, n, numAt, d, denAt);
                ratio(it, "略低于" + at + "（分母多一步）", n, numAt, d, denAt.add(STEP));
                ratio(it, "略高于" + at + "（分母少一步）", n, numAt, d, denAt.subtract(STEP));
            } else {
                BigDecimal den = dCount ? denAt : new BigDecimal("100000");
                BigDecimal num = min.multiply(den).divide(HUNDRED);
                ratio(it, "恰为" + at, n, num, d, den);
                ratio(it, "低一步于" + at, n, num.subtract(STEP), d, den);
                ratio(it, "高一步于" + at, n, num.add(STEP), d, den);
                if (!dCount) {
                    BigDecimal big = new BigDecimal("48800000000000");
                    ratio(it, "万亿级、恰为" + at, n, min.multiply(big).divide(HUNDRED), d, big);
                }
            }
        }
        ratio(it, "分子为0", n, BigDecimal.ZERO, d, BigDecimal.valueOf(100));
        ratio(it, "分母为0", n, BigDecimal.ZERO, d, BigDecimal.ZERO);
        ratio(it, "缺分子", null, null, d, BigDecimal.valueOf(100));
        ratio(it, "缺分母", n, BigDecimal.valueOf(10), null, null);
        ratio(it, "无数据", null, null, null, null);
        if (!isCount(n) && !isCount(d)) {
            // an older figure and one after the as-of date must not be read: the latest on or before it is
            Rows r = rows().measure(n, BigDecimal.valueOf(99)).measure(d, BigDecimal.valueOf(100));
            r.fact(n, "level", "year", r.y1() - 1, 12, BigDecimal.ZERO, "0");
            r.fact(n, "level", "ytd", period.plusMonths(1).getYear(), period.plusMonths(1).getMonthValue(), BigDecimal.ZERO, "0");
            add(it, "取截至评估期末的最新数", r, Map.of());
        }
    }

    private static boolean isCount(String measure) {
        return measure.equals("active_operators") || measure.equals("surviving_operators");
    }

    private void ratio(Rubric.Item it, String label, String n, BigDecimal num, String d, BigDecimal den) {
        Rows r = rows();
        if (n != null) {
            r.measure(n, num);
        }
        if (d != null) {
            r.measure(d, den);
        }
        if (n != null && d != null && isCount(n) && isCount(d) && num.compareTo(den) > 0) {
            return;
        }
        add(it, label, r, Map.of());
    }

    // ---- operators whose annual sales first reach a threshold in one of the two years ----

    private void newLargeOperators(Rubric.Item it) {
        int y1 = rows().y1();
        JsonNode byZone = it.node("thresholds_by_zone");
        boolean strict = it.node("strict").asBoolean();
        List<BigDecimal> all = new ArrayList<>();
        if (byZone != null) {
            for (String z : ZONES) {
                if (byZone.get(z) != null) {
                    all.add(new BigDecimal(byZone.get(z).asString()));
                }
            }
        }
        if (it.node("tiers") != null) {
            for (JsonNode t : it.node("tiers")) {
                all.add(new BigDecimal(t.get("min").asString()));
            }
        }
        List<String> zones = byZone != null ? ZONES : List.of("east");
        for (String zone : zones) {
            List<BigDecimal> thresholds = byZone != null && byZone.get(zone) != null ? List.of(new BigDecimal(byZone.get(zone).asString())) : all;
            for (BigDecimal t : thresholds) {
                String s = zone + "，门槛" + t.toPlainString() + (strict ? "（不含）" : "（含）") + "：";
                for (int count = 0; count <= 3; count++) {
                    sales(it, s + count + "家恰为门槛", zone, count, t, y1);
                    sales(it, s + count + "家高一步", zone, count, t.add(STEP), y1);
                }
                sales(it, s + "1家低一步", zone, 1, t.subtract(STEP), y1);
                sales(it, s + "2家低一步", zone, 2, t.subtract(STEP), y1);
                sales(it, s + "前一年新达到", zone, 1, t.add(STEP), y1 - 1);
                sales(it, s + "评估期当年才达到", zone, 1, t.add(STEP), y1 + 1);
                Rows before = rows().record(new World.Sale("E1", y1 - 2, t.add(STEP))).record(new World.Sale("E1", y1, t.add(STEP)));
                add(it, s + "两年前已达到（不算新增）", before, Map.of(), zone);
                Rows grew = rows().record(new World.Sale("E1", y1 - 1, t.subtract(STEP))).record(new World.Sale("E1", y1, t.add(STEP)));
                add(it, s + "由低于到高于", grew, Map.of(), zone);
            }
            // every other threshold of the item, met by one and by two operators, in this zone
            for (BigDecimal t : all) {
                sales(it, zone + "，其他门槛" + t.toPlainString() + "恰为", zone, 1, t, y1);
                sales(it, zone + "，其他门槛" + t.toPlainString() + "两家高一步", zone, 2, t.add(STEP), y1);
            }
            add(it, zone + "，无销售额数据", rows(), Map.of(), zone);
        }
        // mixed tiers: one operator over each pair of thresholds
        for (BigDecimal a : all) {
            for (BigDecimal b : all) {
                if (a.compareTo(b) > 0) {
                    Rows r = rows().record(new World.Sale("A", y1, a.add(STEP))).record(new World.Sale("B", y1, b.add(STEP)));
                    add(it, "一家高于" + a.toPlainString() + "、一家高于" + b.toPlainString(), r, Map.of());
                    Rows r3 = rows().record(new World.Sale("A", y1, a.add(STEP))).record(new World.Sale("B", y1 - 1, b.add(STEP)))
                            .record(new World.Sale("C", y1, b.add(STEP)));
                    add(it, "一家高于" + a.toPlainString() + "、两家高于" + b.toPlainString(), r3, Map.of());
                }
            }
        }
    }

    private void sales(Rubric.Item it, String label, String zone, int count, BigDecimal amount, int year) {
        Rows r = rows();
        for (int i = 0; i < count; i++) {
            r.record(new World.Sale("S" + i, year, amount));
        }
        if (count == 0) {
            r.record(new World.Sale("SMALL", year, BigDecimal.ONE));
        }
        add(it, label, r, Map.of(), zone);
    }

    // ---- one or two rates against a fixed bar or the baseline's published rate ----

    private void rates(Rubric.Item it) {
        boolean vsBaseline = it.rule().equals("rate_vs_baseline");
        String n1 = it.text("numerator");
        String d1 = it.text("denominator");
        String n2 = it.text("numerator2");
        String d2 = it.text("denominator2");
        BigDecimal bar1 = vsBaseline ? Baselines.RATE : it.number("threshold_pct");
        BigDecimal bar2 = n2 == null ? null : vsBaseline ? Baselines.RATE : it.number("threshold_pct");
        Map<String, String> base = new LinkedHashMap<>();
        if (vsBaseline) {
            base.put(it.text("baseline_metric"), CANONICAL);
            if (it.text("baseline_metric2") != null) {
                base.put(it.text("baseline_metric2"), CANONICAL);
            }
        }
        BigDecimal hundred = HUNDRED;
        BigDecimal[] steps = {STEP.negate(), BigDecimal.ZERO, STEP};
        String[] names = {"低一步", "恰为", "高一步"};
        for (int i = 0; i < 3; i++) {
            Rows r = rows().measure(d1, hundred).measure(n1, bar1.add(steps[i]));
            if (n2 != null) {
                r.measure(d2, hundred).measure(n2, bar2.add(BigDecimal.ONE));
            }
            add(it, "第一个比率" + names[i] + "门槛" + (n2 == null ? "" : "，第二个达标"), r, base);
            if (n2 != null) {
                Rows r2 = rows().measure(d1, hundred).measure(n1, bar1.add(BigDecimal.ONE)).measure(d2, hundred).measure(n2, bar2.add(steps[i]));
                add(it, "第一个达标，第二个比率" + names[i] + "门槛", r2, base);
                Rows both = rows().measure(d1, hundred).measure(n1, bar1.add(steps[i])).measure(d2, hundred).measure(n2, bar2.add(steps[i]));
                add(it, "两个比率均" + names[i] + "门槛", both, base);
            }
            BigDecimal bigD = new BigDecimal("10000000000");
            Rows big = rows().measure(d1, bigD).measure(n1, bar1.multiply(bigD).divide(hundred).add(steps[i]));
            if (n2 != null) {
                big.measure(d2, bigD).measure(n2, bigD.add(bigD));
            }
            add(it, "大分母，第一个比率" + names[i] + "门槛", big, base);
        }
        add(it, "分母为0（无案件）", rows().measure(d1, BigDecimal.ZERO).measure(n1, BigDecimal.ZERO)
                .apply(r -> { if (n2 != null) { r.measure(d2, hundred).measure(n2, hundred.add(hundred)); } }), base);
        if (n2 != null) {
            add(it, "第二个分母为0", rows().measure(d1, hundred).measure(n1, hundred.add(hundred)).measure(d2, BigDecimal.ZERO)
                    .measure(n2, BigDecimal.ZERO), base);
            add(it, "两个分母均为0", rows().measure(d1, BigDecimal.ZERO).measure(n1, BigDecimal.ZERO).measure(d2, BigDecimal.ZERO)
                    .measure(n2, BigDecimal.ZERO), base);
            add(it, "缺第二个分子", rows().measure(d1, hundred).measure(n1, hundred).measure(d2, hundred), base);
            add(it, "缺第二个分母", rows().measure(d1, hundred).measure(n1, hundred).measure(n2, hundred), base);
        }
        add(it, "缺分子", rows().measure(d1, hundred), base);
        add(it, "缺分母", rows().measure(n1, hundred), base);
        add(it, "无数据", rows(), base);
        if (vsBaseline) {
            Map<String, String> none = new LinkedHashMap<>();
            base.keySet().forEach(k -> none.put(k, MISSING));
            Rows r = rows().measure(d1, hundred).measure(n1, hundred);
            if (n2 != null) {
                r.measure(d2, hundred).measure(n2, hundred);
            }
            add(it, "比较基准缺公布比率", r, none);
        }
    }

    // ---- a published value above the baseline's; a count that must be zero ----

    private void valueVsBaseline(Rubric.Item it) {
        String m = it.text("metric");
        BigDecimal b = Baselines.RATE;
        add(it, "低一步", rows().measure(m, b.subtract(STEP)), Map.of(m, CANONICAL));
        add(it, "相等", rows().measure(m, b), Map.of(m, CANONICAL));
        add(it, "高一步", rows().measure(m, b.add(STEP)), Map.of(m, CANONICAL));
        add(it, "本地区缺", rows(), Map.of(m, CANONICAL));
        add(it, "比较基准缺", rows().measure(m, b.add(BigDecimal.ONE)), Map.of(m, MISSING));
    }

    private void countZero(Rubric.Item it) {
        String m = it.text("metric");
        add(it, "为0", rows().measure(m, BigDecimal.ZERO), Map.of());
        add(it, "为最小正数", rows().measure(m, STEP), Map.of());
        add(it, "为1", rows().measure(m, BigDecimal.ONE), Map.of());
        add(it, "缺", rows(), Map.of());
        Rows older = rows().measure(m, BigDecimal.ZERO);
        older.fact(m, "level", "year", older.y1() - 1, 12, BigDecimal.ONE, "1");
        add(it, "早先为1、现为0", older, Map.of());
        Rows later = rows().measure(m, BigDecimal.ZERO);
        YearMonth next = period.plusMonths(1);
        later.fact(m, "level", "ytd", next.getYear(), next.getMonthValue(), BigDecimal.ONE, "1");
        add(it, "评估期后才为1", later, Map.of());
        Rows yearFirst = rows();
        if (period.getMonthValue() == 12) {
            yearFirst.fact(m, "level", "ytd", period.getYear(), 12, BigDecimal.ONE, "1").fact(m, "level", "year", period.getYear(), 12, BigDecimal.ZERO, "0");
            add(it, "同一期末的年度数优先于累计数", yearFirst, Map.of());
        }
    }

    // ---- records: documents, training ledgers, expert sheets ----

    private void documents(Rubric.Item it) {
        BigDecimal each = it.number("per_document") == null ? BigDecimal.ONE : it.number("per_document");
        BigDecimal cap = it.number("cap") == null ? it.points() : it.number("cap");
        int enough = cap.divide(each, 0, java.math.RoundingMode.CEILING).intValue();
        LocalDate asOf = period.atEndOfMonth();
        for (int count = 0; count <= enough + 1; count++) {
            Rows r = rows();
            for (int i = 0; i < count; i++) {
                r.record(new World.Document("文件" + i, asOf.minusMonths(i)));
            }
            add(it, count + "项（第一项恰在评估期末印发）", r, Map.of());
        }
        add(it, "同一文件列两次", rows().record(new World.Document("文件", asOf.minusYears(1))).record(new World.Document("文件", asOf.minusYears(1))),
                Map.of());
        add(it, "一项在评估期后印发", rows().record(new World.Document("文件甲", asOf.minusYears(1))).record(new World.Document("文件乙", asOf.plusDays(1))),
                Map.of());
        add(it, "印发日期不详", rows().record(new World.Document("文件甲", null)), Map.of());
    }

    private void training(Rubric.Item it) {
        BigDecimal min = it.number("min_hours");
        int y1 = rows().y1();
        add(it, "全员恰好达到学时", people(y1, 3, min, true), Map.of());
        add(it, "一人差一步", people(y1, 3, min, true).record(new World.Trainee(y1, "短", true, min.subtract(STEP))), Map.of());
        add(it, "一人未参加", people(y1, 3, min, true).record(new World.Trainee(y1, "缺", false, null)), Map.of());
        add(it, "一人参加但学时不详", people(y1, 3, min, true).record(new World.Trainee(y1, "空", true, null)), Map.of());
        add(it, "同一人两行取较多学时", people(y1, 1, min, true).record(new World.Trainee(y1, "P0", true, min.subtract(BigDecimal.ONE))), Map.of());
        add(it, "同一人先未参加后参加", people(y1, 1, min, true).record(new World.Trainee(y1, "P0", false, null)), Map.of());
        add(it, "只有前一年台账", people(y1 - 1, 3, min, true), Map.of());
        add(it, "只有评估期当年台账", people(y1 + 1, 3, min, true), Map.of());
        add(it, "近一年达标、前一年不达标", people(y1, 2, min, true).record(new World.Trainee(y1 - 1, "旧", false, null)), Map.of());
        add(it, "无台账", rows(), Map.of());
    }

    private Rows people(int year, int count, BigDecimal hours, boolean trained) {
        Rows r = rows();
        for (int i = 0; i < count; i++) {
            r.record(new World.Trainee(year, "P" + i, trained, hours));
        }
        return r;
    }

    private void expert(Rubric.Item it) {
        BigDecimal max = it.points();
        int year = 2025;
        add(it, "无评分", rows(), Map.of());
        add(it, "只有自评满分", rows().record(expert(it, year, max, "self")), Map.of());
        add(it, "专家评0分", rows().record(expert(it, year, BigDecimal.ZERO, "expert")), Map.of());
        add(it, "专家评一半", rows().record(expert(it, year, max.divide(BigDecimal.valueOf(2)), "expert")), Map.of());
        add(it, "专家评满分差0.01", rows().record(expert(it, year, max.subtract(new BigDecimal("0.01")), "expert")), Map.of());
        add(it, "专家评满分", rows().record(expert(it, year, max, "expert")).record(expert(it, year, BigDecimal.ZERO, "self")), Map.of());
        add(it, "专家评分超过满分0.01", rows().record(expert(it, year, max.add(new BigDecimal("0.01")), "expert")), Map.of());
        add(it, "旧表满分、新表一半", rows().record(expert(it, year - 1, max, "expert")).record(expert(it, year, max.divide(BigDecimal.valueOf(2)), "expert")),
                Map.of());
        add(it, "旧表满分、新表只有自评", rows().record(expert(it, year - 1, max, "expert")).record(expert(it, year, max, "self")), Map.of());
    }

    private World.Expert expert(Rubric.Item it, int year, BigDecimal points, String source) {
        return new World.Expert(rubric.id(), year, it.indicator(), it.sub(), points, source);
    }
}
