package netmarket.app;

import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import netmarket.load.LoadContext;
import netmarket.load.ReferenceTables;
import netmarket.score.RubricFiles;
import netmarket.score.ScoringService;
import netmarket.score.SnapshotWriter;
import netmarket.store.Sql;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code score}: scores a period for one region, several, or every applicant, without loading files. */
@Component
public class ScoreCommand {

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final LoadContext ctx;
    private final PipelineProperties props;
    private final netmarket.source.SourceDefinitions definitions;

    public ScoreCommand(DataSource dataSource, TransactionTemplate transactions, LoadContext ctx, PipelineProperties props,
            netmarket.source.SourceDefinitions definitions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.ctx = ctx;
        this.props = props;
        this.definitions = definitions;
    }

    /**
     * Scores with what was known on {@code released}: only files released (or exported) on or
     * before it count, as an assessor would have seen them then. Nothing is stored: the snapshots
     * are computed in a transaction that is rolled back, and printed.
     */
    public List<SnapshotWriter.Result> scoreAsReleased(YearMonth period, List<String> regions, String rubric, java.time.LocalDate released) {
        List<SnapshotWriter.Result> results = transactions.execute(status -> {
            status.setRollbackOnly();
            Connection conn = DataSourceUtils.getConnection(dataSource);
            try {
                Sql.on(conn).update("SET VARIABLE as_released = ?", released);
                ReferenceTables.replace(conn, ctx);
                RubricFiles.replace(conn, props.jobs().resolve("rubrics"));
                netmarket.score.PlanTargets.replace(conn, props.jobs().resolve("targets"));
                return ScoringService.score(conn, new ScoringService.Request(period, regions, !regions.isEmpty(), rubric, null, null, false));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("评分失败: " + e.getMessage(), e);
            } finally {
                try {
                    Sql.on(conn).execute("RESET VARIABLE as_released");
                } catch (java.sql.SQLException e) {
                    // the connection is going back to the pool: nothing more to undo
                }
                DataSourceUtils.releaseConnection(conn, dataSource);
            }
        });
        if (results.isEmpty()) {
            System.out.println("没有可评分的地区：请用 --region 指定地区代码，或先加载专家评估表。");
        }
        for (SnapshotWriter.Result r : results) {
            System.out.printf("按 %s 时已发布的数据评分（未保存）%s（%s）%s：总分 %s / %s%s%n", released, r.regionName(), r.rubricName(), period,
                    r.total().stripTrailingZeros().toPlainString(), r.maxPoints().stripTrailingZeros().toPlainString(),
                    r.verdict() == null ? "" : "，" + r.verdictText());
        }
        return results;
    }

    /** Returns the snapshots (new, or unchanged ones kept) after printing one line each. */
    public List<SnapshotWriter.Result> score(YearMonth period, List<String> regions, String rubric) {
        List<SnapshotWriter.Result> results = transactions.execute(status -> {
            Connection conn = DataSourceUtils.getConnection(dataSource);
            try {
                ReferenceTables.replace(conn, ctx);
                RubricFiles.replace(conn, props.jobs().resolve("rubrics"));
                netmarket.score.PlanTargets.replace(conn, props.jobs().resolve("targets"));
                String provisional = netmarket.job.Completeness.provisionalReason(List.of(),
                        netmarket.job.RunSummary.missingFeeds(conn, definitions, period));
                return ScoringService.score(conn, new ScoringService.Request(period, regions, !regions.isEmpty(), rubric, null, provisional, false));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("评分失败: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(conn, dataSource);
            }
        });
        if (results.isEmpty()) {
            System.out.println("没有可评分的地区：请用 --region 指定地区代码，或先加载专家评估表。");
        }
        for (SnapshotWriter.Result r : results) {
            System.out.printf("评分快照 %s（%s）%s 第 %d 版%s：总分 %s / %s%s（快照编号 %d）%n", r.regionName(), r.rubricName(), period,
                    r.version(), r.created() ? "（新）" : "（输入未变，沿用）", r.total().stripTrailingZeros().toPlainString(),
                    r.maxPoints().stripTrailingZeros().toPlainString(), (r.verdict() == null ? "" : "，" + r.verdictText())
                            + (r.provisional() ? "，暂定（" + r.provisionalReason() + "）" : ""), r.snapshotId());
        }
        return results;
    }
}
