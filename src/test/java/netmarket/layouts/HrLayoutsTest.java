package netmarket.layouts;

import static netmarket.layouts.LayoutCorpus.assertCounts;
import static netmarket.layouts.LayoutCorpus.reject;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import netmarket.load.LoadOutcome;
import org.junit.jupiter.api.Test;

/** 人社局 layouts, each loaded by its YAML definition alone. */
class HrLayoutsTest extends CorpusTest {

    @Test
    void theRegionComesFromTheTitleAndEachColumnKeepsTheUnitOfItsHeader() throws Exception {
        LoadOutcome load = corpus.load("人社局/永安市网络市场就业情况.xls");

        assertCounts(load, "loaded", 6, 3, 0);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 employment_total level 350481 year 2022-12 213500 万人",
                "r3 online_employment level 350481 year 2022-12 8120 人",
                "r4 employment_total level 350481 year 2023-12 216000 万人",
                "r4 online_employment level 350481 year 2023-12 8930 人",
                "r5 employment_total level 350481 year 2024-12 218200 万人",
                "r5 online_employment level 350481 year 2024-12 9875 人");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L, "no_values", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void oneSheetPerYearTakesEachSheetsPeriodFromItsName() throws Exception {
        LoadOutcome load = corpus.load("人社局/就业情况_分年度.xlsx");

        assertCounts(load, "loaded", 12, 7, 0);
        assertThat(corpus.facts(load)).containsExactly(
                "r2 employment_total level 350400 year 2022-12 1486000 万人",
                "r2 employment_total level 350400 year 2024-12 1502000 万人",
                "r2 online_employment level 350400 year 2022-12 52100 人",
                "r2 online_employment level 350400 year 2024-12 60230 人",
                "r3 employment_total level 350400 year 2023-12 1491000 万人",
                "r3 employment_total level 370502 year 2022-12 452000 万人",
                "r3 employment_total level 370502 year 2024-12 465000 万人",
                "r3 online_employment level 350400 year 2023-12 55800 人",
                "r3 online_employment level 370502 year 2022-12 18400 人",
                "r3 online_employment level 370502 year 2024-12 21030 人",
                "r4 employment_total level 370502 year 2023-12 459000 万人",
                "r4 employment_total level Z37050001 year 2024-12 68000 万人",
                "r4 online_employment level 370502 year 2023-12 19650 人",
                "r4 online_employment level Z37050001 year 2024-12 3120 人");
        assertThat(corpus.query("SELECT DISTINCT sheet_name, period_year FROM fact.metric_value WHERE load_id = ? ORDER BY 1",
                load.loadId())).extracting(r -> r.get("sheet_name") + " " + r.get("period_year"))
                .containsExactly("2022年 2022", "2023年 2023", "2024年 2024");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 3L, "total", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aLongTableReadsRegionPeriodMetricKindAndUnitFromItsColumns() throws Exception {
        LoadOutcome load = corpus.load("人社局/就业人员长表.csv");

        assertCounts(load, "loaded", 9, 5, 3);
        assertThat(corpus.facts(load)).containsExactly(
                "r2 online_employment level 350400 year 2023-12 55800 人",
                "r3 online_employment official_growth_pct 350400 year 2023-12 7.1 %",
                "r4 employment_total level 350400 year 2023-12 1491000 万人",
                "r5 online_employment level 350400 year 2024-12 60230 万人",
                "r8 online_employment share_pct 350481 year 2024-12 4.5 %");
        corpus.assertRejects(load,
                reject(6, "单位", "万个", "单位「万个」不在单位表"),
                reject(7, "数值", "21.82", "单位「万元」与指标单位「人」不符"),
                reject(9, "类型", "环比", "数值类型「环比」无法识别"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("header", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void withoutARegionColumnTheRegionComesFromTheFileNameAndUnitsFromTheRowUnderTheHeader() throws Exception {
        LoadOutcome load = corpus.load("人社局/沙县区就业情况_2024年.xlsx");

        assertCounts(load, "loaded", 4, 1, 0);
        assertThat(corpus.facts(load)).containsExactly(
                "r4 employment_total level 350405 year 2024-12 123500 万人",
                "r4 online_employment level 350405 year 2024-12 4120 人");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L, "units", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }
}
