package netmarket.publish;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One snapshot as the exporters need it: its header, its items, its groups, growth series. */
public record Scorecard(Header header, List<Item> items, List<Group> groups, List<GrowthPoint> growth) {

    /** The snapshot's identity and result. */
    public record Header(long snapshotId, String rubricId, String rubricName, String regionCode, String regionName,
            String periodKind, int periodYear, int periodMonth, int version, BigDecimal total, BigDecimal maxPoints,
            String verdict, BigDecimal passTotalMin, BigDecimal passGroupRateMin, String createdAt, String verdictReason,
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
            String rule, BigDecimal maxPoints, BigDecimal points, String status, BigDecimal value, String detail,
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
                rs.getString(12), rs.getBigDecimal(13), rs.getBigDecimal(14), rs.getString(15), rs.getString(17),
                rs.getString(18), rs.getString(19), rs.getString(20));
    }

    /** Every snapshot's header in one query (publishing checks each one's files without reading its items). */
    public static List<Header> headers(Connection conn) throws SQLException {
        List<Header> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(HEADER + " ORDER BY s.region_code, s.rubric_id, s.period_year, s.period_month, s.version");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(header(rs));
            }
        }
        return out;
    }

    public static Scorecard read(Connection conn, long snapshotId) throws SQLException {
        Header header;
        boolean growthStored;
        try (PreparedStatement ps = conn.prepareStatement(HEADER + " WHERE s.snapshot_id = ?")) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("没有编号为 " + snapshotId + " 的评分快照");
                }
                header = header(rs);
                growthStored = rs.getBoolean(16);
            }
        }
        List<Item> items = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT indicator_no, sub_item, group_name, subgroup_name, indicator_name, kind, rule, max_points, points, status,
                       value, detail, missing, next_point, inputs, capped
                FROM score.snapshot_item WHERE snapshot_id = ? ORDER BY indicator_no, sub_item""")) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new Item(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10), rs.getBigDecimal(11),
                            rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getBoolean(16)));
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT g.group_name, g.points, g.max_points, g.stated_points, g.rate_pct, g.meets_rate
                FROM score.snapshot_group g JOIN score.snapshot s USING (snapshot_id)
                LEFT JOIN ref.rubric_group rg ON rg.rubric_id = s.rubric_id AND rg.group_name = g.group_name
                WHERE g.snapshot_id = ? ORDER BY coalesce(g.group_no, rg.group_no), g.group_name""")) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object meets = rs.getObject(6);
                    groups.add(new Group(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), meets == null ? null : (Boolean) meets));
                }
            }
        }
        List<GrowthPoint> growth = growthStored ? storedGrowth(conn, snapshotId) : new ArrayList<>();
        if (growthStored) {
            return new Scorecard(header, items, groups, growth);
        }
        // a snapshot made before growth series were stored with it: computed from the figures as they are now
        try (PreparedStatement ps = conn.prepareStatement("""
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
                ORDER BY m.name, g.year""")) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    growth.add(new GrowthPoint(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5)));
                }
            }
        }
        return new Scorecard(header, items, groups, growth);
    }

    private static List<GrowthPoint> storedGrowth(Connection conn, long snapshotId) throws SQLException {
        List<GrowthPoint> growth = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT metric_name, year, region_pct, baseline_pct, baseline_name FROM score.snapshot_growth
                WHERE snapshot_id = ? ORDER BY metric_name, year""")) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    growth.add(new GrowthPoint(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5)));
                }
            }
        }
        return growth;
    }
}
