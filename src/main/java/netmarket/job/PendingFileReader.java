package netmarket.job;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import netmarket.source.SourceDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Hands the load step one input file at a time. It keeps no position: on a restart it lists the
 * folder again and the loader skips what the failed run already committed (same content hash).
 */
final class PendingFileReader implements ItemReader<InputFile>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(PendingFileReader.class);

    private final Path inputs;
    private final SourceDefinitions definitions;
    private final RunReport report;
    private Deque<InputFile> pending = new ArrayDeque<>();

    PendingFileReader(Path inputs, SourceDefinitions definitions, RunReport report) {
        this.inputs = inputs;
        this.definitions = definitions;
        this.report = report;
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
    public InputFile read() {
        return pending.pollFirst();
    }
}
