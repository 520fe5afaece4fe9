package netmarket.publish;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import netmarket.store.Sql;

/** One snapshot as the exporters need it: its header, its items, its groups, growth series. */
public record Scorecard(Header header, List<Item> items, List<Group> groups, List<GrowthPoint> growth) {

    /** The snapshot's identity and result. */
    public record Header(long snapshotId, String rubricId, String rubricName, String regionCode, String regionName,
            String periodKind, int periodYear, int periodMonth, int version, BigDecimal total, BigDecimal maxPoints,
            Verdict verdict, BigDecimal passTotalMin, BigDecimal passGroupRateMin, String createdAt, String verdictReason,
            String provisionalReason, String withdrawnAt, String withdrawnReason) {

        public boolean provisional() {
            return provisionalReason != null;
        }

        public boolean withdrawn() {
            return withdrawnAt != null;
        }

        public String periodLabel() {
            return switch (periodKind) {
                case "year" -> periodYear + "年";
                case "ytd" -> periodYear + "年1-" + periodMonth + "月";
                default -> periodYear + "年" + periodMonth + "月";
            };
        }

        public String periodCode() {
            return String.format("%d-%02d", periodYear, periodMonth);
        }
    }

    /** A scored item (an indicator as a whole or a numbered sub-item). */
    public record Item(int indicatorNo, int subItem, String groupName, String subgroupName, String indicatorName, String kind,
            String rule, BigDecimal maxPoints, BigDecimal points, ItemStatus status, BigDecimal value, String detail,
            String missing, String nextPoint, String inputs, boolean capped) {

        public String code() {
            return subItem == 0 ? String.valueOf(indicatorNo) : indicatorNo + "." + subItem;
        }

        public boolean shortfall() {
            return points.compareTo(maxPoints) < 0;
        }
    }

    /** A first-level group's subtotal and rate. */
    public record Group(String name, BigDecimal points, BigDecimal maxPoints, BigDecimal statedPoints, BigDecimal ratePct,
            Boolean meetsRate) {}

    /** One year's growth of a metric for the region and its baseline. */
    public record GrowthPoint(String metricName, int year, BigDecimal regionPct, BigDecimal baselinePct, String baselineName) {}

