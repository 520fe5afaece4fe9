package netmarket.job;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import netmarket.score.Applicants;
import netmarket.score.ScoringInputs;
import netmarket.score.SnapshotWriter;
import netmarket.store.InTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Ends the monthly job by scoring the period for every applicant region into snapshots. */
final class ScoreSnapshotsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ScoreSnapshotsTasklet.class);

    private final DataSource dataSource;
    private final List<String> extraRegions;
    private final RunReport report;
    private final netmarket.source.SourceDefinitions definitions;

    ScoreSnapshotsTasklet(DataSource dataSource, List<String> extraRegions, RunReport report, netmarket.source.SourceDefinitions definitions) {
        this.dataSource = dataSource;
        this.extraRegions = extraRegions;
        this.report = report;
        this.definitions = definitions;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        YearMonth period = YearMonth.parse(chunkContext.getStepContext().getStepExecution().getJobParameters().getString("period"));
        long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        InTransaction.with(dataSource, conn -> {
            // a file of this run that failed, or a feed the period needs that is missing, makes the scorecards provisional
            String provisional = Completeness.provisionalReason(report.outcomes(), RunSummary.missingFeeds(conn, definitions, period));
            if (provisional != null) {
                log.warn("本期评分为暂定（{}），数据齐全后的下一次运行将以同一版本号替换", provisional);
            }
            for (Map.Entry<String, List<String>> e : Applicants.byRubric(conn, extraRegions).entrySet()) {
                String rubric = e.getKey();
                String inputs = ScoringInputs.fingerprint(conn, rubric, e.getValue(), period, provisional);
                List<SnapshotWriter.Result> kept = ScoringInputs.recorded(conn, rubric, period).filter(inputs::equals).isPresent()
                        ? SnapshotWriter.latest(conn, rubric, e.getValue(), period) : List.of();
                if (kept.size() == e.getValue().size()) {
                    log.info("评分：{} 个地区，指标体系 {}，统计期 {}：输入与上次评分相同，沿用已有快照", kept.size(), rubric, period);
                    kept.forEach(report::scored);
                    continue;
                }
                log.info("评分：{} 个地区，指标体系 {}，统计期 {}", e.getValue().size(), rubric, period);
                SnapshotWriter.score(conn, rubric, e.getValue(), period, jobExecutionId, provisional).forEach(report::scored);
                ScoringInputs.record(conn, rubric, period, ScoringInputs.fingerprint(conn, rubric, e.getValue(), period, provisional));
            }
            return null;
        });
        return RepeatStatus.FINISHED;
    }
}
