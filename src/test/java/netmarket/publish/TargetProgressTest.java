package netmarket.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import netmarket.load.StoreFixture;
import netmarket.score.PlanTargets;
import netmarket.score.SampleStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan targets of jobs/targets/ against the region's figures: met, on track by the deadline at
 * the region's own average yearly change, or no data; the arithmetic shown; on the overview page.
 */
class TargetProgressTest {

    @TempDir
    Path dir;

    @Test
    void eachTargetIsJudgedOnTheLatestValueAndTheRegionsOwnTrend() throws Exception {
        Path targets = Files.createDirectories(dir.resolve("targets"));
        Files.copy(Path.of("jobs/targets/370502-东营区.yml"), targets.resolve("370502-东营区.yml"));
        Files.writeString(targets.resolve("test.yml"), """
                region: "370502"
                source: test
                targets:
                  - name: 快递业务量
                    measure: express_volume
                    comparator: gt
                    target: 1
                    deadline: 2026-12-31
                    clause: test
                """, StandardCharsets.UTF_8);
        assertThat(PlanTargets.problems(targets, Path.of("jobs/reference"))).isEmpty();
        try (StoreFixture store = SampleStores.loadedAndScored(Files.createDirectories(dir.resolve("store")), YearMonth.of(2025, 6))) {
            PlanTargets.replace(store.conn, targets);
            List<Map<String, Object>> rows = store.rows("SELECT name, status, latest_value, change_per_year, projected, arithmetic FROM mart.target_progress "
                    + "WHERE region_code = '370502' ORDER BY target_no");
            Map<String, Object> share = rows.stream().filter(r -> r.get("name").equals("网络交易经营者数量占市场主体比重")).findFirst().orElseThrow();
            BigDecimal active = (BigDecimal) store.rows("SELECT value FROM mart.measures(current_date) WHERE region_code = '370502' "
                    + "AND measure_id = 'active_operators'").get(0).get("value");
            BigDecimal entities = (BigDecimal) store.rows("SELECT value FROM mart.measures(current_date) WHERE region_code = '370502' "
                    + "AND measure_id = 'market_entities'").get(0).get("value");
            assertThat((BigDecimal) share.get("latest_value")).isEqualByComparingTo(active.multiply(BigDecimal.valueOf(100)).divide(entities, 4, RoundingMode.HALF_UP));
            assertThat(share.get("status")).isEqualTo(active.multiply(BigDecimal.valueOf(100)).compareTo(BigDecimal.valueOf(15).multiply(entities)) >= 0
                    ? "已达到" : "历史数据不足，无法推算");
            assertThat(rows.stream().filter(r -> r.get("name").equals("电子商务交易额")).findFirst().orElseThrow().get("status")).isEqualTo("无数据");

            // express volume: the average yearly change between its first and last annual figure, carried on to 2026
            List<Map<String, Object>> years = store.rows("SELECT period_year, value FROM mart.metric_fact WHERE region_code = '370502' "
                    + "AND metric_id = 'express_volume' AND period_kind = 'year' AND value_kind = 'level' ORDER BY period_year");
            assertThat(years).hasSizeGreaterThanOrEqualTo(2);
            int firstYear = (Integer) years.get(0).get("period_year");
            int lastYear = (Integer) years.get(years.size() - 1).get("period_year");
            BigDecimal first = (BigDecimal) years.get(0).get("value");
            BigDecimal last = (BigDecimal) years.get(years.size() - 1).get("value");
            BigDecimal perYear = last.subtract(first).divide(BigDecimal.valueOf(lastYear - firstYear), 6, RoundingMode.HALF_UP);
            Map<String, Object> express = rows.stream().filter(r -> r.get("name").equals("快递业务量")).findFirst().orElseThrow();
            assertThat((BigDecimal) express.get("change_per_year")).isEqualByComparingTo(perYear);
            assertThat((BigDecimal) express.get("projected")).isEqualByComparingTo(last.add(perYear.multiply(BigDecimal.valueOf(2026 - lastYear))));
            assertThat(express.get("arithmetic").toString()).contains("年均变化", "按此到 2026 年约", "目标 > 1");

            String page = OverviewPage.render(store.conn, dir.resolve("outputs"), Map.of());
            assertThat(page).contains("创建方案目标", "网络交易经营者数量占市场主体比重", "网络交易经营者数量占市场主体比重达到15%以上", "无数据");
        }
    }
}
