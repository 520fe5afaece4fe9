package netmarket.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of skipped row the load counts is explained where analysts read the store's columns. */
class SkipKindTest {

    @TempDir
    Path dir;

    @Test
    void theStoreExplainsEveryKindOfSkippedRow() throws Exception {
        try (StoreFixture store = new StoreFixture(dir)) {
            String comment = (String) store.rows("SELECT comment FROM duckdb_columns() WHERE schema_name = 'meta' "
                    + "AND table_name = 'load_skip' AND column_name = 'kind'").get(0).get("comment");

            assertThat(comment).contains(Arrays.stream(SkipKind.values()).map(k -> k.code() + " " + k.label()).toList());
        }
    }

    @Test
    void aStoredCodeReadsBackAsItsKind() {
        assertThat(Arrays.stream(SkipKind.values()).map(k -> SkipKind.of(k.code()).orElseThrow())).containsExactly(SkipKind.values());
        assertThat(SkipKind.of("no_such_kind")).isEmpty();
    }
}
