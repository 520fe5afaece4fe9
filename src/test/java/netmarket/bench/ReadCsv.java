package netmarket.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The yardstick: DuckDB's own read_csv of a register CSV into a typed table of a new database
 * file, nothing else. Run in-process by the harness, and as a whole process (a JVM opening DuckDB)
 * to compare with the project's whole load command.
 */
public final class ReadCsv {

    private ReadCsv() {}

    /** Arguments: the CSV, the database file to create. Prints the rows read. */
    public static void main(String[] args) throws Exception {
        System.out.println(read(args[0], args[1]));
    }

    static long read(String csv, String database) throws Exception {
        return read(csv, database, true);
    }

    /**
     * With {@code inOrder} false, DuckDB is told the rows' order need not be kept (as the project's
     * bulk insert tells it), so it writes row groups in parallel: the like-for-like yardstick.
     */
    static long read(String csv, String database, boolean inOrder) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database); Statement st = c.createStatement()) {
            st.execute("SET preserve_insertion_order = " + inOrder);
            st.execute("CREATE TABLE register AS SELECT * FROM read_csv('" + csv.replace("'", "''") + "', header = true, columns = {"
                    + "'seq': 'BIGINT', 'id': 'VARCHAR', 'name': 'VARCHAR', 'platform': 'VARCHAR', 'region': 'VARCHAR', "
                    + "'established': 'VARCHAR', 'deregistered': 'VARCHAR', 'status': 'VARCHAR', 'phone': 'VARCHAR'})");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM register")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
