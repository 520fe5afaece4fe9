package netmarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import netmarket.normalize.MetricCatalog.Found;
import netmarket.normalize.MetricCatalog.LookAlike;
import netmarket.normalize.MetricCatalog.Match;
import netmarket.normalize.MetricCatalog.OutOfScope;
import netmarket.normalize.MetricCatalog.Unknown;
import netmarket.normalize.Period.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricCatalogTest {

    private static MetricCatalog catalog;

    @BeforeAll
    static void loadReferenceCatalog() {
        catalog = MetricCatalog.load(Path.of("jobs/reference/metrics.yml"));
    }

    @Test
    void theOfficialNameIsFound() {
        // when
        Match match = catalog.resolve("网上零售额", Period.year(2024));

        // then
        assertThat(match).isInstanceOfSatisfying(Found.class,
                f -> assertThat(f.metric().id()).isEqualTo("online_retail_sales"));
    }

    @Test
    void aNameInFullWidthOrWithSpacesIsFound() {
        // when
        Match match = catalog.resolve(" 网上 零售额 ", Period.year(2024));

        // then
        assertThat(match).isInstanceOfSatisfying(Found.class,
                f -> assertThat(f.metric().id()).isEqualTo("online_retail_sales"));
    }

    @Test
    void theNewSeriesNameIsFoundForPeriodsFromItsStart() {
        // when
        Match match = catalog.resolve("网上商品和服务零售额", new Period(Kind.MONTH, 2026, 3));

        // then
        assertThat(match).isInstanceOfSatisfying(Found.class,
                f -> assertThat(f.metric().id()).isEqualTo("online_retail_sales"));
    }

    @Test
    void theNewSeriesNameBeforeItsStartIsUnknownWithAReason() {
        // when
        Match match = catalog.resolve("网上商品和服务零售额", Period.year(2024));

        // then
        assertThat(match).isInstanceOfSatisfying(Unknown.class,
                u -> assertThat(u.reason()).contains("网上零售额").contains("2026-01").contains("2024年"));
    }

    @Test
    void aLookAlikeStatisticIsNamedAsSuch() {
        // when
        Match match = catalog.resolve("邮政行业寄递业务量", Period.year(2024));

        // then
        assertThat(match).isInstanceOfSatisfying(LookAlike.class,
                l -> assertThat(l.of().id()).isEqualTo("express_volume"));
    }

    @Test
    void aFigureNoRubricUsesIsOutOfScope() {
        // when
        Match match = catalog.resolve("农村网络零售额", Period.year(2024));

        // then
        assertThat(match).isInstanceOf(OutOfScope.class);
    }

    @Test
    void anUnknownNameIsUnknownNamingTheCatalog() {
        // when
        Match match = catalog.resolve("月球零售额", Period.year(2024));

        // then
        assertThat(match).isInstanceOfSatisfying(Unknown.class,
                u -> assertThat(u.reason()).contains("月球零售额").contains("metrics.yml"));
    }

    @Test
    void metricsAreFoundById() {
        // when / then
        assertThat(catalog.byId("express_volume")).hasValueSatisfying(m -> {
            assertThat(m.name()).isEqualTo("快递业务量");
            assertThat(m.unit()).isEqualTo("件");
        });
        assertThat(catalog.byId("no_such_metric")).isEmpty();
    }

    @Test
    void anAliasDateWrittenAsAFullDayCountsFromItsMonth(@TempDir Path dir) throws IOException {
        // given: YAML reads 2026-01-01 as a timestamp, not as text
        Path file = Files.writeString(dir.resolve("metrics.yml"), """
                metrics:
                  - id: online_retail_sales
                    name: 网上零售额
                    unit: 元
                    aliases:
                      - name: 网上商品和服务零售额
                        from: 2026-01-01
                """);

        // when
        MetricCatalog custom = MetricCatalog.load(file);

        // then
        assertThat(custom.resolve("网上商品和服务零售额", new Period(Kind.MONTH, 2026, 1))).isInstanceOf(Found.class);
        assertThat(custom.resolve("网上商品和服务零售额", new Period(Kind.MONTH, 2025, 12))).isInstanceOf(Unknown.class);
    }
}
