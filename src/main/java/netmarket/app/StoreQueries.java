package netmarket.app;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import netmarket.normalize.ValueKind;
import netmarket.publish.AtomicFiles;
import netmarket.publish.DataDictionary;
import netmarket.publish.Publisher;
import netmarket.publish.SafeText;
import netmarket.score.Applicants;
import netmarket.score.WhatIf;
import netmarket.store.InTransaction;
import netmarket.store.Sql;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The read-mostly commands for the data office: status (what is loaded and missing for a period,
 * per region and feed), history (past runs and snapshot versions), diff (two snapshot versions),
 * export (write the exports of every snapshot).
 */
@Component
public class StoreQueries {

    private final DataSource dataSource;
    private final PipelineProperties props;

    public StoreQueries(DataSource dataSource, PipelineProperties props) {
        this.dataSource = dataSource;
        this.props = props;
    }

    /** Per applicant region and feed: the latest period loaded and whether the period asked for is there. */
    public int status(YearMonth period, PrintStream out) throws SQLException {
        out.println("==== 数据到位情况（统计期 " + period.getYear() + "年" + period.getMonthValue() + "月）====");
        return print(out, """
                WITH regions AS (SELECT DISTINCT region_code FROM fact.expert_score),
                loads AS (SELECT load_id, source_id FROM meta.load WHERE status = 'loaded'),
                metric_latest AS (
                    SELECT l.source_id, a.ancestor_code AS region_code, max(f.period_year * 100 + f.period_month) AS latest
                    FROM fact.metric_value f JOIN loads l USING (load_id)
                    JOIN mart.region_ancestor a ON a.region_code = f.region_code
                    GROUP BY ALL
                ),
                record_latest AS (
                    SELECT l.source_id, a.ancestor_code AS region_code, 999999 AS latest
                    FROM (SELECT load_id, region_code FROM fact.operator UNION SELECT load_id, region_code FROM fact.operator_sales
                          UNION SELECT load_id, region_code FROM fact.staff_training UNION SELECT load_id, region_code FROM fact.institutional_document
                          UNION SELECT load_id, region_code FROM fact.expert_score) x
                    JOIN loads l USING (load_id) JOIN mart.region_ancestor a ON a.region_code = x.region_code
                    GROUP BY ALL
                ),
                latest AS (SELECT * FROM metric_latest UNION ALL SELECT * FROM record_latest),
                sources AS (SELECT DISTINCT source_id FROM meta.load WHERE source_id <> 'baselines')
                SELECT r.name AS 地区, s.source_id AS 数据源,
                       CASE WHEN max(la.latest) IS NULL THEN '无' WHEN max(la.latest) = 999999 THEN '已加载'
                            ELSE (max(la.latest) // 100) || '年' || (max(la.latest) % 100) || '月' END AS 最新统计期,
                       CASE WHEN max(la.latest) IS NULL THEN '缺'
                            WHEN max(la.latest) >= ? OR max(la.latest) = 999999 THEN '已到'
                            ELSE '较旧' END AS 本期
                FROM regions g JOIN ref.region r ON r.code = g.region_code CROSS JOIN sources s
                LEFT JOIN latest la ON la.source_id = s.source_id AND la.region_code = g.region_code
                GROUP BY r.name, s.source_id ORDER BY 1, 2
                """, (period.getYear() - 1) * 100 + 12);
    }

    /** Past runs of the monthly job, and every snapshot version. */
    public int history(PrintStream out) throws SQLException {
        out.println("==== 运行记录 ====");
        print(out, """
                SELECT e.JOB_EXECUTION_ID AS 运行编号, strftime(e.START_TIME, '%Y-%m-%d %H:%M:%S') AS 开始,
                       strftime(e.END_TIME, '%Y-%m-%d %H:%M:%S') AS 结束, e.STATUS AS 状态,
                       (SELECT count(*) FROM meta.load l WHERE l.job_execution_id = e.JOB_EXECUTION_ID) AS 文件数,
                       (SELECT PARAMETER_VALUE FROM batch.BATCH_JOB_EXECUTION_PARAMS p
                         WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'period') AS 统计期
                FROM batch.BATCH_JOB_EXECUTION e ORDER BY e.JOB_EXECUTION_ID
                """);
        out.println("==== 评分快照 ====");
        return print(out, """
                SELECT s.snapshot_id AS 快照编号, r.name AS 地区, s.rubric_id AS 指标体系,
                       s.period_year || '-' || lpad(s.period_month::VARCHAR, 2, '0') AS 统计期, s.version AS 版本,
                       s.total_points AS 总分, coalesce(s.verdict, '') AS 结论,
                       CASE WHEN s.withdrawn_at IS NOT NULL THEN '已撤回：' || s.withdrawn_reason WHEN s.provisional THEN '暂定' ELSE '正式' END AS 状态,
                       strftime(s.created_at, '%Y-%m-%d %H:%M') AS 生成时间
                FROM score.snapshot s JOIN ref.region r ON r.code = s.region_code
                ORDER BY r.name, s.rubric_id, s.period_year, s.period_month, s.version
                """);
    }

