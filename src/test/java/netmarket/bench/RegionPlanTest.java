package netmarket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import netmarket.normalize.Region;
import netmarket.normalize.RegionDirectory;
import netmarket.normalize.RegionFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated country at full size: GB/T 2260-shaped codes that collide with none, names that resolve to their region alone. */
class RegionPlanTest {

    @TempDir
    Path dir;

    @Test
    void the2850CountiesHaveTheirOwnCodesAndNamesAndResolveFromCellsAndTitles() throws Exception {
        RegionPlan plan = RegionPlan.generate(Path.of("jobs"), 2850, CountryRun.SEED);
        RegionDirectory regions = RegionDirectory.load(plan.write(dir.resolve("regions.csv"))); // throws on a repeated code or name
        RegionDirectory reference = RegionDirectory.load(Path.of("jobs/reference/regions.csv"));

        assertThat(plan.counties()).hasSize(2850);
        assertThat(plan.countiesByProvince()).hasSize(31).allSatisfy((p, cs) -> assertThat(cs.size()).isBetween(91, 92));
        assertThat(regions.all()).hasSize(reference.all().size() + plan.cities().size() + 2850);
        Set<String> names = new HashSet<>();
        for (RegionPlan.County c : plan.counties()) {
            assertThat(c.code()).matches("[1-6][0-9](0[1-9]|[1-6][0-9]|70)(0[2-9]|[1-7][0-9]|8[0-9]|9[0-9])")
                    .startsWith(c.province().code().substring(0, 2)).startsWith(c.city().code().substring(0, 4));
            assertThat(reference.byCode(c.code())).isEmpty();
            assertThat(names.add(c.name())).isTrue();
            Region r = regions.resolve(c.name()).orElseThrow();
            assertThat(r.code()).isEqualTo(c.code());
            assertThat(r.parentCode()).isEqualTo(c.city().code());
            assertThat(regions.byCode(r.parentCode()).orElseThrow().parentCode()).isEqualTo(c.province().code());
            assertThat(r.zone()).isEqualTo(c.province().zone());
            // the expert sheet's title names the county alone
            assertThat(RegionFinder.find(c.name() + "网络市场监管与服务示范区创建专家评估表（2025年）", regions, false)).contains(r);
        }
        assertThat(plan.counties()).filteredOn(c -> c.code().startsWith("37")).hasSize(92)
                .allSatisfy(c -> assertThat(c.rubric()).isEqualTo("shandong"));
        assertThat(plan.counties()).filteredOn(c -> !c.code().startsWith("37")).allSatisfy(c -> assertThat(c.rubric()).isEqualTo("national"));
        for (RegionPlan.Province p : plan.provinces()) {
            // the statistics tables' and registers' titles and names, with a province in them, name no generated region
            assertThat(RegionFinder.find("2025年1-6月" + p.name() + "社会消费品零售总额和网上零售额", regions, false)).contains(regions.resolve(p.name()).orElseThrow());
        }
    }
}
