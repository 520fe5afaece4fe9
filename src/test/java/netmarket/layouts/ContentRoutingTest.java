package netmarket.layouts;

import static netmarket.layouts.LayoutCorpus.assertCounts;
import static netmarket.layouts.LayoutCorpus.reject;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import netmarket.load.LoadOutcome;
import netmarket.source.SourceDefinition;
import org.junit.jupiter.api.Test;

/**
 * Two definitions share a file name pattern (市场监管局/投诉处理情况统计_*.xlsx) and read the same
 * columns (受理量, 按时办结量) as different metrics: header.requires sends each file to its own.
 */
class ContentRoutingTest extends CorpusTest {

    @Test
    void everyFileOfTheSharedPatternHasBothDefinitionsAsCandidates() {
        for (String file : new String[] {"市场监管局/投诉处理情况统计_网络消费_2024年.xlsx", "市场监管局/投诉处理情况统计_ODR_2024年.xlsx",
                "市场监管局/投诉处理情况统计_未分类_2024年.xlsx"}) {
            assertThat(corpus.definitions.candidates(Path.of(file))).extracting(SourceDefinition::id)
                    .as(file).containsExactly("layout_route_complaints", "layout_route_odr");
        }
    }

    @Test
    void aFileWhoseHeaderHasTheComplaintsColumnsGoesToTheComplaintsDefinition() throws Exception {
        LoadOutcome load = corpus.load("市场监管局/投诉处理情况统计_网络消费_2024年.xlsx");

        assertCounts(load, "loaded", 4, 2, 0);
        assertThat(load.sourceId()).isEqualTo("layout_route_complaints");
        assertThat(corpus.facts(load)).containsExactly(
                "r3 complaints_closed_on_time level 350400 year 2024-12 18210 件",
                "r3 complaints_received level 350400 year 2024-12 18650 件",
                "r4 complaints_closed_on_time level 370502 year 2024-12 6330 件",
                "r4 complaints_received level 370502 year 2024-12 6420 件");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aFileWhoseHeaderHasTheOdrColumnsGoesToTheOdrDefinition() throws Exception {
        LoadOutcome load = corpus.load("市场监管局/投诉处理情况统计_ODR_2024年.xlsx");

        assertCounts(load, "loaded", 4, 2, 0);
        assertThat(load.sourceId()).isEqualTo("layout_route_odr");
        assertThat(corpus.facts(load)).containsExactly(
                "r3 odr_cases level 350400 year 2024-12 2300 件",
                "r3 odr_closed_on_time level 350400 year 2024-12 2251 件",
                "r4 odr_cases level 370502 year 2024-12 820 件",
                "r4 odr_closed_on_time level 370502 year 2024-12 808 件");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aFileFittingNeitherDefinitionFailsNamingBothAndWhyEachDoesNotFit() throws Exception {
        LoadOutcome load = corpus.load("市场监管局/投诉处理情况统计_未分类_2024年.xlsx");

        assertCounts(load, "failed", 0, 0, 0);
        assertThat(load.sourceId()).isEqualTo("layout_route_complaints|layout_route_odr");
        assertThat(load.message())
                .contains("layout_route_complaints（网络消费投诉处理情况）: 不符合").contains("表头中没有「网络消费投诉」")
                .contains("layout_route_odr（ODR 处理情况）: 不符合").contains("表头中没有「ODR」");
        assertThat(corpus.facts(load)).isEmpty();
        corpus.assertRejects(load, reject(null, null, null, "但表头不符合其中任何一个"));
        assertThat(corpus.skips(load)).isEmpty();
        assertThat(corpus.reconciles(load)).isTrue();
    }
}
