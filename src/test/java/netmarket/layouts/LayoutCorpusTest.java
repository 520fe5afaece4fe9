package netmarket.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import netmarket.source.SourceDefinition;
import netmarket.source.SourceDefinitions;
import org.junit.jupiter.api.Test;

/** The corpus as a whole: enough layouts, every agency and format, and each file meant for one definition by its name. */
class LayoutCorpusTest {

    private static final Set<String> AGENCIES = Set.of("统计局", "邮政管理局", "税务局", "人社局", "市场监管局");

    @Test
    void theCorpusHasAtLeastTwentyFiveLayoutsFromAllFiveAgenciesInXlsxXlsAndCsv() {
        List<LayoutFixtures.Fixture> all = LayoutFixtures.all();

        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
        assertThat(all.stream().map(LayoutFixtures.Fixture::agency).collect(Collectors.toSet())).isEqualTo(AGENCIES);
        assertThat(all.stream().map(f -> f.format().split(" ")[0]).collect(Collectors.toSet())).containsExactlyInAnyOrder("XLSX", "XLS", "CSV");
        assertThat(all).allSatisfy(f -> assertThat(f.file()).startsWith(f.agency() + "/"));
    }

    @Test
    void everyCorpusDefinitionPassesTheDefinitionChecks() {
        assertThat(SourceDefinitions.problems(LayoutCorpus.JOBS, LayoutCorpus.REFERENCE)).isEmpty();
    }

    @Test
    void eachFixtureNameMatchesOnlyItsOwnDefinitionExceptWhereContentDecides() {
        SourceDefinitions defs = SourceDefinitions.load(LayoutCorpus.JOBS, LayoutCorpus.REFERENCE);
        for (LayoutFixtures.Fixture f : LayoutFixtures.all()) {
            List<String> ids = defs.candidates(Path.of(f.file())).stream().map(SourceDefinition::id).toList();
            if (f.definition() == null || f.definition().startsWith("layout_route_")) {
                assertThat(ids).as(f.file()).containsExactly("layout_route_complaints", "layout_route_odr");
            } else {
                assertThat(ids).as(f.file()).containsExactly(f.definition());
            }
        }
    }

    @Test
    void everyCorpusDefinitionHasAFixture() {
        SourceDefinitions defs = SourceDefinitions.load(LayoutCorpus.JOBS, LayoutCorpus.REFERENCE);
        Set<String> used = LayoutFixtures.all().stream().map(LayoutFixtures.Fixture::definition)
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        Set<String> ids = defs.all().stream().map(SourceDefinition::id).collect(Collectors.toCollection(TreeSet::new));

        assertThat(ids).isEqualTo(used);
    }
}
