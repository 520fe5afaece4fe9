package netmarket.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import netmarket.load.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every column of every table and of every view an analyst queries carries a comment in Chinese and English. */
class CommentsEverywhereTest {

    private static final String SCHEMAS = "('meta', 'ref', 'fact', 'mart', 'score', 'batch', 'norm')";

    @TempDir
    Path dir;

    @Test
    void everyColumnOfEveryTableAndViewHasAChineseAndEnglishComment() throws Exception {
        try (StoreFixture store = new StoreFixture(dir)) {
            assertThat(store.count("SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() AND schema_name IN " + SCHEMAS))
                    .as("columns checked").isGreaterThan(500);
            assertThat(withoutComment(store)).isEmpty();

            // and the check does find one: a view made without comments
            store.conn.createStatement().execute("CREATE VIEW mart.uncommented AS SELECT 1 AS x");
            assertThat(withoutComment(store)).containsExactly("mart.uncommented.x null");
        }
    }

    /** Columns whose comment is missing or not "Chinese / English". */
    private static List<String> withoutComment(StoreFixture store) throws SQLException {
        return store.rows("""
                SELECT schema_name || '.' || table_name || '.' || column_name || ' ' || coalesce(comment, 'null') AS col
                FROM duckdb_columns()
                WHERE database_name = current_database() AND schema_name IN %s
                  AND (comment IS NULL OR comment NOT SIMILAR TO '.*[\\x{4e00}-\\x{9fff}].* / .*[A-Za-z].*')
                ORDER BY 1""".formatted(SCHEMAS)).stream().map(r -> (String) r.get("col")).toList();
    }
}
