package netmarket.score;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import netmarket.normalize.Period;
import netmarket.normalize.ValueKind;
import netmarket.store.Sql;

/**
 * "What if 网上零售额 grew 9.5%": a region's scorecard for a period with some figures replaced, next to
 * the real one, through score.what_if in SQL. Nothing is stored. An override is written
 * {@code metric.growth=9.5} (the official growth rate in each of the two years the period judges),
 * {@code metric.growth@2024=9.5} (one year), {@code metric=12000} (the level at the period's end, in
 * base units) or {@code metric@2024=12000} (a year's level).
 */
public final class WhatIf {

    private static final Pattern SET = Pattern.compile("([a-z][a-z0-9_]*)(\\.growth)?(?:@(\\d{4}))?=(-?\\d+(?:\\.\\d+)?)");

    /** One figure replaced. */
    public record Override(String metric, ValueKind kind, Period period, BigDecimal value) {}

    /** An item whose points change. */
    public record Change(String code, String name, BigDecimal before, BigDecimal after, String detail) {}

    /** The whole answer: the changed items, the totals and the verdicts before and after. */
    public record Answer(List<Change> changes, BigDecimal totalBefore, BigDecimal totalAfter, BigDecimal max, String verdictBefore,
            String verdictAfter) {}

    private WhatIf() {}

    /** The overrides one {@code --set} value stands for, or an exception saying what is wrong with it. */
    public static List<Override> parse(String text, YearMonth period) {
        Matcher m = SET.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--set 应写作 指标=数值、指标.growth=增速 或 指标.growth@年份=增速，如 online_retail_sales.growth=9.5；写的是「"
                    + text + "」 / --set takes metric=value, metric.growth=pct or metric.growth@YEAR=pct");
        }
        String metric = m.group(1);
        boolean growth = m.group(2) != null;
        BigDecimal value = new BigDecimal(m.group(4));
        int y1 = period.getMonthValue() == 12 ? period.getYear() : period.getYear() - 1;
        List<Override> out = new ArrayList<>();
        if (growth) {
            for (int year : m.group(3) != null ? List.of(Integer.parseInt(m.group(3))) : List.of(y1 - 1, y1)) {
                out.add(new Override(metric, ValueKind.OFFICIAL_GROWTH_PCT, Period.year(year), value));
            }
        } else if (m.group(3) != null) {
            out.add(new Override(metric, ValueKind.LEVEL, Period.year(Integer.parseInt(m.group(3))), value));
        } else {
            out.add(new Override(metric, ValueKind.LEVEL, Period.scoredIn(period), value));
        }
        return out;
    }

    /** The region's scorecard with the overrides, against the real one. */
    public static Answer ask(Connection conn, String rubric, String region, YearMonth period, List<Override> overrides) throws SQLException {
        String sql = query(overrides.size());
        List<Object> params = new ArrayList<>(List.of(rubric, period.getYear(), period.getMonthValue()));
        for (Override o : overrides) {
            params.addAll(List.of(o.metric(), region, o.period().year(), o.value(), o.kind().code(), o.period().kindCode(), o.period().month()));
        }
        params.addAll(List.of(region, rubric, rubric));
        List<Change> changes = new ArrayList<>();
        List<Answer> answer = new ArrayList<>();
        Sql.on(conn).each(sql, rs -> {
            if (rs.getString(1).equals("item")) {
                changes.add(new Change(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6)));
            } else {
                answer.add(new Answer(changes, rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(9), rs.getString(7), rs.getString(8)));
            }
        }, params.toArray());
        if (answer.isEmpty()) {
            throw new IllegalArgumentException("指标体系 " + rubric + " 未对地区 " + region + " 评分 / the rubric scores no such region");
        }
        return answer.get(0);
    }

    /** The what-if query with one score.override(…) per override, its parameters bound by {@link #ask}. */
    private static String query(int overrides) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < overrides; i++) {
            list.append(i == 0 ? "" : ", ").append("score.override(?, ?, ?, ?::DECIMAL(38, 6), p_kind := ?, p_period_kind := ?, p_month := ?)");
        }
        list.append("]");
        return """
                WITH w AS (SELECT * FROM score.what_if(?, ?, ?, %s) WHERE region_code = ?),
                groups AS (
                    SELECT w.group_name, sum(w.points) AS after, sum(w.points_before) AS before,
                           CASE WHEN r.group_rate_denominator = 'stated' THEN max(g.stated_points) ELSE sum(w.max_points) END AS den
                    FROM w JOIN ref.rubric r USING (rubric_id) JOIN ref.rubric_group g ON g.rubric_id = w.rubric_id AND g.group_name = w.group_name
                    GROUP BY w.group_name, r.group_rate_denominator
                ),
                totals AS (
                    SELECT sum(points) AS after, sum(points_before) AS before, sum(max_points) AS max FROM w
                ),
                verdicts AS (
                    SELECT score.pass_verdict(?, t.before, (SELECT list({'points': g.before, 'denominator': g.den}) FROM groups g)) AS before,
                           score.pass_verdict(?, t.after, (SELECT list({'points': g.after, 'denominator': g.den}) FROM groups g)) AS after
                    FROM totals t
                )
                SELECT 'item' AS kind, indicator_no || CASE WHEN sub_item > 0 THEN '.' || sub_item ELSE '' END AS code, indicator_name,
                       points_before, points, detail, NULL AS v_before, NULL AS v_after, NULL::DECIMAL(10, 2) AS max, indicator_no, sub_item
                FROM w WHERE points_change <> 0 OR status <> status_before
                UNION ALL
                SELECT 'total', NULL, NULL, t.before, t.after, NULL, v.before, v.after, t.max, 999, 0 FROM totals t, verdicts v
                ORDER BY indicator_no, sub_item
                """.formatted(list);
    }
}
