package netmarket.layouts;

import static netmarket.layouts.LayoutCorpus.assertCounts;
import static netmarket.layouts.LayoutCorpus.reject;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import netmarket.load.LoadOutcome;
import org.junit.jupiter.api.Test;

/** 税务局 layouts, each loaded by its YAML definition alone. */
class TaxLayoutsTest extends CorpusTest {

    @Test
    void metricRowsByYearColumnsGiveOneFigurePerCellAndRejectEachCellOfARowWithoutUnit() throws Exception {
        LoadOutcome load = corpus.load("税务局/东营区纳税情况_2022-2024年.xls");

        assertCounts(load, "loaded", 6, 2, 1);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 ecommerce_tax level 370502 year 2022-12 198700000 万元",
                "r3 ecommerce_tax level 370502 year 2023-12 214605000 万元",
                "r3 ecommerce_tax level 370502 year 2024-12 223108000 万元",
                "r4 tax_revenue_total level 370502 year 2022-12 4020000000 亿元",
                "r4 tax_revenue_total level 370502 year 2023-12 4115000000 亿元",
                "r4 tax_revenue_total level 370502 year 2024-12 4203000000 亿元");
        corpus.assertRejects(load,
                reject(6, "2022年", "40.2", "税收总额: 没有单位"),
                reject(6, "2023年", "41.15", "税收总额: 没有单位"),
                reject(6, "2024年", "42.03", "税收总额: 没有单位"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L, "out_of_scope", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aTitleNamingDistrictAndProvinceResolvesToTheDistrictWithChooseMostSpecific() throws Exception {
        LoadOutcome load = corpus.load("税务局/山东省东营区纳税情况_2022-2024年.xlsx");

        assertCounts(load, "loaded", 7, 3, 0);
        assertThat(corpus.facts(load)).containsExactly(
                "r4 ecommerce_tax level 370502 year 2022-12 198700000 万元",
                "r4 tax_revenue_total level 370502 year 2022-12 4020000000 万元",
                "r5 ecommerce_tax level 370502 year 2023-12 214605000 万元",
                "r5 tax_revenue_total level 370502 year 2023-12 4115000000 万元",
                "r6 ecommerce_tax level 370502 year 2024-12 223108000 万元",
                "r6 tax_revenue_total level 370502 year 2024-12 4203000000 万元");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 2L, "header", 1L, "note", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void theSameTitleWithoutChooseFailsTheFileNamingBothRegions() throws Exception {
        LoadOutcome load = corpus.load("税务局/山东省东营区纳税情况_未写选择.xlsx");

        assertCounts(load, "failed", 0, 0, 0);
        assertThat(load.message()).contains("东营区（370502）").contains("山东省（370000）").contains("choose: most_specific");
        assertThat(corpus.facts(load)).isEmpty();
        corpus.assertRejects(load, reject(null, null, null, "同时指向多个地区"));
        assertThat(corpus.skips(load)).isEmpty();
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aSemicolonDelimitedCsvSkipsItsTotalAndNoteRows() throws Exception {
        LoadOutcome load = corpus.load("税务局/纳税情况_分号分隔.csv");

        assertCounts(load, "loaded", 7, 3, 0);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 ecommerce_tax level 350400 year 2024-12 647263700 万元",
                "r3 tax_revenue_total level 350400 year 2024-12 15300000000 万元",
                "r4 ecommerce_tax level 350481 year 2024-12 80205000 万元",
                "r4 tax_revenue_total level 350481 year 2024-12 2100000000 万元",
                "r5 ecommerce_tax level 350405 year 2024-12 61100000 万元");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L, "total", 1L, "note", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }
}
