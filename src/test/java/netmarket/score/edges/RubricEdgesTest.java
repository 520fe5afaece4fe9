package netmarket.score.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import netmarket.load.ReferenceTables;
import netmarket.load.StoreFixture;
import netmarket.score.RubricFiles;
import netmarket.score.SnapshotWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every item of every rubric in jobs/rubrics, pinned at its edges: cases generated from the rubric
 * files (and from variants of them with each setting turned the other way) are scored by the
 * scoring SQL in a real store, a few rounds of many regions each, and compared item by item, group by
 * group, total and verdict with a second evaluator written from the README. The cases each item was
 * checked on are listed in target/rubric-edges/coverage.md; an item with none fails the build.
 */
class RubricEdgesTest {

    private static final List<YearMonth> PERIODS = List.of(YearMonth.of(2025, 6), YearMonth.of(2025, 12));

    @TempDir
    Path tmp;

    @Test
    void everyRubricItemAgreesWithTheSecondEvaluatorAtItsEdges() throws Exception {
        Path rubricDir = rubricsWithVariants(tmp.resolve("rubrics"));
        List<Rubric> rubrics = new ArrayList<>();
        try (Stream<Path> files = Files.list(rubricDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                rubrics.add(Rubric.read(f));
            }
        }
        Baselines baselines = new Baselines(rubrics);
        List<Case> cases = new ArrayList<>();
        for (YearMonth period : PERIODS) {
            for (Rubric r : rubrics) {
                String province = provinceOf(r);
                cases.addAll(EdgeCases.of(r, period, province));
                cases.addAll(PassRuleCases.of(r, period, province, baselines));
            }
        }
        Map<String, Rubric> byId = rubrics.stream().collect(Collectors.toMap(Rubric::id, r -> r, (a, b) -> a, LinkedHashMap::new));
        List<String> mismatches = new ArrayList<>();
        int rounds = 0;
        long comparisons = 0;
        try (StoreFixture store = new StoreFixture(tmp)) {
            store.conn.setAutoCommit(false);
            ReferenceTables.replace(store.conn, store.ctx);
            RubricFiles.replace(store.conn, rubricDir);
            store.conn.commit();
            store.conn.setAutoCommit(true);
            int next = 0;
            for (Round round : Round.pack(cases, byId)) {
                rounds++;
                World world = new World();
                Map<String, Case> caseOf = new LinkedHashMap<>();
                Map<String, List<String>> regionsByRubric = new LinkedHashMap<>();
                for (Case c : round.cases) {
                    String code = String.format("Z%s%05d", c.province(), ++next);
                    World.Region region = new World.Region(code, c.zone(), c.province());
                    world.addRegion(region);
                    c.rows().forEach(row -> world.add(code, row));
                    caseOf.put(code, c);
                    regionsByRubric.computeIfAbsent(c.rubric(), k -> new ArrayList<>()).add(code);
                }
                round.baselineRows(baselines, world);
                world.writeTo(store.conn, tmp.resolve("round" + rounds));
                for (Map.Entry<String, List<String>> e : regionsByRubric.entrySet()) {
                    Rubric rubric = byId.get(e.getKey());
                    List<SnapshotWriter.Result> results = SnapshotWriter.score(store.conn, rubric.id(), e.getValue(), round.period, null);
                    assertEquals(e.getValue().size(), results.size(), "one snapshot per case region");
                    Map<String, Long> snapshots = new HashMap<>();
                    results.forEach(r -> snapshots.put(r.regionCode(), r.snapshotId()));
                    Stored stored = Stored.read(store.conn, snapshots.values());
                    for (String code : e.getValue()) {
                        Oracle.Card expected = Oracle.score(rubric, world, code, round.period);
                        comparisons += compare(caseOf.get(code), expected, stored, snapshots.get(code), mismatches);
                    }
                }
            }
        }
        Path report = writeCoverage(rubrics, cases, rounds, comparisons);
        Files.write(report.resolveSibling("disagreements.txt"), mismatches, StandardCharsets.UTF_8);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " disagreements between the scoring SQL and the second evaluator (first 40):\n"
                + String.join("\n", mismatches.subList(0, Math.min(40, mismatches.size()))));
        assertTrue(cases.size() >= 1000, "at least 1,000 cases, got " + cases.size());
        for (Rubric r : rubrics) {
            for (Rubric.Item it : r.items()) {
                assertTrue(cases.stream().anyMatch(c -> c.rubric().equals(r.id()) && c.target().equals(it.code())),
                        r.id() + " item " + it.code() + " has no case; see " + report);
            }
            if (r.totalMin() != null) {
                assertTrue(cases.stream().anyMatch(c -> c.rubric().equals(r.id()) && c.target().equals(Case.PASS_RULE)), r.id() + ": no pass-rule case");
            }
        }
    }

    /** Compares one region's stored snapshot with the expected card; returns how many values it compared. */
    private static int compare(Case c, Oracle.Card expected, Stored stored, long snapshotId, List<String> mismatches) {
        String where = c.rubric() + " " + c.period() + " [" + c.target() + " " + c.label() + "]";
        int n = 0;
        for (Map.Entry<String, Oracle.ItemResult> e : expected.items().entrySet()) {
            Stored.Item got = stored.items.get(snapshotId + "/" + e.getKey());
            n++;
            if (got == null) {
                mismatches.add(where + " item " + e.getKey() + ": missing from the snapshot");
                continue;
            }
            String want = e.getValue().points().stripTrailingZeros().toPlainString() + (e.getValue().scored() ? " scored" : " not_assessable");
            String have = got.points().stripTrailingZeros().toPlainString() + " " + got.status();
            if (!want.equals(have)) {
                mismatches.add(where + " item " + e.getKey() + ": SQL " + have + ", README " + want + " — " + got.detail());
            }
        }
        for (Oracle.GroupResult g : expected.groups().values()) {
            Stored.Group got = stored.groups.get(snapshotId + "/" + g.name());
            n++;
            String want = g.points().stripTrailingZeros().toPlainString() + "/" + g.max().stripTrailingZeros().toPlainString() + " " + g.meetsRate();
            String have = got == null ? "none"
                    : got.points().stripTrailingZeros().toPlainString() + "/" + got.max().stripTrailingZeros().toPlainString() + " " + got.meetsRate();
            if (!want.equals(have)) {
                mismatches.add(where + " group " + g.name() + ": SQL " + have + ", README " + want);
            }
        }
        Stored.Total got = stored.totals.get(snapshotId);
        n++;
        String want = expected.total().stripTrailingZeros().toPlainString() + "/" + expected.max().stripTrailingZeros().toPlainString() + " "
                + expected.verdict();
        String have = got.total().stripTrailingZeros().toPlainString() + "/" + got.max().stripTrailingZeros().toPlainString() + " " + got.verdict();
        if (!want.equals(have)) {
            mismatches.add(where + " total: SQL " + have + ", README " + want);
        }
        return n;
    }

    /** The rubric files and, for each, a variant with each setting turned the other way. */
    private static Path rubricsWithVariants(Path dir) throws IOException {
        Files.createDirectories(dir);
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.list(Path.of("jobs/rubrics"))) {
            for (Path f : files.sorted().toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
                if (!f.toString().endsWith(".yml")) {
                    continue;
                }
                Rubric r = Rubric.read(f);
                if (r.items().stream().anyMatch(i -> i.rule().startsWith("rate_"))) {
                    variant(yaml, f, dir, r.id() + "-zero-cases-" + (r.zeroCasesPass() ? "fail" : "pass"), "zero_cases_pass", !r.zeroCasesPass());
                }
                if (r.totalMin() != null) {
                    variant(yaml, f, dir, r.id() + "-rates-over-" + (r.statedDenominator() ? "indicators" : "stated"), "group_rate_denominator",
                            r.statedDenominator() ? "indicators" : "stated");
                }
            }
        }
        return dir;
    }

    private static void variant(YAMLMapper yaml, Path file, Path dir, String id, String setting, Object value) {
        ObjectNode root = (ObjectNode) yaml.readTree(file.toFile());
        root.put("id", id);
        ObjectNode settings = root.get("settings") instanceof ObjectNode s ? s : root.putObject("settings");
        if (value instanceof Boolean b) {
            settings.put(setting, b);
        } else {
            settings.put(setting, value.toString());
        }
        yaml.writeValue(dir.resolve(id + ".yml").toFile(), root);
    }

    /** Where a rubric's cases put their regions: a province the rubric is assigned to, else Fujian. */
    private static String provinceOf(Rubric r) throws IOException {
        String base = r.id().replaceAll("-(zero-cases|rates-over)-.*$", "");
        for (String line : Files.readAllLines(Path.of("jobs/rubrics/province-rubrics.csv"), StandardCharsets.UTF_8)) {
            String[] parts = line.split(",");
            if (parts.length >= 2 && parts[1].strip().equals(base)) {
                return parts[0].strip().substring(0, 2);
            }
        }
        return "35";
    }

    private static Path writeCoverage(List<Rubric> rubrics, List<Case> cases, int rounds, long comparisons) throws IOException {
        Map<String, Long> count = cases.stream().collect(Collectors.groupingBy(c -> c.rubric() + "|" + c.target(), TreeMap::new, Collectors.counting()));
        StringBuilder b = new StringBuilder("# Rubric edge cases: coverage\n\n");
        b.append(String.format("%,d cases in %d rounds, %,d values compared (every item, group and total of every case region).%n%n",
                cases.size(), rounds, comparisons));
        b.append("| rubric | item | rule | cases |\n|---|---|---|---:|\n");
        for (Rubric r : rubrics) {
            for (Rubric.Item it : r.items()) {
                b.append("| ").append(r.id()).append(" | ").append(it.code()).append(" | ").append(it.rule()).append(" | ")
                        .append(count.getOrDefault(r.id() + "|" + it.code(), 0L)).append(" |\n");
            }
            if (r.totalMin() != null) {
                b.append("| ").append(r.id()).append(" | ").append(Case.PASS_RULE).append(" | total ≥ ").append(r.totalMin().toPlainString())
                        .append(", groups ≥ ").append(r.groupRateMinPct().toPlainString()).append("% | ")
                        .append(count.getOrDefault(r.id() + "|" + Case.PASS_RULE, 0L)).append(" |\n");
            }
        }
        Path out = Path.of("target", "rubric-edges", "coverage.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
        return out;
    }

    /** What the scoring stored for a set of snapshots: items, groups, totals. */
    private record Stored(Map<String, Item> items, Map<String, Group> groups, Map<Long, Total> totals) {

        record Item(BigDecimal points, String status, String detail) {}

        record Group(BigDecimal points, BigDecimal max, Boolean meetsRate) {}

        record Total(BigDecimal total, BigDecimal max, String verdict) {}

        static Stored read(java.sql.Connection conn, java.util.Collection<Long> ids) throws SQLException {
            String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
            Stored s = new Stored(new HashMap<>(), new HashMap<>(), new HashMap<>());
            try (Statement st = conn.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT snapshot_id, indicator_no, sub_item, points, status, detail FROM score.snapshot_item "
                        + "WHERE snapshot_id IN (" + in + ")")) {
                    while (rs.next()) {
                        String code = rs.getInt(3) == 0 ? String.valueOf(rs.getInt(2)) : rs.getInt(2) + "." + rs.getInt(3);
                        s.items.put(rs.getLong(1) + "/" + code, new Item(rs.getBigDecimal(4), rs.getString(5), rs.getString(6)));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT snapshot_id, group_name, points, max_points, meets_rate FROM score.snapshot_group "
                        + "WHERE snapshot_id IN (" + in + ")")) {
                    while (rs.next()) {
                        Object meets = rs.getObject(5);
                        s.groups.put(rs.getLong(1) + "/" + rs.getString(2), new Group(rs.getBigDecimal(3), rs.getBigDecimal(4), (Boolean) meets));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT snapshot_id, total_points, max_points, verdict FROM score.snapshot WHERE snapshot_id IN ("
                        + in + ")")) {
                    while (rs.next()) {
                        s.totals.put(rs.getLong(1), new Total(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4)));
                    }
                }
            }
            return s;
        }
    }
}
