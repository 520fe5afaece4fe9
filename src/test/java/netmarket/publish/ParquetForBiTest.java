package netmarket.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import netmarket.load.StoreFixture;
import netmarket.score.SampleStores;
import netmarket.score.SnapshotWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A BI tool's sum is right by default: after a region's scorecard gets a version 2, summing points
 * over parquet/latest/ gives each region's newest total once, while parquet/snapshots/ keeps both
 * versions, each row saying its snapshot, version and whether it is the latest.
 */
class ParquetForBiTest {

    @TempDir
    Path dir;

    @Test
    void summingTheLatestDatasetGivesEachRegionsNewestTotalOnce() throws Exception {
        try (StoreFixture store = SampleStores.loadedAndScored(Files.createDirectories(dir.resolve("store")), YearMonth.of(2025, 6))) {
            // a corrected expert sheet: 东营区 is scored again and gets version 2
            store.conn.createStatement().execute("UPDATE fact.expert_score SET points = 0 WHERE region_code = '370502' AND indicator_no = 10");
            SnapshotWriter.Result v2 = SnapshotWriter.score(store.conn, "shandong", List.of("370502"), YearMonth.of(2025, 6), null).get(0);
            assertThat(v2.version()).isEqualTo(2);
            Path parquet = ParquetExport.write(store.conn, dir.resolve("outputs/parquet"));

            List<Map<String, Object>> latest = store.rows("SELECT region_code, sum(points) AS total, count(DISTINCT snapshot_id) AS snapshots, "
                    + "bool_and(is_latest) AS all_latest FROM read_parquet('" + parquet.resolve("latest") + "/**/*.parquet', hive_partitioning = true) "
                    + "GROUP BY region_code ORDER BY region_code");
            List<Map<String, Object>> versions = store.rows("SELECT version, is_latest, sum(points) AS total FROM read_parquet('"
                    + parquet.resolve("snapshots") + "/**/*.parquet', hive_partitioning = true) WHERE region_code = '370502' GROUP BY ALL ORDER BY version");

            assertThat(latest).extracting(r -> r.get("region_code") + " " + ((BigDecimal) r.get("total")).stripTrailingZeros().toPlainString() + " "
                    + r.get("snapshots") + " " + r.get("all_latest"))
                    .containsExactly("350400 76.5 1 true", "370502 " + v2.total().stripTrailingZeros().toPlainString() + " 1 true");
            assertThat(v2.total()).isLessThan(new BigDecimal("93.5"));
            assertThat(versions).extracting(r -> r.get("version") + " " + r.get("is_latest") + " "
                    + ((BigDecimal) r.get("total")).stripTrailingZeros().toPlainString())
                    .containsExactly("1 false 93.5", "2 true " + v2.total().stripTrailingZeros().toPlainString());
        }
    }
}
