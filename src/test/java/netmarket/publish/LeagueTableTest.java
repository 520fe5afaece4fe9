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

/** The office's overview in SQL: regions ranked per rubric and period, with the change since the previous period. */
class LeagueTableTest {

    @TempDir
    Path dir;

    @Test
    void regionsAreRankedPerRubricAndPeriodWithTheirChangeSinceThePreviousPeriod() throws Exception {
        try (StoreFixture store = SampleStores.loadedAndScored(Files.createDirectories(dir.resolve("store")), YearMonth.of(2025, 6))) {
            // both sample regions on the national rubric, for 2024 and for 2025年1-6月
            for (YearMonth p : List.of(YearMonth.of(2024, 12), YearMonth.of(2025, 6))) {
                SnapshotWriter.score(store.conn, "national", List.of("350400", "370502"), p, null);
            }
            List<Map<String, Object>> rows = store.rows("SELECT period_year, region_code, rank, regions, total_points, change_since_previous, "
                    + "previous_period FROM mart.league WHERE rubric_id = 'national' ORDER BY period_year, rank, region_code");
            List<Map<String, Object>> totals = store.rows("SELECT period_year, region_code, total_points FROM score.snapshot WHERE rubric_id = 'national' "
                    + "QUALIFY version = max(version) OVER (PARTITION BY region_code, period_year, period_month) ORDER BY period_year, total_points DESC");

            assertThat(rows).hasSize(4);
            assertThat(rows).extracting(r -> r.get("period_year") + " " + r.get("region_code")).containsExactlyElementsOf(
                    totals.stream().map(t -> t.get("period_year") + " " + t.get("region_code")).toList());
            assertThat(rows).extracting(r -> r.get("rank")).containsExactly(1L, 2L, 1L, 2L);
            assertThat(rows).allSatisfy(r -> assertThat(r.get("regions")).isEqualTo(2L));
            for (Map<String, Object> r : rows.subList(2, 4)) {
                BigDecimal before = (BigDecimal) rows.subList(0, 2).stream().filter(x -> x.get("region_code").equals(r.get("region_code")))
                        .findFirst().orElseThrow().get("total_points");
                assertThat((BigDecimal) r.get("change_since_previous")).isEqualByComparingTo(((BigDecimal) r.get("total_points")).subtract(before));
                assertThat(r.get("previous_period")).isEqualTo("2024-12");
            }
            assertThat(store.count("SELECT count(DISTINCT group_name) FROM mart.score_history WHERE rubric_id = 'national'")).isEqualTo(5);
        }
    }
}