    /**
     * {@code withdraw}: a final snapshot flagged as withdrawn, with the reason, its exports moved to
     * outputs/withdrawn/. A snapshot that does not exist, is already withdrawn or is provisional is refused (exit 2).
     */
    public int withdraw(long snapshotId, String reason, Path outputs, PrintStream out) throws Exception {
        if (reason == null || reason.isBlank()) {
            throw UserError.arguments("撤回须说明原因：withdraw --snapshot=编号 --reason=原因。本次未做任何操作",
                    "withdraw needs a reason: withdraw --snapshot=ID --reason=TEXT. Nothing was done");
        }
        Publisher.Published moved = InTransaction.with(dataSource, conn -> {
            record State(boolean provisional, String withdrawnAt) {}
            State state = Sql.on(conn).first("SELECT coalesce(provisional, false), strftime(withdrawn_at, '%Y-%m-%d %H:%M') "
                    + "FROM score.snapshot WHERE snapshot_id = ?", rs -> new State(rs.getBoolean(1), rs.getString(2)), snapshotId)
                    .orElseThrow(() -> UserError.arguments("没有编号为 " + snapshotId + " 的评分快照（编号见 history）。本次未做任何操作",
                            "no snapshot with id " + snapshotId + " (see history); nothing was done"));
            if (state.provisional()) {
                throw UserError.arguments("快照 " + snapshotId + " 是暂定评分，无需撤回：数据齐全后的下一次运行会以同一版本号替换它。本次未做任何操作",
                        "snapshot " + snapshotId + " is provisional: the next complete run replaces it; nothing was done");
            }
            if (state.withdrawnAt() != null) {
                throw UserError.arguments("快照 " + snapshotId + " 已于 " + state.withdrawnAt() + " 撤回。本次未做任何操作",
                        "snapshot " + snapshotId + " was already withdrawn on " + state.withdrawnAt() + "; nothing was done");
            }
            return Publisher.withdraw(conn, outputs, snapshotId, reason.strip());
        });
        out.println("已撤回快照 " + snapshotId + "（原因：" + SafeText.visible(reason.strip()) + "），输出已移至 " + moved.folder()
                + " / snapshot " + snapshotId + " withdrawn; its exports are now in " + moved.folder());
        return 0;
    }

    /** {@code whatif}: the region's scorecard with some figures replaced, the items whose points change, totals and verdicts; nothing stored. */
    public int whatIf(YearMonth period, String region, String rubric, List<String> sets, PrintStream out) throws Exception {
        List<WhatIf.Override> overrides = new ArrayList<>();
        for (String set : sets) {
            overrides.addAll(WhatIf.parse(set, period));
        }
        WhatIf.Answer a = InTransaction.with(dataSource, conn -> {
            String r = rubric != null ? rubric
                    : Applicants.byRubric(conn, List.of(region), true).keySet().stream().findFirst().orElse("national");
            return WhatIf.ask(conn, r, region, period, overrides);
        });
        out.println("==== 假设分析 / what-if：地区 " + region + "（" + period + "）====");
        for (WhatIf.Override o : overrides) {
            boolean growth = o.kind() == ValueKind.OFFICIAL_GROWTH_PCT;
            out.println("  假设 " + o.metric() + (growth ? " 同比增速" : "") + "（" + o.period().label() + "）= " + o.value().toPlainString()
                    + (growth ? "%" : ""));
        }
        if (a.changes().isEmpty()) {
            out.println("得分没有变化。/ No item's points change.");
        } else {
            out.println("编号 | 三级指标 | 原得分 | 假设得分 | 说明");
            for (WhatIf.Change c : a.changes()) {
                out.println(c.code() + " | " + c.name() + " | " + c.before().stripTrailingZeros().toPlainString() + " | "
                        + c.after().stripTrailingZeros().toPlainString() + " | " + SafeText.visible(c.detail()));
            }
        }
        out.println("总分 " + a.totalBefore().stripTrailingZeros().toPlainString() + " → " + a.totalAfter().stripTrailingZeros().toPlainString()
                + " / " + a.max().stripTrailingZeros().toPlainString()
                + (a.verdictBefore() == null ? "" : "，结论 " + a.verdictBefore() + " → " + a.verdictAfter()));
        out.println("未保存任何结果 / nothing was stored.");
        return 0;
    }

