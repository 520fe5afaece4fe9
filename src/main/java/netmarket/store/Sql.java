package netmarket.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC in one place: a statement with its parameters on the caller's connection (so inside the
 * caller's transaction), rows mapped by a lambda, every statement and result set closed. Values are
 * bound as they are ({@code null} as SQL NULL); SQL text never has values pasted into it.
 */
public final class Sql {

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Takes the current row of a result, for queries read once without keeping a list. */
    @FunctionalInterface
    public interface Each {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Reads a whole result (for readers that need its metadata, or stop early). */
    @FunctionalInterface
    public interface Whole<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Connection conn;

    private Sql(Connection conn) {
        this.conn = conn;
    }

    /** Statements on {@code conn}. */
    public static Sql on(Connection conn) {
        return new Sql(conn);
    }

    /** Runs a statement that returns no rows (DDL, SET, INSERT, UPDATE, DELETE); the rows it changed, 0 where it counts none. */
    public int update(String sql, Object... params) throws SQLException {
        if (params.length == 0) {
            try (Statement st = conn.createStatement()) {
                st.execute(sql);
                return Math.max(st.getUpdateCount(), 0);
            }
        }
        try (PreparedStatement ps = prepare(sql, params)) {
            ps.execute();
            return Math.max(ps.getUpdateCount(), 0);
        }
    }

    /** Runs statements that take no parameters, in order (a script's statements one by one). */
    public void execute(String... statements) throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    /** Every row of a query, mapped. */
    public <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
        List<T> out = new ArrayList<>();
        each(sql, rs -> out.add(row.map(rs)), params);
        return out;
    }

    /** The first row of a query, mapped; empty when it returns none. */
    public <T> Optional<T> first(String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
        }
    }

    /** The first column of the first row as a long (a count, an id); an error when the query returns no row or NULL. */
    public long longValue(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no row: " + sql);
            }
            long v = rs.getLong(1);
            if (rs.wasNull()) {
                throw new SQLException("NULL: " + sql);
            }
            return v;
        }
    }

    /** Passes every row of a query to {@code each}, as the result is read. */
    public void each(String sql, Each each, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                each.accept(rs);
            }
        }
    }

    /** Hands the whole result of a query, before its first row, to {@code whole}. */
    public <T> T result(String sql, Whole<T> whole, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            return whole.read(rs);
        }
    }

    /** One statement run once per parameter row, as one JDBC batch; nothing is run for no rows. */
    public void batch(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (Object[] r : rows) {
                bind(ps, r);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        try {
            bind(ps, params);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, params[i]);
            }
        }
    }
}
