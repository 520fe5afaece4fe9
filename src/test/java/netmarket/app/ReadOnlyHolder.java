package netmarket.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

/** Run as a separate process by tests: an analyst's session holding the store open read-only for a while. */
public final class ReadOnlyHolder {

    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0], props)) {
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }

    private ReadOnlyHolder() {}
}
