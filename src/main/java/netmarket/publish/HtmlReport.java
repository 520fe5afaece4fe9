package netmarket.publish;

import static netmarket.publish.SafeText.html;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page per snapshot: no network, styles inline, charts as inline SVG.
 * The scorecard, the group rates, each growth indicator against its baseline over the years, and
 * the next-point list; readable on a laptop and printable on A4. Every value is escaped.
 */
public final class HtmlReport {

    private HtmlReport() {}

    public static Path write(Scorecard card, Path target) throws IOException {
        String page = render(card);
        return AtomicFiles.write(target, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    }

    static String render(Scorecard card) {
        Scorecard.Header h = card.header();
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(html(h.regionName() + " " + h.periodLabel() + " 评分报告")).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body>");
        if (Labels.banner(h) != null) {
            b.append("<div class=\"banner\" role=\"alert\">").append(html(Labels.banner(h))).append("</div>");
        }
        header(h, b);

        b.append("<section><h2>一级指标得分率</h2>").append(groupChart(card)).append(groupTable(card)).append("</section>");
        if (!card.growth().isEmpty()) {
            b.append("<section><h2>增速与比较基准</h2>");
            growthCharts(card, b);
            b.append("</section>");
        }
        nextPoints(card, b);
        itemTable(card, b);
        b.append("<footer>数据来源见 scorecard.xlsx / scorecard.csv 的“数据来源”列；本报告由网络市场监管与服务示范区数据管道生成。</footer>");
        b.append("</body></html>\n");
        return b.toString();
    }

    /** The region, rubric, period, version, total and verdict (with the pass rule) at the top. */
    private static void header(Scorecard.Header h, StringBuilder b) {
        b.append("<header><h1>").append(html(Labels.mark(h) + h.regionName())).append(" · ").append(html(h.rubricName())).append("</h1>")
                .append("<p class=\"meta\">统计期 ").append(html(h.periodLabel())).append(" ｜ 第 ").append(h.version())
                .append(" 版 ｜ 生成于 ").append(html(h.createdAt())).append(" ｜ 快照编号 ").append(h.snapshotId()).append("</p>")
                .append("<div class=\"total\"><span class=\"big\">").append(num(h.total())).append("</span> / ")
                .append(num(h.maxPoints())).append(" 分");
        if (h.verdict() != null) {
            b.append(" <span class=\"verdict ").append(h.verdict() == Verdict.PASS ? "pass" : "fail").append("\">")
                    .append(html(h.verdict().label())).append("</span>");
            if (h.verdictReason() != null) {
                b.append("<span class=\"reason\">").append(html(h.verdictReason())).append("</span>");
            }
            b.append("<span class=\"rule\">合格标准：总分≥").append(num(h.passTotalMin())).append("分，且每个一级指标得分率≥")
                    .append(num(h.passGroupRateMin())).append("%</span>");
        }
        b.append("</div></header>");
    }

    /** "下一分": each item short of its points, with what would gain the next one. */
    private static void nextPoints(Scorecard card, StringBuilder b) {
        b.append("<section><h2>下一分：还差什么</h2><ol class=\"next\">");
        for (Scorecard.Item i : card.items()) {
            if (i.shortfall() && (i.nextPoint() != null || i.missing() != null)) {
                b.append("<li><b>").append(html(i.code())).append(" ").append(html(i.indicatorName())).append("</b>（")
                        .append(num(i.points())).append("/").append(num(i.maxPoints())).append("）：")
                        .append(html(i.nextPoint() != null ? i.nextPoint() : "缺少：" + i.missing())).append("</li>");
            }
        }
        b.append("</ol></section>");
    }

    /** Every item by group, with its points, status and how it was scored. */
    private static void itemTable(Scorecard card, StringBuilder b) {
        b.append("<section class=\"items\"><h2>评分明细</h2><table><thead><tr>");
        for (String c : List.of("编号", "三级指标", "变量性质", "得分", "满分", "状态", "评分说明")) {
            b.append("<th>").append(c).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        String group = null;
        for (Scorecard.Item i : card.items()) {
            if (!i.groupName().equals(group)) {
                group = i.groupName();
                b.append("<tr class=\"group\"><td colspan=\"7\">").append(html(group)).append("</td></tr>");
            }
            b.append("<tr").append(i.shortfall() ? " class=\"short\"" : "").append("><td>").append(html(i.code())).append("</td><td>")
                    .append(html(i.indicatorName())).append("</td><td>").append(html(i.kind())).append("</td><td class=\"n\">")
                    .append(num(i.points())).append("</td><td class=\"n\">").append(num(i.maxPoints())).append("</td><td>")
                    .append(html(i.status().label())).append("</td><td class=\"d\">").append(html(i.detail()))
                    .append(i.missing() == null ? "" : "<br><span class=\"miss\">缺少：" + html(i.missing()) + "</span>")
                    .append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    private static String groupTable(Scorecard card) {
        StringBuilder b = new StringBuilder("<table class=\"groups\"><thead><tr><th>一级指标</th><th>得分</th><th>满分</th><th>得分率</th></tr></thead><tbody>");
        for (Scorecard.Group g : card.groups()) {
            b.append("<tr").append(Boolean.FALSE.equals(g.meetsRate()) ? " class=\"short\"" : "").append("><td>").append(html(g.name()))
                    .append("</td><td class=\"n\">").append(num(g.points())).append("</td><td class=\"n\">").append(num(g.maxPoints()))
                    .append("</td><td class=\"n\">").append(num(g.ratePct())).append("%</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** Bars of the group rates (0-100%), with the pass line where the rubric has one. */
    private static String groupChart(Scorecard card) {
        int w = 640;
        int h = 260;
        int left = 40;
        int bottom = 40;
        int n = Math.max(1, card.groups().size());
        double slot = (w - left - 10) / (double) n;
        StringBuilder s = new StringBuilder("<svg class=\"chart\" role=\"img\" aria-label=\"一级指标得分率\" viewBox=\"0 0 ")
                .append(w).append(' ').append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int p = 0; p <= 100; p += 25) {
            double y = y(p, h, bottom);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>", left, y, w - 10, y))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%d%%</text>", left - 4, y + 4, p));
        }
        int i = 0;
        for (Scorecard.Group g : card.groups()) {
            double rate = g.ratePct().doubleValue();
            double x = left + i * slot + slot * 0.2;
            double bw = slot * 0.6;
            double y = y(rate, h, bottom);
            String cls = Boolean.FALSE.equals(g.meetsRate()) ? "bar low" : "bar";
            s.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>", cls, x, y, bw, h - bottom - y))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"val\" text-anchor=\"middle\">%s%%</text>", x + bw / 2, y - 4, num(g.ratePct())))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%s</text>", x + bw / 2, h - bottom + 16, html(g.name())));
            i++;
        }
        BigDecimal pass = card.header().passGroupRateMin();
        if (pass != null) {
            double y = y(pass.doubleValue(), h, bottom);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"pass\"/>", left, y, w - 10, y))
                    .append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"8\" x2=\"%d\" y2=\"8\" class=\"pass\"/>", w - 130, w - 100))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"12\" class=\"axis\">合格线 %s%%</text>", w - 95, num(pass)));
        }
        return s.append("</svg>").toString();
    }

    /** One line chart per growth indicator: the region's growth and its baseline's, year by year. */
    private static void growthCharts(Scorecard card, StringBuilder b) {
        Map<String, List<Scorecard.GrowthPoint>> byMetric = new LinkedHashMap<>();
        for (Scorecard.GrowthPoint p : card.growth()) {
            byMetric.computeIfAbsent(p.metricName(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<Scorecard.GrowthPoint>> e : byMetric.entrySet()) {
            List<Scorecard.GrowthPoint> pts = e.getValue();
            double max = 5;
            double min = 0;
            for (Scorecard.GrowthPoint p : pts) {
                for (BigDecimal v : new BigDecimal[] {p.regionPct(), p.baselinePct()}) {
                    if (v != null) {
                        max = Math.max(max, v.doubleValue());
                        min = Math.min(min, v.doubleValue());
                    }
                }
            }
            max = Math.ceil(max / 5) * 5;
            min = Math.floor(min / 5) * 5;
            int w = 640;
            int h = 220;
            int left = 40;
            int bottom = 30;
            double span = Math.max(1, pts.size() - 1);
            StringBuilder s = new StringBuilder("<figure><figcaption>").append(html(e.getKey())).append("同比增速（%）：本地区 vs ")
                    .append(html(pts.get(0).baselineName())).append("</figcaption><svg class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                    .append(w).append(' ').append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
            StringBuilder region = new StringBuilder();
            StringBuilder base = new StringBuilder();
            for (int i = 0; i < pts.size(); i++) {
                Scorecard.GrowthPoint p = pts.get(i);
                double x = left + 20 + i * (w - left - 60) / span;
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%d</text>", x, h - 8, p.year()));
                if (p.regionPct() != null) {
                    double y = scale(p.regionPct().doubleValue(), min, max, h, bottom);
                    region.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" class=\"dot-region\"/>", x, y))
                            .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"val\" text-anchor=\"middle\">%s</text>", x, y - 6, num(p.regionPct())));
                }
                if (p.baselinePct() != null) {
                    double y = scale(p.baselinePct().doubleValue(), min, max, h, bottom);
                    base.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" class=\"dot-base\"/>", x, y));
                }
            }
            double zero = scale(0, min, max, h, bottom);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>", left, zero, w - 10, zero));
            s.append("<polyline class=\"line-region\" points=\"").append(region).append("\"/>");
            s.append("<polyline class=\"line-base\" points=\"").append(base).append("\"/>");
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"14\" class=\"legend-region\">● 本地区</text><text x=\"%d\" y=\"14\" class=\"legend-base\">● %s</text>",
                    left, left + 80, html(pts.get(0).baselineName())));
            b.append(s).append("</svg></figure>");
        }
    }

    private static double y(double pct, int h, int bottom) {
        return 20 + (h - bottom - 20) * (1 - Math.max(0, Math.min(100, pct)) / 100.0);
    }

    private static double scale(double v, double min, double max, int h, int bottom) {
        return 24 + (h - bottom - 24) * (1 - (v - min) / (max - min));
    }

    private static String num(BigDecimal d) {
        return d == null ? "" : html(d.stripTrailingZeros().toPlainString());
    }

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:24px auto;max-width:1000px;color:#222;padding:0 16px}
            h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;border-left:4px solid #1f6fb2;padding-left:8px;margin:28px 0 10px}
            .meta{color:#666;margin:0 0 8px}.total{font-size:18px}.big{font-size:36px;font-weight:bold;color:#1f6fb2}
            .banner{margin:0 0 16px;padding:12px 16px;border:3px solid #c0392b;background:#fdecea;color:#922;font-size:18px;font-weight:bold}.reason{display:block;margin-top:6px;color:#c0392b;font-size:14px}.verdict{display:inline-block;margin-left:12px;padding:2px 10px;border-radius:4px;color:#fff}.pass{background:#2e8b57}.fail{background:#c0392b}
            .rule{margin-left:12px;font-size:13px;color:#666}
            table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top}
            th{background:#f2f4f7}td.n{text-align:right;white-space:nowrap}td.d{color:#444}tr.short td:nth-child(4){background:#fde2e2}
            table.groups{width:auto;margin-top:8px}table.groups tr.short td{background:#fde2e2}
            tr.group td{background:#e8f0f8;font-weight:bold}.miss{color:#b9770e}
            svg.chart{width:100%;max-width:640px;height:auto;display:block}
            .grid{stroke:#ddd;stroke-width:1}.axis{font-size:11px;fill:#555}.val{font-size:11px;fill:#222}
            .bar{fill:#1f6fb2}.bar.low{fill:#c0392b}.pass{stroke:#c0392b;stroke-dasharray:6 4;stroke-width:1.5}
            .line-region{fill:none;stroke:#1f6fb2;stroke-width:2}.line-base{fill:none;stroke:#e67e22;stroke-width:2;stroke-dasharray:5 3}
            .dot-region{fill:#1f6fb2}.dot-base{fill:#e67e22}.legend-region{font-size:12px;fill:#1f6fb2}.legend-base{font-size:12px;fill:#e67e22}
            figure{margin:0 0 12px}figcaption{font-size:13px;color:#444}
            ol.next li{margin-bottom:4px}footer{margin-top:32px;color:#888;font-size:12px}
            @media print{@page{size:A4;margin:14mm}body{margin:0;max-width:none}section{break-inside:avoid-page}tr{break-inside:avoid}.items{break-before:page}}
            """;
}