    /** The ids among {@code ids} that are no snapshot in the store. */
    public List<Long> missingSnapshots(List<Long> ids) throws Exception {
        return InTransaction.with(dataSource, conn -> {
            List<Long> missing = new ArrayList<>();
            for (long id : ids) {
                if (Sql.on(conn).longValue("SELECT count(*) FROM score.snapshot WHERE snapshot_id = ?", id) == 0 && !missing.contains(id)) {
                    missing.add(id);
                }
            }
            return missing;
        });
    }

    /** What changed between two snapshots, after checking both exist (exit 2 naming those that do not). */
    public int diffKnown(long from, long to, PrintStream out) throws Exception {
        List<Long> unknown = missingSnapshots(List.of(from, to));
        if (!unknown.isEmpty()) {
            throw UserError.arguments("没有编号为 " + unknown + " 的评分快照（编号见 history）。本次未做任何操作",
                    "no snapshot with id " + unknown + " (see history); nothing was done");
        }
        diff(from, to, out);
        return 0;
    }

    /** What changed between two snapshots. */
    public int diff(long from, long to, PrintStream out) throws SQLException {
        out.println("==== 快照 " + from + " → " + to + " 的变化 ====");
        int rows = print(out, """
                SELECT indicator_no || CASE WHEN sub_item > 0 THEN '.' || sub_item ELSE '' END AS 编号, indicator_name AS 三级指标,
                       old_points AS 原得分, new_points AS 新得分, old_value AS 原数值, new_value AS 新数值,
                       old_status AS 原状态, new_status AS 新状态, new_inputs AS 新的数据来源
                FROM score.diff(?, ?)
                """, from, to);
        if (rows == 0) {
            out.println("两个快照没有差别。");
        }
        return rows;
    }

    /** Writes the data dictionary (from the store's catalog and comments) to a file. */
    public void dictionary(Path target, PrintStream out) throws Exception {
        String md = InTransaction.with(dataSource, DataDictionary::markdown);
        AtomicFiles.write(target, o -> o.write(md.getBytes(StandardCharsets.UTF_8)));
        out.println("数据字典已写入 " + target);
    }

    /** Writes the exports of every snapshot that has none yet; returns how many were written. */
    public int export(PrintStream out) throws Exception {
        int written = 0;
        for (Publisher.Published p : InTransaction.with(dataSource, conn -> Publisher.publish(conn, props.outputs()))) {
            if (p.written()) {
                written++;
                out.println("已输出: " + p.folder());
            }
        }
        out.println("Parquet: " + props.outputs().resolve("parquet") + "；共 " + written + " 个快照新输出。");
        return written;
    }

    private int print(PrintStream out, String sql, Object... params) throws SQLException {
        Connection conn = DataSourceUtils.getConnection(dataSource);
        try {
            return Sql.on(conn).result(sql, rs -> printTable(out, rs), params);
        } finally {
            DataSourceUtils.releaseConnection(conn, dataSource);
        }
    }

    /** The result as a table of text: labels, then one line per row, cells separated by " | "; returns the rows printed. */
    private static int printTable(PrintStream out, ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        StringBuilder header = new StringBuilder();
        for (int c = 1; c <= md.getColumnCount(); c++) {
            header.append(c > 1 ? " | " : "").append(md.getColumnLabel(c));
        }
        out.println(header);
        int rows = 0;
        while (rs.next()) {
            StringBuilder line = new StringBuilder();
            for (int c = 1; c <= md.getColumnCount(); c++) {
                Object v = rs.getObject(c);
                line.append(c > 1 ? " | " : "").append(v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v == null ? "" : v);
            }
            out.println(line);
            rows++;
        }
        return rows;
    }

}
