package netmarket.score.edges;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Whole scorecards built to sit on the pass rule's edges: the total just under, at and just over its
 * minimum with every group passing, and each group just under, at and just over its minimum rate
 * (over both readings of a group's maximum where they differ) with everything else full. A region
 * starts with full marks; quantitative inputs are dropped feed by feed where that lowers only the
 * group in question, then expert points are lowered to land exactly on the target. The second
 * evaluator confirms each card lands where it was aimed before the case is kept.
 */
final class PassRuleCases {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final String PROBE = "Z990001";

    private final Rubric rubric;
    private final YearMonth period;
    private final String province;
    private final Baselines baselines;
    private final Map<String, String> canonical = new LinkedHashMap<>();
    private final List<Case> out = new ArrayList<>();

    private PassRuleCases(Rubric rubric, YearMonth period, String province, Baselines baselines) {
        this.rubric = rubric;
        this.period = period;
        this.province = province;
        this.baselines = baselines;
        for (String m : baselines.metrics()) {
            canonical.put(m, Baselines.CANONICAL);
        }
    }

    static List<Case> of(Rubric rubric, YearMonth period, String province, Baselines baselines) {
        PassRuleCases g = new PassRuleCases(rubric, period, province, baselines);
        g.generate();
        return g.out;
    }

    private void generate() {
        Map<String, BigDecimal> noExperts = new TreeMap<>();
        for (Rubric.Item it : rubric.items()) {
            if (it.rule().equals("expert")) {
                noExperts.put(it.code(), BigDecimal.ZERO);
            }
        }
        keep("满分", full(), allExperts(), null);
        keep("零分（无任何数据）", List.of(), Map.of(), null);
        keep("定量满分、定性0分", full(), noExperts, null);
        if (rubric.totalMin() == null) {
            return;
        }
        for (Rubric.Group g : rubric.groups()) {
            BigDecimal max = rubric.itemsOf(g.name()).stream().map(Rubric.Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            Set<BigDecimal> bars = new LinkedHashSet<>();
            for (BigDecimal den : List.of(max, g.stated())) {
                bars.add(rubric.groupRateMinPct().multiply(den).divide(HUNDRED));
            }
            for (BigDecimal bar : bars) {
                for (BigDecimal delta : List.of(HALF.negate(), CENT.negate(), BigDecimal.ZERO, CENT, HALF)) {
                    BigDecimal target = bar.add(delta);
                    if (target.signum() >= 0 && target.compareTo(max) <= 0) {
                        groupAt(g.name(), target);
                    }
                }
            }
        }
        for (BigDecimal delta : List.of(HALF.negate(), CENT.negate(), BigDecimal.ZERO, CENT, HALF)) {
            totalAt(rubric.totalMin().add(delta));
        }
    }

    /** Every item at its maximum: the inputs each rule needs for full points, set so no two rules disagree. */
    private List<World.Row> full() {
        Rows r = new Rows(period);
        int y1 = r.y1();
        BigDecimal hundred = HUNDRED;
        for (Rubric.Item it : rubric.items()) {
            switch (it.rule()) {
                case "growth_vs_baseline" -> r.official(it.text("metric"), y1 - 1, BigDecimal.valueOf(12)).official(it.text("metric"), y1, BigDecimal.valueOf(12));
                case "growth_vs_metric" -> r.official(it.text("metric"), y1 - 1, BigDecimal.valueOf(12)).official(it.text("metric"), y1, BigDecimal.valueOf(12))
                        .official(it.text("other"), y1 - 1, BigDecimal.valueOf(11)).official(it.text("other"), y1, BigDecimal.valueOf(11));
                case "share_vs_baseline" -> {
                    for (int y : new int[] {y1 - 1, y1}) {
                        r.level(it.text("numerator"), y, new BigDecimal("400000")).level(it.text("denominator"), y, new BigDecimal("1000000"));
                    }
                }
                case "ratio_bands" -> r.measure(it.text("numerator"), hundred).measure(it.text("denominator"), hundred);
                case "rate_above", "rate_vs_baseline" -> {
                    r.measure(it.text("numerator"), hundred).measure(it.text("denominator"), hundred);
                    if (it.text("numerator2") != null) {
                        r.measure(it.text("numerator2"), hundred).measure(it.text("denominator2"), hundred);
                    }
                }
                case "value_vs_baseline" -> r.measure(it.text("metric"), hundred);
                case "new_large_operators" -> {
                    BigDecimal top = BigDecimal.ZERO;
                    JsonNode byZone = it.node("thresholds_by_zone");
                    if (byZone != null) {
                        for (JsonNode t : byZone) {
                            top = top.max(new BigDecimal(t.asString()));
                        }
                    }
                    if (it.node("tiers") != null) {
                        for (JsonNode t : it.node("tiers")) {
                            top = top.max(new BigDecimal(t.get("min").asString()));
                        }
                    }
                    r.record(new World.Sale("BIG1", y1, top.add(BigDecimal.ONE))).record(new World.Sale("BIG2", y1, top.add(BigDecimal.ONE)));
                }
                case "documents_count" -> {
                    for (int i = 0; i < it.points().intValue() + 1; i++) {
                        r.record(new World.Document("制度文件" + i, null));
                    }
                }
                case "training" -> {
                    for (int i = 0; i < 3; i++) {
                        r.record(new World.Trainee(y1, "P" + i, true, it.number("min_hours")));
                    }
                }
                default -> { }
            }
        }
        for (Rubric.Item it : rubric.items()) {
            if (it.rule().equals("count_zero")) {
                r.measure(it.text("metric"), BigDecimal.ZERO);
            }
        }
        return r.build();
    }

    private Map<String, BigDecimal> allExperts() {
        Map<String, BigDecimal> points = new TreeMap<>();
        for (Rubric.Item it : rubric.items()) {
            if (it.rule().equals("expert")) {
                points.put(it.code(), it.points());
            }
        }
        return points;
    }

    /** One group at {@code target} points, every other group full. */
    private void groupAt(String group, BigDecimal target) {
        List<World.Row> rows = full();
        Oracle.Card fullCard = card(rows, allExperts());
        BigDecimal current = fullCard.groups().get(group).points();
        BigDecimal expertRoom = expertPoints(group);
        for (String feed : feeds(rows)) {
            if (current.subtract(target).compareTo(expertRoom) <= 0) {
                break;
            }
            List<World.Row> trial = without(rows, feed);
            Oracle.Card c = card(trial, allExperts());
            BigDecimal after = c.groups().get(group).points();
            if (after.compareTo(current) < 0 && after.compareTo(target) >= 0 && othersUnchanged(fullCard, c, group)) {
                rows = trial;
                current = after;
            }
        }
        Map<String, BigDecimal> experts = allExperts();
        BigDecimal remaining = current.subtract(target);
        for (Rubric.Item it : rubric.itemsOf(group)) {
            if (it.rule().equals("expert") && remaining.signum() > 0) {
                BigDecimal cut = remaining.min(it.points());
                experts.put(it.code(), it.points().subtract(cut));
                remaining = remaining.subtract(cut);
            }
        }
        if (remaining.signum() != 0) {
            throw new IllegalStateException(rubric.id() + ": cannot bring group " + group + " to " + target + " points");
        }
        keep(group + "恰为" + target.toPlainString() + "分", rows, experts, c -> c.groups().get(group).points().compareTo(target) == 0);
    }

    /** The total at {@code target} with every group at or above its minimum rate, lowering expert points only. */
    private void totalAt(BigDecimal target) {
        Map<String, BigDecimal> experts = allExperts();
        BigDecimal remaining = rubric.maxPoints().subtract(target);
        for (Rubric.Group g : rubric.groups()) {
            BigDecimal max = rubric.itemsOf(g.name()).stream().map(Rubric.Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal den = rubric.statedDenominator() ? g.stated() : max;
            BigDecimal slack = max.subtract(rubric.groupRateMinPct().multiply(den).divide(HUNDRED)).max(BigDecimal.ZERO);
            for (Rubric.Item it : rubric.itemsOf(g.name())) {
                if (it.rule().equals("expert") && remaining.signum() > 0 && slack.signum() > 0) {
                    BigDecimal cut = remaining.min(it.points()).min(slack);
                    experts.put(it.code(), it.points().subtract(cut));
                    remaining = remaining.subtract(cut);
                    slack = slack.subtract(cut);
                }
            }
        }
        if (remaining.signum() != 0) {
            throw new IllegalStateException(rubric.id() + ": cannot bring the total to " + target + " with every group passing");
        }
        keep("总分恰为" + target.toPlainString() + "分、各组均达标", full(), experts,
                c -> c.total().compareTo(target) == 0 && c.groups().values().stream().allMatch(Oracle.GroupResult::meetsRate));
    }

    private BigDecimal expertPoints(String group) {
        return rubric.itemsOf(group).stream().filter(i -> i.rule().equals("expert")).map(Rubric.Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean othersUnchanged(Oracle.Card before, Oracle.Card after, String group) {
        return before.groups().keySet().stream().filter(g -> !g.equals(group))
                .allMatch(g -> before.groups().get(g).points().compareTo(after.groups().get(g).points()) == 0);
    }

    /** The feeds a region's rows come from: a metric's figures, the register, sales, training, documents. */
    private static List<String> feeds(List<World.Row> rows) {
        Set<String> feeds = new LinkedHashSet<>();
        for (World.Row r : rows) {
            feeds.add(feed(r));
        }
        return new ArrayList<>(feeds);
    }

    private static String feed(World.Row r) {
        if (r instanceof World.Fact f) {
            return "fact:" + f.metric();
        }
        return r.getClass().getSimpleName();
    }

    private static List<World.Row> without(List<World.Row> rows, String feed) {
        return rows.stream().filter(r -> !feed(r).equals(feed)).toList();
    }

    private List<World.Row> withExperts(List<World.Row> rows, Map<String, BigDecimal> experts) {
        List<World.Row> all = new ArrayList<>(rows);
        for (Rubric.Item it : rubric.items()) {
            BigDecimal p = experts.get(it.code());
            if (p != null) {
                all.add(new World.Expert(rubric.id(), 2025, it.indicator(), it.sub(), p, "expert"));
            }
        }
        return all;
    }

    private Oracle.Card card(List<World.Row> rows, Map<String, BigDecimal> experts) {
        World w = new World();
        World.Region probe = new World.Region(PROBE, "east", province);
        w.addRegion(probe);
        withExperts(rows, experts).forEach(r -> w.add(PROBE, r));
        String base = rubric.baselineOf(probe);
        for (String m : canonical.keySet()) {
            baselines.rows(m, Baselines.CANONICAL, period).forEach(r -> w.add(base, r));
        }
        return Oracle.score(rubric, w, PROBE, period);
    }

    private void keep(String label, List<World.Row> rows, Map<String, BigDecimal> experts, java.util.function.Predicate<Oracle.Card> aimed) {
        if (aimed != null && !aimed.test(card(rows, experts))) {
            throw new IllegalStateException(rubric.id() + ": case \"" + label + "\" did not land where it was aimed");
        }
        out.add(new Case(rubric.id(), Case.PASS_RULE, label, period, "east", province, withExperts(rows, experts), canonical));
    }
}
