package netmarket.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import netmarket.load.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A period is scored again exactly when something scoring reads has changed. */
class ScoringInputsTest {

    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    private static final List<String> SANMING = List.of("350400");

    @TempDir
    Path dir;

    StoreFixture store;

    @BeforeEach
    void open() throws Exception {
        store = SampleStores.loadedAndScored(dir, JUNE);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private String now() throws Exception {
        return ScoringInputs.fingerprint(store.conn, "national", SANMING, JUNE, null);
    }

    private void exec(String sql) throws Exception {
        try (Statement st = store.conn.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void nothingChangedGivesTheSameFingerprintAndTheLatestSnapshotsAreKept() throws Exception {
        String before = now();
        ScoringInputs.record(store.conn, "national", JUNE, before);

        assertThat(now()).isEqualTo(before);
        assertThat(ScoringInputs.recorded(store.conn, "national", JUNE)).contains(before);
        assertThat(SnapshotWriter.latest(store.conn, "national", SANMING, JUNE)).singleElement()
                .satisfies(r -> {
                    assertThat(r.created()).isFalse();
                    assertThat(r.version()).isEqualTo(1);
                    assertThat(r.total()).isEqualByComparingTo("76.5");
                });
    }

    @Test
    void aNewLoadChangesIt() throws Exception {
        String before = now();
        exec("INSERT INTO meta.load (load_id, source_id, file_name, content_sha256, definition_sha256, file_bytes, status, started_at) "
                + "SELECT max(load_id) + 1, 'postal_express', '邮政管理局/新.csv', 'ab', 'cd', 10, 'loaded', current_timestamp FROM meta.load");

        assertThat(now()).isNotEqualTo(before);
    }

    @Test
    void aChangedReferenceRowChangesIt() throws Exception {
        String before = now();
        exec("UPDATE ref.region SET name = name || '（改）' WHERE code = '350400'");

        assertThat(now()).isNotEqualTo(before);
    }

    @Test
    void aNewVersionOfThePeriodsSnapshotChangesIt() throws Exception {
        String before = now();
        exec("DELETE FROM score.snapshot_item WHERE snapshot_id = (SELECT max(snapshot_id) FROM score.snapshot WHERE rubric_id = 'national')");
        assertThat(now()).as("what scoring wrote below the snapshot is not read by scoring").isEqualTo(before);

        exec("UPDATE fact.metric_value SET value = value * 2 WHERE region_code = '350400' AND metric_id = 'online_retail_sales'");
        SnapshotWriter.score(store.conn, "national", SANMING, JUNE, null);

        assertThat(SnapshotWriter.latest(store.conn, "national", SANMING, JUNE)).singleElement().extracting(SnapshotWriter.Result::version).isEqualTo(2);
        assertThat(now()).isNotEqualTo(before);
    }

    @Test
    void anotherProvisionalReasonOrAnotherSetOfRegionsChangesIt() throws Exception {
        String before = now();

        assertThat(ScoringInputs.fingerprint(store.conn, "national", SANMING, JUNE, "邮政数据缺失")).isNotEqualTo(before);
        assertThat(ScoringInputs.fingerprint(store.conn, "national", List.of("350400", "350402"), JUNE, null)).isNotEqualTo(before);
        assertThat(ScoringInputs.fingerprint(store.conn, "national", SANMING, YearMonth.of(2025, 5), null)).isNotEqualTo(before);
    }
}
