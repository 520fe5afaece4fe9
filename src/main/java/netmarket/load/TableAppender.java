package netmarket.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows given as column-name maps to one store table through DuckDB's Appender, in the
 * caller's transaction. Columns come from the catalog, so a table gains a column by migration,
 * not by code; DECIMAL values are set to the column's scale as the Appender requires.
 */
final class TableAppender implements AutoCloseable {

    private record Column(String name, String type, int scale) {}

    private final String table;
    private final List<Column> columns = new ArrayList<>();
    private final DuckDBAppender appender;
    private long rows;

    TableAppender(Connection connection, String schema, String table) throws SQLException {
        this.table = schema + "." + table;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT column_name, data_type, coalesce(numeric_scale, 0) FROM information_schema.columns "
                        + "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("数据库中没有表 " + this.table);
        }
        this.appender = connection.unwrap(DuckDBConnection.class).createAppender(schema, table);
    }

    boolean hasColumn(String name) {
        return columns.stream().anyMatch(c -> c.name.equals(name));
    }

    /** Checks names before any row is written, so a definition naming a missing column fails early. */
    void requireColumns(Iterable<String> names) {
        for (String n : names) {
            if (!hasColumn(n)) {
                throw new IllegalStateException("表 " + table + " 没有列 " + n);
            }
        }
    }

    void append(Map<String, Object> values) throws SQLException {
        appender.beginRow();
        for (Column c : columns) {
            Object v = values.get(c.name);
            if (v == null) {
                appender.appendNull();
            } else if (v instanceof String s) {
                appender.append(s);
            } else if (v instanceof BigDecimal d) {
                appender.append(d.setScale(c.scale, RoundingMode.UNNECESSARY));
            } else if (v instanceof Long || v instanceof Integer) {
                long n = ((Number) v).longValue();
                if (c.type.equals("INTEGER")) {
                    appender.append(Math.toIntExact(n));
                } else {
                    appender.append(n);
                }
            } else if (v instanceof LocalDate date) {
                appender.append(date);
            } else if (v instanceof Boolean b) {
                appender.append(b.booleanValue());
            } else {
                throw new IllegalArgumentException("不支持的值类型 " + v.getClass() + " 于列 " + c.name);
            }
        }
        appender.endRow();
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
