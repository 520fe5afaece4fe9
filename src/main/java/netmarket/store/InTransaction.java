package netmarket.store;

import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Runs work on the connection of the current Spring transaction (the step's, in a Batch job), so
 * what it writes commits or rolls back with the step, and hands the connection back after.
 */
public final class InTransaction {

    /** Work on the store's connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection conn) throws Exception;
    }

    private InTransaction() {}

    public static <T> T with(DataSource dataSource, Work<T> work) throws Exception {
        Connection conn = DataSourceUtils.getConnection(dataSource);
        try {
            return work.apply(conn);
        } finally {
            DataSourceUtils.releaseConnection(conn, dataSource);
        }
    }
}
