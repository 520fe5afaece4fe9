package netmarket.job;

import java.time.YearMonth;
import javax.sql.DataSource;
import netmarket.source.SourceDefinitions;
import netmarket.store.InTransaction;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Last step of the monthly job: prints the run summary. */
final class RunSummaryTasklet implements Tasklet {

    private final DataSource dataSource;
    private final SourceDefinitions definitions;
    private final RunReport report;

    RunSummaryTasklet(DataSource dataSource, SourceDefinitions definitions, RunReport report) {
        this.dataSource = dataSource;
        this.definitions = definitions;
        this.report = report;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        String p = chunkContext.getStepContext().getStepExecution().getJobParameters().getString("period");
        YearMonth period = YearMonth.parse(p);
        RunSummary.print(System.out, report, InTransaction.with(dataSource, conn -> RunSummary.missingFeeds(conn, definitions, period)), period);
        return RepeatStatus.FINISHED;
    }
}
