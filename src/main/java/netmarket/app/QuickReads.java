package netmarket.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import netmarket.store.SchemaStamp;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code status}, {@code history} and {@code diff} answered without starting the application: the
 * store opened read-only, when its schema is current (its SchemaStamp matches this build's
 * migration scripts); otherwise null, and the command goes the long way, which migrates first.
 */
public final class QuickReads {

    public static final List<String> COMMANDS = List.of("status", "history", "diff");

    private QuickReads() {}

    /** The exit code, or null when the schema is not current (or the store not there). */
    public static Integer answer(String command, String[] args, Path store, PrintStream out) throws Exception {
        Properties ro = new Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), ro)) {
            if (!SchemaStamp.stored(conn).map(SchemaStamp.expected()::equals).orElse(false)) {
                return null;
            }
            SingleConnectionDataSource ds = new SingleConnectionDataSource(conn, true);
            StoreQueries queries = new StoreQueries(ds, null);
            switch (command) {
                case "status" -> {
                    String p = EarlyOptions.value(args, "period", "-", null);
                    return queries.status(p == null ? YearMonth.now().minusMonths(1) : YearMonth.parse(p), out) >= 0 ? 0 : 1;
                }
                case "history" -> {
                    return queries.history(out) >= 0 ? 0 : 1;
                }
                default -> {
                    String from = EarlyOptions.value(args, "from", "-", null);
                    String to = EarlyOptions.value(args, "to", "-", null);
                    if (from == null || to == null) {
                        return null; // the long way says how to use it
                    }
                    return queries.diffKnown(Long.parseLong(from), Long.parseLong(to), out);
                }
            }
        }
    }
}
