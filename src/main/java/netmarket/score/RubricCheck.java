package netmarket.score;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import netmarket.config.DefinitionException;
import netmarket.config.Nearest;
import netmarket.normalize.ReferenceCsv;

/**
 * Checks every rubric in jobs/rubrics/ before anything runs: only known keys (bound strictly),
 * only rule names the scoring SQL implements, groups and subgroups that exist, and points that
 * add up (items to their indicator, indicators to their group or its declared indicators_sum).
 */
public final class RubricCheck {

    /** The rules the scoring families score (sql/migration/R__scoring_rules_*.sql; RubricCheckTest keeps the two in step). */
    public static final Set<String> RULES = Set.of("growth_vs_baseline", "growth_vs_metric", "share_vs_baseline", "ratio_bands",
            "new_large_operators", "rate_above", "rate_vs_baseline", "value_vs_baseline", "count_zero", "documents_count",
            "training", "expert");

    private static final Set<String> SETTINGS = Set.of("group_rate_denominator", "zero_cases_pass");

    /** Which rubric scores the regions of a province (columns province_code, rubric_id); the national one otherwise. */
    static final String PROVINCE_RUBRICS = "province-rubrics.csv";

    private RubricCheck() {}

    /** Every problem of every rubric file in {@code dir} (empty when all are usable). */
    public static List<String> problems(Path dir) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add("评估指标体系目录不存在: " + dir + " / rubrics folder not found");
            return problems;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            problems.add("无法读取评估指标体系目录 " + dir + ": " + e.getMessage());
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            try {
                RubricFile rubric = RubricFile.read(f);
                check(f, rubric, problems);
                ids.add(rubric.id());
            } catch (DefinitionException e) {
                problems.add(e.getMessage());
            }
        }
        checkProvinces(dir.resolve(PROVINCE_RUBRICS), ids, problems);
        return problems;
    }

    /** Every line of province-rubrics.csv names a province by its six-digit code and a rubric of the folder. */
    private static void checkProvinces(Path file, Set<String> ids, List<String> problems) {
        if (!Files.exists(file)) {
            return;
        }
        List<Map<String, String>> lines;
        try {
            lines = ReferenceCsv.read(file);
        } catch (RuntimeException e) {
            problems.add(file + ": 无法读取（" + e.getMessage() + "） / cannot be read");
            return;
        }
        int row = 1;
        for (Map<String, String> line : lines) {
            row++;
            String province = line.get("province_code");
            String rubric = line.get("rubric_id");
            if (province == null || rubric == null) {
                problems.add(file + ": 表头应为 province_code,rubric_id / the header must be province_code,rubric_id");
                return;
            }
            if (!province.strip().matches("\\d{2}0000")) {
                problems.add(file + " 第 " + row + " 行: 省级行政区划代码应为6位、以0000结尾，写的是「" + province + "」 / not a province code");
            }
            if (!ids.contains(rubric.strip())) {
                String near = Nearest.of(rubric.strip(), ids);
                problems.add(file + " 第 " + row + " 行: 没有 id 为「" + rubric + "」的评估指标体系" + (near != null ? "，是否应为「" + near + "」？" : "")
                        + " / no such rubric" + (near != null ? " (did you mean '" + near + "'?)" : ""));
            }
        }
    }

    private static void check(Path f, RubricFile r, List<String> problems) {
        if (r.id() == null || r.groups() == null || r.indicators() == null) {
            problems.add(f + ": 缺少 id、groups 或 indicators / id, groups and indicators are required");
            return;
        }
        if (r.inUseFrom() == null || r.inUseFrom() < 2000 || r.inUseFrom() > 2100) {
            problems.add(f + ": in_use_from 应为该指标体系开始使用的年份（如 in_use_from: 2022），写的是「" + r.inUseFrom()
                    + "」 / in_use_from must be the year the rubric came into use");
        }
        checkSettings(f, r, problems);
        Set<String> groups = new HashSet<>();
        Set<String> subgroups = new HashSet<>();
        checkGroups(f, r, groups, subgroups, problems);
        checkIndicators(f, r, groups, subgroups, problems);
        checkGroupSums(f, r, problems);
    }

    /** Only the settings the scoring reads. */
    private static void checkSettings(Path f, RubricFile r, List<String> problems) {
        if (r.settings() != null) {
            for (String k : r.settings().keySet()) {
                if (!SETTINGS.contains(k)) {
                    String near = Nearest.of(k, SETTINGS);
                    problems.add(f + ": settings 中未知的键「" + k + "」" + (near != null ? "，是否应为「" + near + "」？" : "") + " / unknown setting");
                }
            }
        }
    }

    /** Each group's subgroups add up to its points; collects the group and subgroup names. */
    private static void checkGroups(Path f, RubricFile r, Set<String> groups, Set<String> subgroups, List<String> problems) {
        for (RubricFile.Group g : r.groups()) {
            groups.add(g.name());
            BigDecimal subSum = BigDecimal.ZERO;
            for (RubricFile.Subgroup s : g.subgroups() == null ? List.<RubricFile.Subgroup>of() : g.subgroups()) {
                subgroups.add(g.name() + "/" + s.name());
                subSum = subSum.add(s.points());
            }
            if (g.subgroups() != null && !g.subgroups().isEmpty() && subSum.compareTo(g.points()) != 0) {
                problems.add(f + ": 一级指标「" + g.name() + "」标注 " + plain(g.points()) + " 分，其二级指标合计 " + plain(subSum) + " 分 / subgroups do not add up");
            }
        }
    }

    /** Each indicator: a unique number, a known group and subgroup, known rules, items adding up to its points. */
    private static void checkIndicators(Path f, RubricFile r, Set<String> groups, Set<String> subgroups, List<String> problems) {
        Set<Integer> numbers = new HashSet<>();
        for (RubricFile.Indicator ind : r.indicators()) {
            String where = f + ": 指标 " + ind.no() + "（" + ind.name() + "）";
            if (ind.no() == null || !numbers.add(ind.no())) {
                problems.add(f + ": 指标编号缺失或重复: " + ind.no() + " / indicator number missing or repeated");
                continue;
            }
            if (!groups.contains(ind.group())) {
                problems.add(where + " 的 group「" + ind.group() + "」不在 groups 中 / unknown group");
            }
            if (ind.subgroup() != null && !subgroups.isEmpty() && !subgroups.contains(ind.group() + "/" + ind.subgroup())) {
                problems.add(where + " 的 subgroup「" + ind.subgroup() + "」不在 " + ind.group() + " 的 subgroups 中 / unknown subgroup");
            }
            BigDecimal items = BigDecimal.ZERO;
            for (RubricFile.Item it : ind.items() == null ? List.<RubricFile.Item>of() : ind.items()) {
                items = items.add(it.points() == null ? BigDecimal.ZERO : it.points());
                if (it.rule() == null || !RULES.contains(it.rule())) {
                    String near = Nearest.of(it.rule(), RULES);
                    problems.add(where + " 子项 " + it.sub() + " 的 rule「" + it.rule() + "」不是评分规则"
                            + (near != null ? "，是否应为「" + near + "」？" : "。") + "可选: " + new java.util.TreeSet<>(RULES)
                            + " / unknown rule" + (near != null ? " (did you mean '" + near + "'?)" : ""));
                }
            }
            if (ind.points() == null || items.compareTo(ind.points()) != 0) {
                problems.add(where + " 标注 " + plain(ind.points()) + " 分，其子项合计 " + plain(items) + " 分 / items do not add up");
            }
        }
    }

    /** Each group's indicators add up to its points (or to its declared indicators_sum). */
    private static void checkGroupSums(Path f, RubricFile r, List<String> problems) {
        for (RubricFile.Group g : r.groups()) {
            BigDecimal sum = r.indicators().stream().filter(i -> g.name().equals(i.group()) && i.points() != null)
                    .map(RubricFile.Indicator::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal expected = g.indicatorsSum() != null ? g.indicatorsSum() : g.points();
            if (sum.compareTo(expected) != 0) {
                problems.add(f + ": 一级指标「" + g.name() + "」" + (g.indicatorsSum() != null ? "的 indicators_sum 为 " : "标注 ")
                        + plain(expected) + " 分，其三级指标合计 " + plain(sum) + " 分（原文如此时，写 indicators_sum: " + plain(sum) + "）/ indicators do not add up");
            }
        }
    }

    private static String plain(BigDecimal d) {
        return d == null ? "（无）" : d.stripTrailingZeros().toPlainString();
    }
}
