package netmarket.layouts;

import static netmarket.layouts.LayoutCorpus.assertCounts;
import static netmarket.layouts.LayoutCorpus.reject;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import netmarket.load.LoadOutcome;
import org.junit.jupiter.api.Test;

/** 邮政管理局 layouts, each loaded by its YAML definition alone. */
class PostalLayoutsTest extends CorpusTest {

    @Test
    void aGbkCsvWithOneYearPerRowTakesItsRegionFromTheTitle() throws Exception {
        LoadOutcome load = corpus.load("邮政管理局/三明市快递业务量_2020-2024年.csv");

        assertCounts(load, "loaded", 9, 5, 1);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 express_volume level 350400 year 2020-12 156205000 万件",
                "r3 express_volume official_growth_pct 350400 year 2020-12 12.1 %",
                "r4 express_volume level 350400 year 2021-12 182000000 万件",
                "r4 express_volume official_growth_pct 350400 year 2021-12 16.5 %",
                "r5 express_volume level 350400 year 2022-12 211000000 万件",
                "r5 express_volume official_growth_pct 350400 year 2022-12 15.9 %",
                "r6 express_volume level 350400 year 2023-12 246000000 万件",
                "r6 express_volume official_growth_pct 350400 year 2023-12 16.6 %",
                "r7 express_volume level 350400 year 2024-12 285300000 万件");
        corpus.assertRejects(load, reject(8, "快递业务量（万件）", "约15000", "不是数字"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L, "note", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void oneSheetPerRegionTakesEachSheetsRegionFromItsName() throws Exception {
        LoadOutcome load = corpus.load("邮政管理局/分县快递业务量_2025年1-3月.xlsx");

        assertCounts(load, "loaded", 17, 8, 0);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 express_volume level 350404 month 2025-1 6102000 万件",
                "r3 express_volume level 350405 month 2025-1 4550000 万件",
                "r3 express_volume level 350481 month 2025-1 8200000 万件",
                "r3 express_volume official_growth_pct 350404 month 2025-1 12.5 %",
                "r3 express_volume official_growth_pct 350405 month 2025-1 9.9 %",
                "r3 express_volume official_growth_pct 350481 month 2025-1 11 %",
                "r4 express_volume level 350404 month 2025-2 5400000 万件",
                "r4 express_volume level 350405 month 2025-2 3986000 万件",
                "r4 express_volume level 350481 month 2025-2 7604000 万件",
                "r4 express_volume official_growth_pct 350404 month 2025-2 8.1 %",
                "r4 express_volume official_growth_pct 350405 month 2025-2 -2.3 %",
                "r4 express_volume official_growth_pct 350481 month 2025-2 10.4 %",
                "r5 express_volume level 350404 month 2025-3 7023500 万件",
                "r5 express_volume level 350405 month 2025-3 5120000 万件",
                "r5 express_volume official_growth_pct 350404 month 2025-3 15 %",
                "r5 express_volume official_growth_pct 350405 month 2025-3 7.7 %");
        assertThat(corpus.query("SELECT DISTINCT sheet_name, region_code FROM fact.metric_value WHERE load_id = ? ORDER BY 1",
                load.loadId())).extracting(r -> r.get("sheet_name") + " " + r.get("region_code"))
                .containsExactly("三元区 350404", "永安市 350481", "沙县区 350405");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 3L, "header", 3L, "no_values", 1L, "other_sheet", 2L));
        assertThat(load.message()).contains("工作表「说明」不是此数据源的表格，未读取（2 行记为跳过）");
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void monthColumnsUnderAMergedYearHeaderAreMonthsOfThatYear() throws Exception {
        LoadOutcome load = corpus.load("邮政管理局/分县快递业务量_2025年分月.xls");

        assertCounts(load, "loaded", 6, 2, 0);
        assertThat(corpus.facts(load)).containsExactly(
                "r4 express_volume level 350404 month 2025-1 6102000 万件",
                "r4 express_volume level 350404 month 2025-2 5400000 万件",
                "r4 express_volume level 350404 month 2025-3 7023500 万件",
                "r5 express_volume level 350405 month 2025-1 4550000 万件",
                "r5 express_volume level 350405 month 2025-2 3986000 万件",
                "r5 express_volume level 350405 month 2025-3 5120000 万件");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 2L, "total", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aPeriodColumnWithoutTheYearTakesItFromTheYearColumn() throws Exception {
        LoadOutcome load = corpus.load("邮政管理局/快递业务量_分期.csv");

        assertCounts(load, "loaded", 7, 5, 1);
        assertThat(corpus.facts(load)).containsExactly(
                "r2 express_volume level 350400 ytd 2025-6 159800000 亿件",
                "r2 express_volume official_growth_pct 350400 ytd 2025-6 14.1 %",
                "r3 express_volume level 350400 year 2024-12 285300000 亿件",
                "r3 express_volume official_growth_pct 350400 year 2024-12 16 %",
                "r4 express_volume level 370502 ytd 2025-6 162400000 亿件",
                "r4 express_volume official_growth_pct 370502 ytd 2025-6 19.9 %",
                "r5 express_volume level 370502 year 2024-12 293000000 亿件",
                "r5 express_volume official_growth_pct 370502 year 2024-12 25.2 %",
                "r6 express_volume level 370502 month 2025-7 31000000 亿件",
                "r6 express_volume official_growth_pct 370502 month 2025-7 18 %");
        corpus.assertRejects(load, reject(7, "年份", "二〇二四", "不是年份"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("header", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }
}
