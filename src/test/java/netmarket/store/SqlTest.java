package netmarket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one JDBC helper binds values as they are, maps rows, and leaves nothing open, on a real DuckDB file. */
class SqlTest {

    @TempDir
    Path dir;

    private Connection conn;
    private Sql sql;

    @BeforeEach
    void open() throws SQLException {
        conn = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("t.duckdb"));
        sql = Sql.on(conn);
        sql.execute("CREATE TABLE t (id BIGINT, name VARCHAR, amount DECIMAL(18,2), day DATE, seen_at TIMESTAMP, flag BOOLEAN)");
    }

    @AfterEach
    void close() throws SQLException {
        conn.close();
    }

    @Test
    void everyKindOfValueRoundTripsThroughItsParameter() throws SQLException {
        LocalDateTime at = LocalDateTime.of(2025, 6, 30, 12, 34, 56);
        sql.update("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", 1L, "三明市", new BigDecimal("12.34"), LocalDate.of(2025, 6, 30), at, true);

        List<String> row = sql.first("SELECT id, name, amount, day, seen_at, flag FROM t",
                rs -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getBigDecimal(3) + "|" + rs.getObject(4, LocalDate.class) + "|"
                        + rs.getObject(5, LocalDateTime.class) + "|" + rs.getBoolean(6))
                .map(List::of).orElseThrow();

        assertThat(row).containsExactly("1|三明市|12.34|2025-06-30|2025-06-30T12:34:56|true");
    }

    @Test
    void aNullParameterIsSqlNull() throws SQLException {
        sql.update("INSERT INTO t (id, name) VALUES (?, ?)", 1L, null);

        assertThat(sql.longValue("SELECT count(*) FROM t WHERE name IS NULL")).isEqualTo(1);
    }

    @Test
    void updateReturnsTheRowsItChanged() throws SQLException {
        sql.batch("INSERT INTO t (id) VALUES (?)", List.of(new Object[] {1L}, new Object[] {2L}, new Object[] {3L}));

        assertThat(sql.update("UPDATE t SET flag = true WHERE id >= ?", 2L)).isEqualTo(2);
    }

    @Test
    void listMapsEveryRowInOrder() throws SQLException {
        sql.batch("INSERT INTO t (id, name) VALUES (?, ?)", List.of(new Object[] {2L, "b"}, new Object[] {1L, "a"}));

        assertThat(sql.list("SELECT name FROM t ORDER BY id", rs -> rs.getString(1))).containsExactly("a", "b");
    }

    @Test
    void firstIsEmptyWhenTheQueryReturnsNoRow() throws SQLException {
        Optional<String> none = sql.first("SELECT name FROM t WHERE id = ?", rs -> rs.getString(1), 9L);

        assertThat(none).isEmpty();
    }

    @Test
    void longValueRefusesNoRowAndNull() {
        assertThatThrownBy(() -> sql.longValue("SELECT id FROM t")).isInstanceOf(SQLException.class).hasMessageContaining("no row");
        assertThatThrownBy(() -> sql.longValue("SELECT max(id) FROM t")).isInstanceOf(SQLException.class).hasMessageContaining("NULL");
    }

    @Test
    void eachPassesRowsAsTheyAreRead() throws SQLException {
        sql.batch("INSERT INTO t (id) VALUES (?)", List.of(new Object[] {1L}, new Object[] {2L}));
        List<Long> seen = new ArrayList<>();

        sql.each("SELECT id FROM t WHERE id > ? ORDER BY id", rs -> seen.add(rs.getLong(1)), 0L);

        assertThat(seen).containsExactly(1L, 2L);
    }

    @Test
    void aBatchOfNoRowsRunsNothing() throws SQLException {
        sql.batch("INSERT INTO no_such_table VALUES (?)", List.of());

        assertThat(sql.longValue("SELECT count(*) FROM t")).isZero();
    }

    @Test
    void aStatementThatFailsToBindLeavesNothingOpen() throws SQLException {
        assertThatThrownBy(() -> sql.update("INSERT INTO t (id) VALUES (?)", 1L, 2L)).isInstanceOf(SQLException.class);

        assertThat(sql.update("INSERT INTO t (id) VALUES (?)", 1L)).isEqualTo(1);
    }
}
