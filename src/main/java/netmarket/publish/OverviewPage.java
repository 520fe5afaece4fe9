package netmarket.publish;

import static netmarket.publish.SafeText.html;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import netmarket.store.Sql;

/**
 * outputs/index.html, the office's overview on one self-contained page (inline SVG, no script, no
 * network): for each rubric and period a league table of the regions scored (rank, total, each
 * group's rate, verdict, change since the previous period, a link to the scorecard), and for each
 * region its history over the periods (a line per group) with the items gained or lost between its
 * last two periods. The same data as mart.league, mart.score_history and score.diff.
 */
public final class OverviewPage {

    private static final String[] COLORS = {"#1f6fb2", "#e67e22", "#2e8b57", "#8e44ad", "#c0392b", "#7f8c8d"};

    private record Row(String rubricId, String rubricName, String period, String regionCode, String regionName, long rank, long regions,
            BigDecimal total, BigDecimal max, String verdict, String rates, BigDecimal change, String previous, boolean provisional, long snapshotId) {}

    private OverviewPage() {}

    public static Path write(Connection conn, Path outputs, Map<Long, Path> scorecards) throws SQLException, IOException {
        String page = render(conn, outputs, scorecards);
        return AtomicFiles.write(outputs.resolve("index.html"), out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    }

    static String render(Connection conn, Path outputs, Map<Long, Path> scorecards) throws SQLException {
        List<Row> rows = Sql.on(conn).list("""
                SELECT rubric_id, rubric_name, format('{}-{}', period_year, lpad(period_month::VARCHAR, 2, '0')) AS period, region_code, region_name,
                       rank, regions, total_points, max_points, verdict,
                       (SELECT string_agg(k || ' ' || v || '%', '；') FROM (SELECT unnest(map_keys(group_rates)) AS k, unnest(map_values(group_rates)) AS v)),
                       change_since_previous, previous_period, provisional, snapshot_id
                FROM mart.league ORDER BY rubric_id, period DESC, rank, region_code""",
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10), rs.getString(11), rs.getBigDecimal(12), rs.getString(13),
                        rs.getBoolean(14), rs.getLong(15)));
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>网络市场监管与服务示范区 评分总览</title><style>").append(CSS).append("</style></head><body>")
                .append("<h1>网络市场监管与服务示范区 评分总览</h1><p class=\"meta\">各地区最新的未撤回评分快照；暂定评分标有“暂定”。</p>");
        if (rows.isEmpty()) {
            b.append("<p>尚无评分快照。</p>");
        }
        String current = null;
        for (Row r : rows) {
            String key = r.rubricId() + " " + r.period();
            if (!key.equals(current)) {
                if (current != null) {
                    b.append("</tbody></table></section>");
                }
                current = key;
                b.append("<section><h2>").append(html(r.rubricName())).append(" · ").append(html(r.period())).append("（").append(r.regions())
                        .append(" 个地区）</h2><table><thead><tr><th>名次</th><th>地区</th><th>总分</th><th>一级指标得分率</th><th>结论</th>")
                        .append("<th>较上期</th></tr></thead><tbody>");
            }
            Path card = scorecards.get(r.snapshotId());
            String region = html(r.regionName());
            if (card != null) {
                region = "<a href=\"" + html(outputs.toAbsolutePath().relativize(card.toAbsolutePath().resolve("report.html")).toString().replace('\\', '/'))
                        + "\">" + region + "</a>";
            }
            b.append("<tr><td>").append(r.rank()).append("</td><td>").append(region).append(r.provisional() ? " <span class=\"prov\">暂定</span>" : "")
                    .append("</td><td>").append(num(r.total())).append(" / ").append(num(r.max())).append("</td><td>").append(html(r.rates()))
                    .append("</td><td>").append(r.verdict() == null ? "—" : html(r.verdict())).append("</td><td>")
                    .append(r.change() == null ? "—" : (r.change().signum() > 0 ? "+" : "") + num(r.change()) + "（上期 " + html(r.previous()) + "）")
                    .append("</td></tr>");
        }
        if (current != null) {
            b.append("</tbody></table></section>");
        }
        targets(conn, b);
        histories(conn, b);
        b.append("</body></html>\n");
        return b.toString();
    }

    /** The regions' plan targets (mart.target_progress): latest value, whether met or on track, and the arithmetic. */
    private static void targets(Connection conn, StringBuilder b) throws SQLException {
        StringBuilder rows = new StringBuilder();
        Sql.on(conn).each("SELECT region_name, name, status, arithmetic, clause FROM mart.target_progress ORDER BY region_code, target_no", rs -> {
            String status = rs.getString(3);
            rows.append("<tr><td>").append(html(rs.getString(1))).append("</td><td>").append(html(rs.getString(2))).append("</td><td class=\"")
                    .append(status.equals("已达到") || status.equals("按趋势可达到") ? "ok" : status.equals("按趋势达不到") ? "bad" : "meta")
                    .append("\">").append(html(status)).append("</td><td>").append(html(rs.getString(4))).append("</td><td class=\"meta\">")
                    .append(html(rs.getString(5))).append("</td></tr>");
        });
        if (rows.length() > 0) {
            b.append("<section><h2>创建方案目标</h2><table><thead><tr><th>地区</th><th>目标</th><th>进展</th><th>计算过程</th><th>方案原文</th></tr></thead><tbody>")
                    .append(rows).append("</tbody></table></section>");
        }
    }

    /** For each region and rubric: a line per group over the periods, and what changed between its last two periods. */
    private static void histories(Connection conn, StringBuilder b) throws SQLException {
        Map<String, Map<String, Map<String, BigDecimal>>> byRegion = new LinkedHashMap<>();
        Map<String, List<Long>> snapshots = new LinkedHashMap<>();
        Sql.on(conn).each("""
                SELECT region_name || ' · ' || rubric_id, format('{}-{}', period_year, lpad(period_month::VARCHAR, 2, '0')), group_name, rate_pct, snapshot_id
                FROM mart.score_history ORDER BY region_code, rubric_id, period_year, period_month, group_no""", rs -> {
            byRegion.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).computeIfAbsent(rs.getString(3), k -> new LinkedHashMap<>())
                    .put(rs.getString(2), rs.getBigDecimal(4));
            List<Long> ids = snapshots.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
            if (!ids.contains(rs.getLong(5))) {
                ids.add(rs.getLong(5));
            }
        });
        if (byRegion.isEmpty()) {
            return;
        }
        Map<String, String> changes = changes(conn, snapshots);
        b.append("<section><h2>各地区历期一级指标得分率</h2>");
        for (Map.Entry<String, Map<String, Map<String, BigDecimal>>> e : byRegion.entrySet()) {
            b.append("<div class=\"region\"><h3>").append(html(e.getKey())).append("</h3>").append(chart(e.getValue()));
            if (changes.containsKey(e.getKey())) {
                b.append(changes.get(e.getKey()));
            } else {
                b.append("<p class=\"meta\">只有一期评分，尚无可比较的上一期。</p>");
            }
            b.append("</div>");
        }
        b.append("</section>");
    }

    /**
     * For every region with two periods or more, the items whose points changed between its last two
     * snapshots (score.diff's comparison, for all regions in one query), as HTML by region.
     */
    private static Map<String, String> changes(Connection conn, Map<String, List<Long>> snapshots) throws SQLException {
        List<String> keys = new ArrayList<>();
        StringBuilder pairs = new StringBuilder();
        for (Map.Entry<String, List<Long>> e : snapshots.entrySet()) {
            List<Long> ids = e.getValue();
            if (ids.size() >= 2) {
                pairs.append(pairs.length() == 0 ? "" : ", ").append('(').append(keys.size()).append(", ").append(ids.get(ids.size() - 2))
                        .append(", ").append(ids.get(ids.size() - 1)).append(')');
                keys.add(e.getKey());
            }
        }
        Map<String, StringBuilder> rows = new LinkedHashMap<>();
        keys.forEach(k -> rows.put(k, new StringBuilder()));
        if (!keys.isEmpty()) {
            Sql.on(conn).each("""
                    WITH p(k, before, after) AS (VALUES %s),
                    o AS (SELECT p.k, i.* FROM p JOIN score.snapshot_item i ON i.snapshot_id = p.before),
                    n AS (SELECT p.k, i.* FROM p JOIN score.snapshot_item i ON i.snapshot_id = p.after)
                    SELECT coalesce(n.k, o.k) AS k, coalesce(n.indicator_no, o.indicator_no) AS no, coalesce(n.sub_item, o.sub_item) AS sub,
                           coalesce(n.indicator_name, o.indicator_name) AS name, o.points, n.points
                    FROM o FULL JOIN n ON n.k = o.k AND n.indicator_no = o.indicator_no AND n.sub_item = o.sub_item
                    WHERE o.points IS DISTINCT FROM n.points
                    ORDER BY k, no, sub""".formatted(pairs),
                    rs -> rows.get(keys.get(rs.getInt(1))).append("<tr><td>").append(html(rs.getInt(2) + (rs.getInt(3) > 0 ? "." + rs.getInt(3) : "")
                            + " " + rs.getString(4))).append("</td><td>").append(num(rs.getBigDecimal(5))).append("</td><td>")
                            .append(num(rs.getBigDecimal(6))).append("</td></tr>"));
        }
        Map<String, String> out = new LinkedHashMap<>();
        rows.forEach((k, r) -> out.put(k, r.length() == 0 ? "<p class=\"meta\">与上一期相比，各项得分没有变化。</p>"
                : "<p>与上一期相比得分有变化的指标：</p><table class=\"changes\"><thead><tr><th>三级指标</th><th>上期得分</th><th>本期得分</th></tr></thead><tbody>"
                        + r + "</tbody></table>"));
        return out;
    }

    /** Group rates over the periods, one polyline per group, 0-100%. */
    private static String chart(Map<String, Map<String, BigDecimal>> groups) {
        TreeSet<String> periods = new TreeSet<>();
        groups.values().forEach(m -> periods.addAll(m.keySet()));
        List<String> xs = new ArrayList<>(periods);
        int w = 560;
        int h = 220;
        int left = 40;
        int right = 150;
        int top = 10;
        int bottom = 30;
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" role=\"img\">");
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = top + (h - top - bottom) * (1 - pct / 100.0);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"4\" y=\"%.1f\" font-size=\"11\">%d%%</text>",
                    left, y, w - right, y, y + 4, pct));
        }
        for (int i = 0; i < xs.size(); i++) {
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>", x(i, xs.size(), left, w - right), h - 10,
                    html(xs.get(i))));
        }
        int g = 0;
        for (Map.Entry<String, Map<String, BigDecimal>> e : groups.entrySet()) {
            String color = COLORS[g % COLORS.length];
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < xs.size(); i++) {
                BigDecimal v = e.getValue().get(xs.get(i));
                if (v != null) {
                    double y = top + (h - top - bottom) * (1 - Math.min(100, v.doubleValue()) / 100.0);
                    pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, xs.size(), left, w - right), y));
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x(i, xs.size(), left, w - right), y, color));
                }
            }
            s.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\" points=\"").append(pts.toString().strip()).append("\"/>");
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">%s</text>", w - right + 10, top + 14 + 18 * g, color,
                    html(e.getKey())));
            g++;
        }
        return s.append("</svg>").toString();
    }

    private static double x(int i, int n, int from, int to) {
        return n == 1 ? (from + to) / 2.0 : from + (to - from) * i / (double) (n - 1);
    }

    private static String num(BigDecimal d) {
        return d == null ? "—" : d.stripTrailingZeros().toPlainString();
    }

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#222}h1{font-size:24px}h2{font-size:18px;margin-top:28px}
            table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #ccc;padding:4px 8px;font-size:14px}th{background:#f2f2f2}
            .meta{color:#666}.ok{color:#2e8b57;font-weight:bold}.bad{color:#c0392b;font-weight:bold}.prov{color:#c0392b;font-weight:bold}.region{margin:12px 0 24px}a{color:#1f6fb2}
            """;
}
