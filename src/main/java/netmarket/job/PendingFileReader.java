package netmarket.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import netmarket.load.FileLoader;
import netmarket.load.LoadOutcome;
import netmarket.source.SourceDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Hands the load step one input file at a time, passing over (and reporting) small files whose
 * content is already loaded, so that an unchanged folder costs no transaction per file. It keeps no
 * position: on a restart it lists the folder again and the loader skips what the failed run already
 * committed (same content hash).
 */
final class PendingFileReader implements ItemReader<InputFile>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(PendingFileReader.class);

    private final Path inputs;
    private final SourceDefinitions definitions;
    private final RunReport report;
    private final DataSource dataSource;
    private final FileLoader loader;
    private Deque<InputFile> pending = new ArrayDeque<>();

    PendingFileReader(Path inputs, SourceDefinitions definitions, RunReport report, DataSource dataSource, FileLoader loader) {
        this.inputs = inputs;
        this.definitions = definitions;
        this.report = report;
        this.dataSource = dataSource;
        this.loader = loader;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        InputScanner.Scan scan = InputScanner.scan(inputs, definitions);
        report.clear();
        report.scanned(scan);
        pending = new ArrayDeque<>(scan.matched());
        log.info("输入目录 {}: {} 个文件匹配数据源定义，{} 个未匹配", inputs, scan.matched().size(), scan.unmatched().size());
    }

    @Override
    public InputFile read() throws SQLException {
        for (InputFile file = pending.pollFirst(); file != null; file = pending.pollFirst()) {
            Connection conn = DataSourceUtils.getConnection(dataSource);
            try {
                LoadOutcome done = loader.alreadyDone(conn, file.path(), file.name(), file.candidates());
                if (done == null) {
                    return file;
                }
                log.info("读取 {}（数据源: {}）", file.name(), file.describe());
                log.info("  {}", done.message());
                report.add(file, done);
            } finally {
                DataSourceUtils.releaseConnection(conn, dataSource);
            }
        }
        return null;
    }
}
