package netmarket.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/** Run as a separate process by tests: opens the store read-only, as an analyst would, and prints a count. */
public final class ReadOnlyProbe {

    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0], props);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(args[1])) {
            rs.next();
            System.out.println(rs.getLong(1));
        }
    }

    private ReadOnlyProbe() {}
}
