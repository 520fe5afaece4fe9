package netmarket.job;

import java.sql.Connection;
import javax.sql.DataSource;
import netmarket.load.FileLoader;
import netmarket.load.LoadOutcome;
import netmarket.load.LoadStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads each file in the step's transaction: its rows, its counts and the step's progress commit
 * together, so a crash between files loses nothing and a restart does not load a file twice.
 */
final class FileLoadWriter implements ItemWriter<InputFile>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(FileLoadWriter.class);

    private final DataSource dataSource;
    private final FileLoader loader;
    private final RunReport report;
    private Long jobExecutionId;

    FileLoadWriter(DataSource dataSource, FileLoader loader, RunReport report) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.report = report;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
    }

    @Override
    public void write(Chunk<? extends InputFile> chunk) throws Exception {
        Connection conn = DataSourceUtils.getConnection(dataSource);
        try {
            for (InputFile file : chunk) {
                log.info("读取 {}（数据源: {}）", file.name(), file.describe());
                LoadOutcome outcome = loader.load(conn, file.path(), file.name(), file.candidates(), jobExecutionId);
                report.add(file, outcome);
                switch (LoadStatus.of(outcome.status())) {
                    case LOADED -> log.info("  已加载 {} 行（{} 个数值），拒绝 {} 行，跳过 {} 行{}", outcome.rowsLoaded(),
                            outcome.valuesLoaded(), outcome.rowsRejected(), outcome.rowsSkipped(),
                            outcome.replaced() == null ? "" : "；" + outcome.message());
                    case FAILED -> log.warn("  文件未加载: {}", outcome.message());
                    default -> log.info("  {}", outcome.message());
                }
            }
        } finally {
            DataSourceUtils.releaseConnection(conn, dataSource);
        }
    }
}