    /** The snapshot header's columns (then growth_stored), for one snapshot or all of them. */
    private static final String HEADER = """
            SELECT s.snapshot_id, s.rubric_id, coalesce(c.rubric_name, ru.name), s.region_code, coalesce(c.region_name, r.name),
                   s.period_kind, s.period_year, s.period_month, s.version, s.total_points, s.max_points, s.verdict,
                   CASE WHEN c.snapshot_id IS NULL THEN ru.pass_total_min ELSE c.pass_total_min END,
                   CASE WHEN c.snapshot_id IS NULL THEN ru.pass_group_rate_min_pct ELSE c.pass_group_rate_min_pct END,
                   strftime(s.created_at, '%Y-%m-%d %H:%M'), coalesce(c.growth_stored, false), v.verdict_reason,
                   CASE WHEN s.provisional THEN coalesce(s.provisional_reason, '数据未到齐') END,
                   strftime(s.withdrawn_at, '%Y-%m-%d %H:%M'), s.withdrawn_reason
            FROM score.snapshot s LEFT JOIN score.snapshot_context c USING (snapshot_id)
            LEFT JOIN score.snapshot_verdict v USING (snapshot_id)
            LEFT JOIN ref.rubric ru USING (rubric_id) LEFT JOIN ref.region r ON r.code = s.region_code
            """;

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                Verdict.of(rs.getString(12)), rs.getBigDecimal(13), rs.getBigDecimal(14), rs.getString(15), rs.getString(17),
                rs.getString(18), rs.getString(19), rs.getString(20));
    }

    /** Every snapshot's header in one query (publishing checks each one's files without reading its items). */
    public static List<Header> headers(Connection conn) throws SQLException {
        return Sql.on(conn).list(HEADER + " ORDER BY s.region_code, s.rubric_id, s.period_year, s.period_month, s.version", Scorecard::header);
    }

    public static Scorecard read(Connection conn, long snapshotId) throws SQLException {
        List<Scorecard> one = read(conn, List.of(snapshotId));
        if (one.isEmpty()) {
            throw new IllegalArgumentException("没有编号为 " + snapshotId + " 的评分快照");
        }
        return one.get(0);
    }

    /**
     * Several snapshots' scorecards (those that exist), in the order asked, with one query per part
     * for all of them: publishing the country's 34,000 snapshots one by one took five queries each.
     */
    public static List<Scorecard> read(Connection conn, List<Long> snapshotIds) throws SQLException {
        String ids = snapshotIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")); // numbers only
        Map<Long, Header> headers = new HashMap<>();
        Set<Long> growthStored = new HashSet<>();
        Sql sql = Sql.on(conn);
        sql.each(HEADER + " WHERE s.snapshot_id IN (" + ids + ")", rs -> {
            headers.put(rs.getLong(1), header(rs));
            if (rs.getBoolean(16)) {
                growthStored.add(rs.getLong(1));
            }
        });
        Map<Long, List<Item>> items = new HashMap<>();
        sql.each("""
                SELECT snapshot_id, indicator_no, sub_item, group_name, subgroup_name, indicator_name, kind, rule, max_points, points, status,
                       value, detail, missing, next_point, inputs, capped
                FROM score.snapshot_item WHERE snapshot_id IN (%s) ORDER BY snapshot_id, indicator_no, sub_item""".formatted(ids),
                rs -> items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Item(rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                        ItemStatus.of(rs.getString(11)), rs.getBigDecimal(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                        rs.getBoolean(17))));
        Map<Long, List<Group>> groups = new HashMap<>();
        sql.each("""
                SELECT g.snapshot_id, g.group_name, g.points, g.max_points, g.stated_points, g.rate_pct, g.meets_rate
                FROM score.snapshot_group g JOIN score.snapshot s USING (snapshot_id)
                LEFT JOIN ref.rubric_group rg ON rg.rubric_id = s.rubric_id AND rg.group_name = g.group_name
                WHERE g.snapshot_id IN (%s) ORDER BY g.snapshot_id, coalesce(g.group_no, rg.group_no), g.group_name""".formatted(ids), rs -> {
                    Object meets = rs.getObject(7);
                    groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Group(rs.getString(2), rs.getBigDecimal(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), meets == null ? null : (Boolean) meets));
                });
        Map<Long, List<GrowthPoint>> growth = new HashMap<>();
        sql.each("""
                SELECT snapshot_id, metric_name, year, region_pct, baseline_pct, baseline_name FROM score.snapshot_growth
                WHERE snapshot_id IN (%s) ORDER BY snapshot_id, metric_name, year""".formatted(ids),
                rs -> growth.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new GrowthPoint(rs.getString(2), rs.getInt(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6))));
        List<Scorecard> out = new ArrayList<>();
        for (long id : snapshotIds) {
            Header h = headers.get(id);
            if (h != null) {
                out.add(new Scorecard(h, items.getOrDefault(id, List.of()), groups.getOrDefault(id, List.of()),
                        growthStored.contains(id) ? growth.getOrDefault(id, List.of()) : computedGrowth(conn, id)));
            }
        }
        return out;
    }

    /** A snapshot made before growth series were stored with it: its series computed from the figures as they are now. */
    private static List<GrowthPoint> computedGrowth(Connection conn, long snapshotId) throws SQLException {
        return Sql.on(conn).list("""
                WITH s AS (SELECT * FROM score.snapshot WHERE snapshot_id = ?),
                base AS (
                    SELECT CASE WHEN ru.baseline = 'national' THEN '100000' ELSE rc.province_code END AS code
                    FROM s JOIN ref.rubric ru USING (rubric_id) JOIN mart.region_context rc ON rc.region_code = s.region_code
                ),
                metrics AS (SELECT DISTINCT metric FROM ref.rubric_item i JOIN s USING (rubric_id) WHERE i.rule = 'growth_vs_baseline')
                SELECT m.name, g.year, g.growth_pct, b.growth_pct, br.name
                FROM metrics x JOIN ref.metric m ON m.metric_id = x.metric
                CROSS JOIN s CROSS JOIN base
                JOIN ref.region br ON br.code = base.code
                JOIN mart.annual_growth g ON g.metric_id = x.metric AND g.region_code = s.region_code AND g.year <= s.period_year
                     AND g.growth_pct IS NOT NULL
                LEFT JOIN mart.annual_growth b ON b.metric_id = x.metric AND b.region_code = base.code AND b.year = g.year
                ORDER BY m.name, g.year""",
                rs -> new GrowthPoint(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5)), snapshotId);
    }
}
