package netmarket.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import netmarket.store.Sql;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows given as column-name maps to one store table through DuckDB's Appender, in the
 * caller's transaction. Columns come from the catalog, so a table gains a column by migration,
 * not by code; DECIMAL values are set to the column's scale as the Appender requires.
 */
final class TableAppender implements AutoCloseable {

    private record Column(String name, String type, int precision, int scale, boolean nullable) {}

    /** A value that does not fit its column: which column, the value, and why. */
    record Unfit(String column, String value, String reason) {}

    /** Columns the loader fills for every row after checking it: where the row came from. */
    private static final java.util.Set<String> PROVENANCE = java.util.Set.of("load_id", "file_name", "sheet_name", "row_number");

    private final String table;
    private final List<Column> columns = new ArrayList<>();
    private final DuckDBAppender appender;

    TableAppender(Connection connection, String schema, String table) throws SQLException {
        this.table = schema + "." + table;
        columns.addAll(Sql.on(connection).list("SELECT column_name, data_type, coalesce(numeric_precision, 0), coalesce(numeric_scale, 0), "
                + "is_nullable FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position",
                rs -> new Column(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), !"NO".equals(rs.getString(5))), schema, table));
        if (columns.isEmpty()) {
            throw new SQLException("数据库中没有表 " + this.table);
        }
        this.appender = connection.unwrap(DuckDBConnection.class).createAppender(schema, table);
    }

    /**
     * The first value of a row that its column cannot hold exactly (more decimals or digits than its
     * DECIMAL, beyond INTEGER), or null. Checked before appending: the Appender would fail the load.
     */
    Unfit unfit(Map<String, Object> values) {
        for (Column c : columns) {
            Object v = values.get(c.name);
            if (v == null && !c.nullable && !PROVENANCE.contains(c.name)) {
                return new Unfit(c.name, null, c.name + ": 必需的值为空（数据源定义没有提供此列，或该行此列为空）");
            }
            if (v != null && !fits(v, c)) {
                return new Unfit(c.name, String.valueOf(v), c.name + ": 值的类型（" + v.getClass().getSimpleName() + "）与列类型 " + c.type + " 不符");
            }
            if (v instanceof BigDecimal d && c.type.startsWith("DECIMAL")) {
                BigDecimal s = d.stripTrailingZeros();
                if (s.scale() > c.scale) {
                    return new Unfit(c.name, d.toPlainString(), c.name + ": 小数位过多（最多 " + c.scale + " 位），不能不经说明地舍入");
                }
                if (s.precision() - s.scale() > c.precision - c.scale) {
                    return new Unfit(c.name, d.toPlainString(), c.name + ": 数值超出可存储范围（整数部分最多 " + (c.precision - c.scale) + " 位）");
                }
            } else if ((v instanceof Long || v instanceof Integer) && c.type.equals("INTEGER")
                    && (((Number) v).longValue() > Integer.MAX_VALUE || ((Number) v).longValue() < Integer.MIN_VALUE)) {
                return new Unfit(c.name, v.toString(), c.name + ": 数值超出可存储范围（最大 " + Integer.MAX_VALUE + "）");
            }
        }
        return null;
    }

    /** Whether the Appender can store {@code v} in column {@code c} as it is. */
    private static boolean fits(Object v, Column c) {
        String t = c.type;
        if (v instanceof String) {
            return t.equals("VARCHAR");
        }
        if (v instanceof BigDecimal) {
            return t.startsWith("DECIMAL");
        }
        if (v instanceof Long || v instanceof Integer) {
            return t.equals("INTEGER") || t.equals("BIGINT");
        }
        if (v instanceof LocalDate) {
            return t.equals("DATE");
        }
        if (v instanceof Boolean) {
            return t.equals("BOOLEAN");
        }
        return false;
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
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
