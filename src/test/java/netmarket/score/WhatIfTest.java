package netmarket.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What-if at the band and growth edges, worked by hand: the scorecard with some figures replaced,
 * next to the real one, through score.what_if; nothing is stored.
 */
class WhatIfTest {

    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    private static final String REGION = ScoringFixture.FUJIAN_COUNTY;

    @TempDir
    Path dir;

    @Test
    void anEmploymentShareRaisedToExactly3PercentGainsTheFirstBandAnd5PercentTheSecond() throws Exception {
        try (ScoringFixture f = new ScoringFixture(dir)) {
            // 网络市场就业贡献度 (national 7): 3%-5% 1 point, 5% and over 2; now 2.9999999%
            f.fact("employment_total", "level", REGION, "ytd", 2025, 6, "1000").fact("online_employment", "level", REGION, "ytd", 2025, 6, "29.999999");
            assertThat(f.points("national", REGION, 2025, 6, 7, 0)).isEqualByComparingTo("0");

            assertThat(change(f, "online_employment=30")).containsExactly("7: 0 → 1");
            assertThat(change(f, "online_employment=49.999999")).containsExactly("7: 0 → 1");
            assertThat(change(f, "online_employment=50")).containsExactly("7: 0 → 2");
            assertThat(f.store.count("SELECT count(*) FROM fact.metric_value WHERE load_id < 0")).as("nothing stored").isZero();
        }
    }

    @Test
    void aGrowthRateOneMillionthAboveTheNationalOneGainsBothYears() throws Exception {
        try (ScoringFixture f = new ScoringFixture(dir)) {
            // 网上零售额同比增速 (national 1): official rates, the region equal to the nation in 2023 and 2024
            for (int year : new int[] {2023, 2024}) {
                f.growth("online_retail_sales", "100000", year, "10").growth("online_retail_sales", REGION, year, "10");
            }
            assertThat(change(f, "online_retail_sales.growth=10.000001")).contains("1: 0 → 2");
            assertThat(change(f, "online_retail_sales.growth@2024=10.000001")).contains("1: 0 → 1");
            assertThat(change(f, "online_retail_sales.growth=10")).isEmpty();
        }
    }

    @Test
    void anOverrideIsReadAsTheRubricReadsThePeriod() {
        assertThat(WhatIf.parse("online_retail_sales.growth=9.5", JUNE)).extracting(o -> o.kind().code() + " " + o.period().year())
                .containsExactly("official_growth_pct 2023", "official_growth_pct 2024");
        assertThat(WhatIf.parse("online_retail_sales.growth=9.5", YearMonth.of(2025, 12))).extracting(o -> o.period().year()).containsExactly(2024, 2025);
        assertThat(WhatIf.parse("market_entities=120000", JUNE)).extracting(o -> o.kind().code() + " " + o.period().kindCode() + " " + o.period().year() + "-" + o.period().month())
                .containsExactly("level ytd 2025-6");
        assertThat(WhatIf.parse("online_retail_sales@2024=123.5", JUNE)).extracting(o -> o.period().kindCode() + " " + o.period().year() + " " + o.value())
                .containsExactly("year 2024 123.5");
        assertThatThrownBy(() -> WhatIf.parse("online retail=1", JUNE)).hasMessageContaining("--set");
    }

    private static List<String> change(ScoringFixture f, String set) throws Exception {
        WhatIf.Answer a = WhatIf.ask(f.store.conn, "national", REGION, JUNE, WhatIf.parse(set, JUNE));
        return a.changes().stream().map(c -> c.code() + ": " + plain(c.before()) + " → " + plain(c.after())).toList();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
