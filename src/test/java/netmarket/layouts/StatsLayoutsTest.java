package netmarket.layouts;

import static netmarket.layouts.LayoutCorpus.assertCounts;
import static netmarket.layouts.LayoutCorpus.reject;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import netmarket.load.LoadOutcome;
import org.junit.jupiter.api.Test;

/** 统计局 layouts, each loaded by its YAML definition alone: what is stored cell by cell, rejected and skipped. */
class StatsLayoutsTest extends CorpusTest {

    @Test
    void aLongSheetReadsEachRowLabelAsTheMetricWithItsUnitIntoALevelAndAGrowthColumn() throws Exception {
        LoadOutcome load = corpus.load("统计局/三明市网络零售主要指标_2024年.xlsx");

        assertCounts(load, "loaded", 10, 5, 1);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 retail_sales_total level 350400 year 2024-12 131337000000 亿元",
                "r3 retail_sales_total official_growth_pct 350400 year 2024-12 5.5 %",
                "r4 online_retail_sales level 350400 year 2024-12 31053000000 亿元",
                "r4 online_retail_sales official_growth_pct 350400 year 2024-12 12 %",
                "r5 online_retail_goods level 350400 year 2024-12 26706000000 亿元",
                "r5 online_retail_goods official_growth_pct 350400 year 2024-12 11.6 %",
                "r8 express_volume level 350400 year 2024-12 285300000 万件",
                "r8 express_volume official_growth_pct 350400 year 2024-12 16 %",
                "r9 market_entities level 350400 year 2024-12 41250 户");
        // 网络零售额 is listed under 网上零售额's "not": a different statistic, rejected rather than skipped
        corpus.assertRejects(load, reject(7, "指标", "网络零售额（亿元）", "不同的统计口径"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L, "out_of_scope", 1L, "note", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void oneColumnPerYearGivesOneFigurePerCellAndLeavesTheTotalsColumnOut() throws Exception {
        LoadOutcome load = corpus.load("统计局/各县网上零售额_2021-2024年.xls");

        assertCounts(load, "loaded", 8, 2, 1);
        assertThat(corpus.facts(load)).containsExactly(
                "r4 online_retail_sales level 350400 year 2021-12 19020000000 亿元",
                "r4 online_retail_sales level 350400 year 2022-12 21633000000 亿元",
                "r4 online_retail_sales level 350400 year 2023-12 26362000000 亿元",
                "r4 online_retail_sales level 350400 year 2024-12 31053000000 亿元",
                "r5 online_retail_sales level 350404 year 2021-12 3010000000 亿元",
                "r5 online_retail_sales level 350404 year 2023-12 4150000000 亿元",
                "r5 online_retail_sales level 350404 year 2024-12 4725000000 亿元");
        corpus.assertRejects(load, reject(6, "2023年", "31,2", "千分位分隔不规范"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 2L, "header", 1L, "blank", 1L, "total", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void oneColumnPerRegionTakesEachColumnsRegionFromItsHeaderAndEachRowsUnitFromTheUnitColumn() throws Exception {
        LoadOutcome load = corpus.load("统计局/分县指标对比_2025年1-6月.xlsx");

        assertCounts(load, "loaded", 8, 4, 1);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 retail_sales_total level 350400 ytd 2025-6 69010000000 亿元",
                "r3 retail_sales_total level 350404 ytd 2025-6 7020000000 亿元",
                "r3 retail_sales_total level 350405 ytd 2025-6 6530000000 亿元",
                "r3 retail_sales_total level 350481 ytd 2025-6 8040000000 亿元",
                "r4 online_retail_sales level 350400 ytd 2025-6 17240000000 亿元",
                "r4 online_retail_sales level 350404 ytd 2025-6 1810000000 亿元",
                "r4 online_retail_sales level 350481 ytd 2025-6 2020000000 亿元",
                "r5 express_volume level 350400 ytd 2025-6 159800000 万件",
                "r5 express_volume level 350404 ytd 2025-6 21000000 万件",
                "r5 express_volume level 350405 ytd 2025-6 18505000 万件",
                "r5 express_volume level 350481 ytd 2025-6 24000000 万件",
                "r6 market_entities level 350400 ytd 2025-6 123500 万户",
                "r6 market_entities level 350404 ytd 2025-6 18000 万户",
                "r6 market_entities level 350405 ytd 2025-6 16200 万户",
                "r6 market_entities level 350481 ytd 2025-6 20100 万户");
        corpus.assertRejects(load, reject(7, "计量单位", "万亿", "不在单位表"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L, "note", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aUnitsRowUnderTheHeaderGivesEachColumnItsOwnUnit() throws Exception {
        LoadOutcome load = corpus.load("统计局/社零网零_2025年1-6月.csv");

        assertCounts(load, "loaded", 5, 3, 0);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 online_retail_sales level 350400 ytd 2025-6 17240000000 万元",
                "r3 online_retail_sales official_growth_pct 350400 ytd 2025-6 10.2 %",
                "r3 retail_sales_total level 350400 ytd 2025-6 69010000000 亿元",
                "r3 retail_sales_total official_growth_pct 350400 ytd 2025-6 4.9 %",
                "r4 online_retail_sales level 370502 ytd 2025-6 4760005000 万元",
                "r4 online_retail_sales official_growth_pct 370502 ytd 2025-6 12.3 %",
                "r4 retail_sales_total level 370502 ytd 2025-6 15130000000 亿元",
                "r4 retail_sales_total official_growth_pct 370502 ytd 2025-6 5.1 %",
                "r5 online_retail_sales level 370000 ytd 2025-6 452210000000 万元",
                "r5 online_retail_sales official_growth_pct 370000 ytd 2025-6 8.9 %",
                "r5 retail_sales_total level 370000 ytd 2025-6 1960280000000 亿元",
                "r5 retail_sales_total official_growth_pct 370000 ytd 2025-6 5.6 %");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("header", 1L, "units", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aTitleRowHoldingTheHeaderWordsInOneCellIsPassedOverForTheRealHeader() throws Exception {
        LoadOutcome load = corpus.load("统计局/各地区网上零售额_2024年.xlsx");

        assertCounts(load, "loaded", 5, 3, 0);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 online_retail_sales level 350400 year 2024-12 31053000000 亿元",
                "r4 online_retail_sales level 370502 year 2024-12 8680000000 亿元",
                "r5 online_retail_sales level 370000 year 2024-12 841320000000 亿元");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aLevelWhoseRowStatesNoUnitIsRejectedNotAssumed() throws Exception {
        LoadOutcome load = corpus.load("统计局/东营区主要指标_2024年.csv");

        assertCounts(load, "loaded", 6, 3, 1);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 online_retail_sales level 370502 year 2024-12 8680000000 亿元",
                "r5 market_entities level 370502 year 2024-12 32100 万户",
                "r6 employment_total level 370502 year 2024-12 456000 万人");
        corpus.assertRejects(load, reject(4, "数值", "29300", "快递业务量: 没有单位"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aLevelColumnWithNoUnitAnywhereFailsTheFileNamingTheColumn() throws Exception {
        LoadOutcome load = corpus.load("统计局/网零快递_无单位_2024年.xlsx");

        assertCounts(load, "failed", 0, 0, 0);
        assertThat(load.message()).contains("列「快递业务量」没有单位");
        assertThat(corpus.facts(load)).isEmpty();
        corpus.assertRejects(load, reject(null, null, null, "列「快递业务量」没有单位"));
        assertThat(corpus.skips(load)).isEmpty();
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aLookAlikeColumnIsNeverReadAsTheMetricWhoseWordsItContains() throws Exception {
        LoadOutcome load = corpus.load("统计局/限额以上零售额_2024年.xlsx");

        assertCounts(load, "loaded", 4, 2, 0);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 online_retail_sales level 350400 year 2024-12 31053000000 亿元",
                "r4 online_retail_sales level 370502 year 2024-12 8680000000 亿元");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }
}
