package netmarket.score;

import static netmarket.score.ScoringFixture.FUJIAN_COUNTY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots are immutable and versioned: same inputs, same version; changed inputs, a new one. */
class SnapshotVersionsTest {

    @TempDir
    Path dir;

    ScoringFixture f;

    @BeforeEach
    void open() throws SQLException {
        f = new ScoringFixture(dir);
        f.annual("employment_total", FUJIAN_COUNTY, 2024, "100000").annual("online_employment", FUJIAN_COUNTY, 2024, "4000");
    }

    @AfterEach
    void close() throws SQLException {
        f.close();
    }

    private SnapshotWriter.Result score() throws SQLException {
        f.store.conn.setAutoCommit(false);
        List<SnapshotWriter.Result> r = SnapshotWriter.score(f.store.conn, "national", List.of(FUJIAN_COUNTY), YearMonth.of(2024, 12), null);
        f.store.conn.commit();
        f.store.conn.setAutoCommit(true);
        return r.get(0);
    }

    @Test
    void scoringTheSameInputsAgainMakesNoNewVersion() throws SQLException {
        SnapshotWriter.Result first = score();

        SnapshotWriter.Result again = score();

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.snapshotId()).isEqualTo(first.snapshotId());
        assertThat(f.store.count("SELECT count(*) FROM score.snapshot")).isEqualTo(1);
    }

    @Test
    void changedInputsMakeTheNextVersionAndLeaveTheOldOneAsItWas() throws SQLException {
        SnapshotWriter.Result first = score();
        List<Map<String, Object>> before = f.store.rows("SELECT * FROM score.snapshot_item WHERE snapshot_id = " + first.snapshotId() + " ORDER BY 2, 3");

        f.annual("online_employment", FUJIAN_COUNTY, 2024, "5000"); // a corrected file: 5.00%
        SnapshotWriter.Result second = score();

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.total().subtract(first.total())).isEqualByComparingTo("1");
        assertThat(f.store.rows("SELECT * FROM score.snapshot_item WHERE snapshot_id = " + first.snapshotId() + " ORDER BY 2, 3")).isEqualTo(before);
    }

    @Test
    void theDiffOfTwoVersionsListsEachChangedValueAndPointWithItsInputs() throws SQLException {
        SnapshotWriter.Result first = score();
        f.annual("online_employment", FUJIAN_COUNTY, 2024, "5000");
        SnapshotWriter.Result second = score();

        List<Map<String, Object>> diff = f.store.rows("SELECT * FROM score.diff(" + first.snapshotId() + ", " + second.snapshotId() + ")");

        assertThat(diff).singleElement().satisfies(d -> {
            assertThat(d).containsEntry("indicator_no", 7);
            assertThat((BigDecimal) d.get("old_value")).isEqualByComparingTo("4");
            assertThat((BigDecimal) d.get("new_value")).isEqualByComparingTo("5");
            assertThat((BigDecimal) d.get("old_points")).isEqualByComparingTo("1");
            assertThat((BigDecimal) d.get("new_points")).isEqualByComparingTo("2");
            assertThat(d.get("new_inputs")).isNotNull();
        });
    }
}
