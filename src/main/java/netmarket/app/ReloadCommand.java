package netmarket.app;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import netmarket.job.InputFile;
import netmarket.job.InputScanner;
import netmarket.load.ReloadRequests;
import netmarket.source.SourceDefinitions;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code reload --file=PATTERN}: marks every loaded file under the inputs folder whose name matches
 * the pattern, so that the run that follows loads it again as a new load replacing the old one.
 */
@Component
public class ReloadCommand {

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final PipelineProperties props;
    private final SourceDefinitions definitions;

    public ReloadCommand(DataSource dataSource, TransactionTemplate transactions, PipelineProperties props,
            SourceDefinitions definitions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.props = props;
        this.definitions = definitions;
    }

    /**
     * The files that match one of the glob patterns (on the name relative to the inputs folder, or on
     * the file name alone, as a definition's {@code files:}) and were loaded, now marked; in name order.
     *
     * @throws java.util.regex.PatternSyntaxException for a pattern that is not a glob
     */
    public List<String> request(List<String> patterns) {
        List<PathMatcher> matchers = patterns.stream().map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p)).toList();
        Map<String, Path> files = new LinkedHashMap<>();
        for (InputFile f : InputScanner.scan(props.inputs(), definitions).matched()) {
            Path name = Path.of(f.name());
            if (matchers.stream().anyMatch(m -> m.matches(name) || m.matches(name.getFileName()))) {
                files.put(f.name(), f.path());
            }
        }
        if (files.isEmpty()) {
            return List.of();
        }
        return transactions.execute(status -> {
            Connection conn = DataSourceUtils.getConnection(dataSource);
            try {
                return ReloadRequests.request(conn, files);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("无法标记重新加载 / could not mark the files for reloading: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(conn, dataSource);
            }
        });
    }
}
