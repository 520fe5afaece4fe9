package netmarket.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import netmarket.load.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register that counts for a region is the one with the latest export date, whatever order the files were loaded in. */
class RegisterByExportDateTest {

    private static final Path NEWER = Path.of("inputs/市场监管局/网络交易经营者名录_东营区_2025-06-30.csv");
    private static final String NEWER_NAME = "市场监管局/网络交易经营者名录_东营区_2025-06-30.csv";
    private static final String OLDER_NAME = "市场监管局/网络交易经营者名录_东营区_2024-12-31.csv";

    @TempDir
    Path dir;

    /** An export of 2024-12-31: the newer one's first 300 records. */
    private Path older() throws Exception {
        List<String> lines = Files.readAllLines(NEWER, StandardCharsets.UTF_8);
        Path file = dir.resolve("older/" + OLDER_NAME);
        Files.createDirectories(file.getParent());
        return Files.write(file, lines.subList(0, 301), StandardCharsets.UTF_8);
    }

    private BigDecimal activeOperators(StoreFixture store) throws Exception {
        return (BigDecimal) store.rows("SELECT value FROM mart.measures(DATE '2025-06-30') "
                + "WHERE region_code = '370502' AND measure_id = 'active_operators'").get(0).get("value");
    }

    private BigDecimal activeOperatorsAfterLoading(String... names) throws Exception {
        try (StoreFixture store = new StoreFixture(Files.createTempDirectory(dir, "store"))) {
            ScoredStore.loadReference(store);
            Path older = older();
            for (String name : names) {
                Path file = name.equals(NEWER_NAME) ? NEWER : older;
                store.load(file, name, store.definition("samr_operator_register"));
            }
            return activeOperators(store);
        }
    }

    @Test
    void theNewerExportCountsWhenItIsLoadedLast() throws Exception {
        BigDecimal newerAlone = activeOperatorsAfterLoading(NEWER_NAME);

        assertThat(activeOperatorsAfterLoading(OLDER_NAME)).isNotEqualByComparingTo(newerAlone);
        assertThat(activeOperatorsAfterLoading(OLDER_NAME, NEWER_NAME)).isEqualByComparingTo(newerAlone);
    }

    @Test
    void theNewerExportCountsWhenTheOlderOneIsLoadedAfterIt() throws Exception {
        BigDecimal newerAlone = activeOperatorsAfterLoading(NEWER_NAME);

        assertThat(activeOperatorsAfterLoading(NEWER_NAME, OLDER_NAME)).isEqualByComparingTo(newerAlone);
    }
}
