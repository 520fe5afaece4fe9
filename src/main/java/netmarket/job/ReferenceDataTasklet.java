package netmarket.job;

import javax.sql.DataSource;
import netmarket.load.LoadContext;
import netmarket.load.ReferenceTables;
import netmarket.store.InTransaction;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;

/** Copies the reference files (regions, metrics, units, rubrics) into schema ref so SQL can join them. */
final class ReferenceDataTasklet implements Tasklet {

    private final DataSource dataSource;
    private final LoadContext ctx;
    private final java.nio.file.Path rubrics;

    ReferenceDataTasklet(DataSource dataSource, LoadContext ctx, java.nio.file.Path rubrics) {
        this.dataSource = dataSource;
        this.ctx = ctx;
        this.rubrics = rubrics;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        InTransaction.with(dataSource, conn -> {
            ReferenceTables.replace(conn, ctx);
            netmarket.score.PlanTargets.replace(conn, rubrics.resolveSibling("targets"));
            return netmarket.score.RubricFiles.replace(conn, rubrics);
        });
        return RepeatStatus.FINISHED;
    }

}
