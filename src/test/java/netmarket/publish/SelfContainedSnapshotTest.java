package netmarket.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import netmarket.load.StoreFixture;
import netmarket.score.SampleStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An old snapshot exported today shows what it showed when it was made: its files are byte for byte the same. */
class SelfContainedSnapshotTest {

    @TempDir
    Path dir;

    StoreFixture store;

    @AfterEach
    void close() throws SQLException {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void exportingASnapshotAgainAfterNewerFiguresArriveGivesTheSameFiles() throws Exception {
        store = SampleStores.loadedAndScored(Files.createDirectories(dir.resolve("store")), java.time.YearMonth.of(2025, 6));
        long snapshot = store.count("SELECT min(snapshot_id) FROM score.snapshot WHERE region_code = '350400'");
        Publisher.Published first = Publisher.publishOne(store.conn, dir.resolve("first"), snapshot);
        Thread.sleep(2_100); // past the 2-second resolution of zip entry times: a file stamped with "now" would differ

        // a newer release: the national 2024 网上零售额 growth, published after the snapshot was made, and a renamed region
        store.conn.createStatement().execute("INSERT INTO fact.metric_value (load_id, metric_id, value_kind, region_code, period_kind, "
                + "period_year, period_month, value, unit, source_value, file_name, row_number) "
                + "VALUES (9999, 'online_retail_sales', 'official_growth_pct', '100000', 'year', 2024, 12, 7.2, '%', '7.2', 'later.csv', 2)");
        store.conn.createStatement().execute("UPDATE ref.region SET name = '三明市（新名称）' WHERE code = '350400'");
        Publisher.Published second = Publisher.publishOne(store.conn, dir.resolve("second"), snapshot);

        assertThat(contents(second.folder())).isEqualTo(contents(first.folder()));
    }

    private static Map<String, String> contents(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(f).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        assertThat(files).isNotEmpty();
        return files;
    }
}
