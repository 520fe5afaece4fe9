package netmarket.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * Run in a child JVM whose classpath holds an older duckdb_jdbc instead of the pipeline's: opens the
 * store read-only, as an analyst's older client would, runs each statement of a file and prints the
 * engine's version, then one line per statement ("rows N: first value"); exits 1 on the first error.
 */
public final class OlderClientQueries {

    public static void main(String[] args) throws Exception {
        Properties ro = new Properties();
        ro.setProperty("duckdb.read_only", "true");
        String sqlText = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0], ro); Statement st = c.createStatement()) {
            try (ResultSet v = st.executeQuery("SELECT version()")) {
                v.next();
                System.out.println("engine " + v.getString(1));
            }
            for (String sql : sqlText.split(";\\s*\\n")) {
                if (sql.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
                    continue;
                }
                try (ResultSet rs = st.executeQuery(sql)) {
                    int rows = 0;
                    String first = null;
                    while (rs.next()) {
                        if (rows++ == 0) {
                            first = rs.getString(1);
                        }
                    }
                    System.out.println("rows " + rows + ": " + first);
                }
            }
        } catch (Exception e) {
            System.out.println("ERROR " + e.getMessage());
            System.exit(1);
        }
    }

    private OlderClientQueries() {}
}
