package netmarket.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import netmarket.load.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data dictionary in the repo is the one the store generates, and every column is described. */
class DataDictionaryTest {

    static final Path COMMITTED = Path.of("sql/DATA_DICTIONARY.md");

    @TempDir
    Path dir;

    @Test
    void theCommittedDictionaryMatchesTheStore() throws Exception {
        try (StoreFixture store = new StoreFixture(dir)) {
            String generated = DataDictionary.markdown(store.conn);

            assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                    .as("sql/DATA_DICTIONARY.md is out of date: run `java -jar target/netmarket.jar dictionary`")
                    .isEqualTo(generated);
        }
    }

    @Test
    void everyTableAndEveryTableColumnHasAChineseAndEnglishComment() throws Exception {
        try (StoreFixture store = new StoreFixture(dir)) {
            assertThat(store.count("SELECT count(*) FROM duckdb_tables() WHERE schema_name IN " + DataDictionary.SCHEMAS
                    + " AND (comment IS NULL OR comment NOT LIKE '% / %')")).isZero();
            assertThat(store.count("SELECT count(*) FROM duckdb_columns() c JOIN duckdb_tables() t USING (schema_name, table_name) "
                    + "WHERE c.schema_name IN " + DataDictionary.SCHEMAS + " AND (c.comment IS NULL OR c.comment NOT LIKE '% / %')")).isZero();
            assertThat(store.count("SELECT count(*) FROM duckdb_views() WHERE NOT internal AND schema_name IN " + DataDictionary.SCHEMAS
                    + " AND comment IS NULL")).isZero();
        }
    }
}
