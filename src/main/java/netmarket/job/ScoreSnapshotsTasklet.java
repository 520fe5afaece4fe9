package netmarket.job;

import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import netmarket.score.ScoringService;
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
            ScoringService.score(conn, new ScoringService.Request(period, extraRegions, false, null, jobExecutionId, provisional, true))
                    .forEach(report::scored);
            return null;
        });
        return RepeatStatus.FINISHED;
    }
}
