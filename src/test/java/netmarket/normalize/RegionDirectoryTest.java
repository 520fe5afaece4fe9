package netmarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegionDirectoryTest {

    private static RegionDirectory regions;

    @BeforeAll
    static void loadReferenceTable() {
        regions = RegionDirectory.load(Path.of("jobs/reference/regions.csv"));
    }

    @Test
    void aPrefectureIsFoundByItsShortAndFullName() {
        // when / then
        assertThat(regions.resolve("三明")).map(Region::code).contains("350400");
        assertThat(regions.resolve("三明市")).map(Region::code).contains("350400");
    }

    @Test
    void aCodeResolvesToItself() {
        // when / then
        assertThat(regions.resolve("350400")).map(Region::name).contains("三明市");
        assertThat(regions.byCode("350400")).map(Region::name).contains("三明市");
    }

    @Test
    void aCountyIsFoundByName() {
        // when / then
        assertThat(regions.resolve("东营区")).map(Region::code).contains("370502");
    }

    @Test
    void fullWidthSpacesInANameAreIgnored() {
        // when / then
        assertThat(regions.resolve("　三　明　市 ")).map(Region::code).contains("350400");
    }

    @Test
    void anUnknownNameIsEmpty() {
        // when / then
        assertThat(regions.resolve("火星市")).isEmpty();
        assertThat(regions.resolve(null)).isEmpty();
    }

    @Test
    void aDevelopmentZoneWithoutOfficialCodeHasItsCustomCode() {
        // when / then
        assertThat(regions.resolve("威海临港区")).map(Region::code).contains("Z37100001");
    }

    @Test
    void everyProvinceHasAnEconomicZone() {
        // when
        List<Region> provinces = regions.all().stream().filter(r -> "province".equals(r.level())).toList();

        // then
        assertThat(provinces).hasSize(31);
        assertThat(provinces).extracting(Region::zone).allMatch(z -> List.of("east", "central", "west").contains(z));
    }
}
