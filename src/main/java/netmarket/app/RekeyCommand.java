package netmarket.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import netmarket.job.InputFile;
import netmarket.job.InputScanner;
import netmarket.load.LoadContext;
import netmarket.load.Rekey;
import netmarket.normalize.PiiProtector;
import netmarket.source.SourceDefinitions;
import netmarket.store.InTransaction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code rekey --old-key-file=PATH}: the store's personal identifiers re-hashed with the current
 * key, by reading again the files that hold them (see {@link Rekey}) in the run that follows.
 */
@Component
public class RekeyCommand {

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final LoadContext loadContext;
    private final PipelineProperties props;
    private final SourceDefinitions sourceDefinitions;

    public RekeyCommand(DataSource dataSource, TransactionTemplate transactions, LoadContext loadContext, PipelineProperties props,
            SourceDefinitions sourceDefinitions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.loadContext = loadContext;
        this.props = props;
        this.sourceDefinitions = sourceDefinitions;
    }

    /**
     * Marks the files holding personal identifiers to be read again with the current key; null when
     * the run should follow (it re-reads them), else the exit code, having said why.
     */
    Integer prepare(List<String> oldKeyFiles) {
        if (oldKeyFiles == null || oldKeyFiles.isEmpty() || !Files.isRegularFile(Path.of(oldKeyFiles.get(0)))) {
            System.err.println("用法 / usage: rekey --old-key-file=原密钥文件（新密钥由 NETMARKET_PII_KEY 或 --netmarket.pii-key-file 给出）"
                    + (oldKeyFiles == null || oldKeyFiles.isEmpty() ? "" : "；找不到文件 " + oldKeyFiles.get(0) + " / old key file not found"));
            return 2;
        }
        PiiProtector oldKey = PiiProtector.fromExistingFile(Path.of(oldKeyFiles.get(0)));
        Map<String, Path> files = new LinkedHashMap<>();
        for (InputFile f : InputScanner.scan(props.inputs(), sourceDefinitions).matched()) {
            files.put(f.name(), f.path());
        }
        Map<String, String> inputs = Rekey.contentOf(files);
        Rekey.Outcome outcome = transactions.execute(status -> {
            try {
                return InTransaction.with(dataSource, conn -> Rekey.prepare(conn, oldKey, loadContext.pii(), inputs));
            } catch (Exception e) {
                throw new IllegalStateException("更换密钥失败 / rekey failed: " + e.getMessage(), e);
            }
        });
        if (outcome.refusal() != null) {
            System.err.println(outcome.refusal());
            return 2;
        }
        if (outcome.marked().isEmpty()) {
            System.out.println("数据库已使用当前密钥，或没有含个人信息的文件，无需重新读取。/ Nothing to re-hash.");
            return 0;
        }
        System.out.println("用新密钥重新读取 " + outcome.marked().size() + " 个含个人信息的文件: " + outcome.marked());
        return null;
    }
}
