package netmarket.score.edges;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A rubric file read plainly, as a person reads it, for the second evaluator: independent of the
 * project's own rubric binder and of the ref tables the scoring SQL reads.
 */
record Rubric(String id, String baseline, BigDecimal totalMin, BigDecimal groupRateMinPct, boolean zeroCasesPass,
        boolean statedDenominator, List<Group> groups, List<Item> items) {

    /** A first-level group and the points its label states. */
    record Group(String name, BigDecimal stated) {}

    /** A scoreable item: an indicator as a whole (sub 0) or one numbered sub-item, with its rule's parameters. */
    record Item(int indicator, int sub, String group, BigDecimal points, String rule, JsonNode params) {

        String code() {
            return sub == 0 ? String.valueOf(indicator) : indicator + "." + sub;
        }

        String text(String key) {
            JsonNode n = params.get(key);
            return n == null || n.isNull() ? null : n.asString();
        }

        BigDecimal number(String key) {
            JsonNode n = params.get(key);
            return n == null || n.isNull() ? null : new BigDecimal(n.asString());
        }

        JsonNode node(String key) {
            JsonNode n = params.get(key);
            return n == null || n.isNull() ? null : n;
        }
    }

    static Rubric read(Path file) {
        JsonNode root = new YAMLMapper().readTree(file.toFile());
        JsonNode pass = root.get("pass_rule");
        JsonNode settings = root.get("settings");
        boolean zeroCasesPass = settings == null || settings.get("zero_cases_pass") == null || settings.get("zero_cases_pass").asBoolean();
        boolean stated = settings != null && settings.get("group_rate_denominator") != null
                && "stated".equals(settings.get("group_rate_denominator").asString());
        List<Group> groups = new ArrayList<>();
        for (JsonNode g : root.get("groups")) {
            groups.add(new Group(g.get("name").asString(), new BigDecimal(g.get("points").asString())));
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode ind : root.get("indicators")) {
            for (JsonNode it : ind.get("items")) {
                items.add(new Item(ind.get("no").asInt(), it.get("sub").asInt(), ind.get("group").asString(),
                        new BigDecimal(it.get("points").asString()), it.get("rule").asString(), it));
            }
        }
        boolean hasPass = pass != null && !pass.isNull();
        return new Rubric(root.get("id").asString(), root.get("baseline").asString(),
                hasPass ? new BigDecimal(pass.get("total_min").asString()) : null,
                hasPass ? new BigDecimal(pass.get("group_rate_min_pct").asString()) : null,
                zeroCasesPass, stated, List.copyOf(groups), List.copyOf(items));
    }

    BigDecimal maxPoints() {
        return items.stream().map(Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    List<Item> itemsOf(String group) {
        return items.stream().filter(i -> i.group().equals(group)).toList();
    }

    /** The code of the region whose figures this rubric compares a region with. */
    String baselineOf(World.Region region) {
        return baseline.equals("national") ? "100000" : region.province() + "0000";
    }
}
