package netmarket.job;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import netmarket.load.LoadOutcome;
import netmarket.load.LoadStatus;
import netmarket.publish.SafeText;
import netmarket.source.SourceDefinition;
import netmarket.source.SourceDefinitions;
import netmarket.store.Sql;

/**
 * The summary at the end of a run, in Chinese: per file, rows loaded, rejected and skipped (they
 * add up to the rows read), and for a file loaded again, why and which load it replaced; files no
 * definition matched; and feeds still missing for the period.
 */
public final class RunSummary {

    private RunSummary() {}

    /** One snapshot's line: region, rubric, version, total and the verdict with why it failed. */
    public static String snapshotLine(netmarket.score.SnapshotWriter.Result r) {
        return String.format("评分快照 %s（%s）第 %d 版%s：总分 %s / %s%s%s", r.regionName(), r.rubricName(),
                r.version(), r.created() ? "（新）" : "（输入未变，沿用）", r.total().stripTrailingZeros().toPlainString(),
                r.maxPoints().stripTrailingZeros().toPlainString(), r.verdict() == null ? "" : "，" + r.verdictText(),
                r.provisional() ? "。暂定评分，" + r.provisionalReason() + "；数据齐全后的下一次运行以同一版本号替换" : "");
    }

    public static void print(PrintStream out, RunReport report, List<String> missing, YearMonth period) {
        out.println();
        out.println("==== 本次运行汇总（统计期 " + period.getYear() + "年" + period.getMonthValue() + "月）====");
        out.printf("%-8s %8s %8s %8s %8s  %s%n", "状态", "读取行", "加载行", "拒绝行", "跳过行", "文件");
        long read = 0;
        long loaded = 0;
        long rejected = 0;
        long skipped = 0;
        for (LoadOutcome o : report.outcomes()) {
            String status = switch (LoadStatus.of(o.status())) {
                case LOADED -> o.replaced() == null ? "已加载" : "重新加载";
                case FAILED -> "失败";
                case ALREADY_LOADED -> "已加载过";
                case ALREADY_FAILED -> "未重试";
            };
            out.printf("%-8s %8d %8d %8d %8d  %s%n", status, o.rowsRead(), o.rowsLoaded(), o.rowsRejected(), o.rowsSkipped(),
                    SafeText.visible(o.fileName()));
            if (o.is(LoadStatus.FAILED)) {
                out.println("         原因: " + SafeText.visible(o.message()));
            } else if (o.is(LoadStatus.LOADED) && o.message() != null) {
                out.println("         " + SafeText.visible(o.message()));
            }
            read += o.rowsRead();
            loaded += o.rowsLoaded();
            rejected += o.rowsRejected();
            skipped += o.rowsSkipped();
        }
        out.printf("%-8s %8d %8d %8d %8d  %s%n", "合计", read, loaded, rejected, skipped,
                read == loaded + rejected + skipped ? "（行数核对一致）" : "（行数核对不一致！）");
        if (rejected > 0) {
            out.println("被拒绝的行及原因见表 meta.reject。");
        }
        for (String u : report.unmatched()) {
            out.println("未匹配任何数据源定义（未加载）: " + SafeText.visible(u));
        }
        for (String r : report.refused()) {
            out.println("已拒绝: " + SafeText.visible(r));
        }
        for (netmarket.score.SnapshotWriter.Result r : report.snapshots()) {
            out.println(snapshotLine(r));
        }
        for (java.nio.file.Path folder : report.published()) {
            out.println("已输出评分表（XLSX、CSV、HTML）: " + folder);
        }
        if (missing.isEmpty()) {
            out.println("本期所需数据源均已到齐。");
        } else {
            out.println("本期尚缺的数据源:");
            missing.forEach(m -> out.println("  - " + SafeText.visible(m)));
        }
    }

    /**
     * Feeds with nothing for the period: monthly feeds need the period's month (or year to date),
     * annual feeds the last complete year, one-off feeds any load at all.
     */
    public static List<String> missingFeeds(Connection conn, SourceDefinitions definitions, YearMonth period) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (SourceDefinition d : definitions.all()) {
            String sql = d.isMetricTarget()
                    ? "SELECT max(f.period_year * 100 + f.period_month) FROM fact.metric_value f JOIN meta.load l USING (load_id) "
                            + "WHERE l.source_id = ? AND l.status = 'loaded'"
                    : "SELECT CASE WHEN count(*) > 0 THEN 999999 END FROM meta.load WHERE source_id = ? AND status = 'loaded'";
            Long latest = Sql.on(conn).first(sql, rs -> rs.getObject(1) == null ? null : rs.getLong(1), d.id()).orElse(null);
            long needed = d.frequency().latestNeeded(period);
            if (latest == null || latest < needed) {
                missing.add(d.name() + "（" + d.agency() + "）" + (latest == null ? "：尚无数据" : "：最新数据为 " + latest / 100 + "年" + latest % 100 + "月"));
            }
        }
        return missing;
    }
}
