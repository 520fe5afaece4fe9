package netmarket.job;

import java.nio.file.Path;
import javax.sql.DataSource;
import netmarket.publish.Publisher;
import netmarket.store.InTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the exports (XLSX, CSV, HTML per snapshot; Parquet of all) that are not there yet. */
final class PublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final DataSource dataSource;
    private final Path outputs;
    private final RunReport report;

    PublishTasklet(DataSource dataSource, Path outputs, RunReport report) {
        this.dataSource = dataSource;
        this.outputs = outputs;
        this.report = report;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        for (Publisher.Published p : InTransaction.with(dataSource, conn -> Publisher.publish(conn, outputs))) {
            if (p.written()) {
                log.info("已输出 {}", p.folder());
                report.published(p.folder());
            }
        }
        return RepeatStatus.FINISHED;
    }
}
