package netmarket.score;

import static netmarket.score.ScoringFixture.FUJIAN_COUNTY;
import static netmarket.score.ScoringFixture.SHANDONG_DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every quantitative rule at, just below and just above its bounds, as the rubric text reads:
 * "比值区间均含本数" (a bound belongs to the higher band), 超过/大于 strict, 达到/不低于 inclusive.
 * Snapshots are for the year 2024 (as of 2024-12-31; "近2年" = 2024 and 2023).
 */
class RubricRulesTest {

    @TempDir
    static Path dir;

    static ScoringFixture f;

    @BeforeAll
    static void open() throws SQLException {
        f = new ScoringFixture(dir);
    }

    @AfterEach
    void forgetTheFigures() throws SQLException {
        f.clear();
    }

    @AfterAll
    static void close() throws SQLException {
        f.close();
    }

    private BigDecimal national(int indicator, int sub) throws SQLException {
        return f.points("national", FUJIAN_COUNTY, 2024, 12, indicator, sub);
    }

    @ParameterizedTest(name = "{0} of 100000 employed online: {1} points")
    @CsvSource({"2999, 0", "3000, 1", "3001, 1", "4999, 1", "5000, 2", "5001, 2"})
    void employmentShareBandsAt3And5Percent(int online, int points) throws SQLException {
        f.annual("employment_total", FUJIAN_COUNTY, 2024, "100000").annual("online_employment", FUJIAN_COUNTY, 2024, String.valueOf(online));

        assertThat(national(7, 0)).isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "tax {0} of 1000000.00: {1} points")
    @CsvSource({"29999.999999, 0", "30000.00, 1", "49999.999999, 1", "50000.00, 2"})
    void taxShareIsComparedExactlyNotInFloatingPoint(String tax, int points) throws SQLException {
        f.annual("tax_revenue_total", FUJIAN_COUNTY, 2024, "1000000.00").annual("ecommerce_tax", FUJIAN_COUNTY, 2024, tax);

        assertThat(national(8, 0)).isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "{0} operators of 10000 market entities: {1} points")
    @CsvSource({"799, 0", "800, 1", "801, 1", "1499, 1", "1500, 2", "1501, 2"})
    void operatorShareBandsAt8And15Percent(int operators, int points) throws SQLException {
        f.annual("market_entities", FUJIAN_COUNTY, 2024, "10000")
                .operators(FUJIAN_COUNTY, "91", operators, LocalDate.of(2019, 1, 1), null);

        assertThat(national(3, 0)).isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "{0} of 1000 active operators exist 2 years or more: {1} points")
    @CsvSource({"299, 0", "300, 1", "301, 1", "499, 1", "500, 2", "501, 2"})
    void survivalBandsAt30And50Percent(int old, int points) throws SQLException {
        f.operators(FUJIAN_COUNTY, "old", old, LocalDate.of(2020, 1, 1), null)
                .operators(FUJIAN_COUNTY, "young", 1000 - old, LocalDate.of(2024, 6, 1), null);

        assertThat(national(9, 0)).isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "{0}/1000 monitoring items checked on time: {1}")
    @CsvSource({"899, 0", "900, 0", "901, 1"})
    void aRateThatMustBeGreaterThan90PercentFailsAtExactly90(int checked, int points) throws SQLException {
        f.annual("monitoring_dispatched", FUJIAN_COUNTY, 2024, "1000").annual("monitoring_checked_on_time", FUJIAN_COUNTY, 2024, String.valueOf(checked));

        assertThat(national(19, 1)).isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "{0}/1000 case leads checked on time: {1}")
    @CsvSource({"949, 0", "950, 0", "951, 1"})
    void aRateThatMustBeGreaterThan95PercentFailsAtExactly95(int checked, int points) throws SQLException {
        f.annual("case_leads_reported", FUJIAN_COUNTY, 2024, "1000").annual("case_leads_checked_on_time", FUJIAN_COUNTY, 2024, String.valueOf(checked));

        assertThat(national(17, 1)).isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "{0}/1000 identity claims handled: {1}")
    @CsvSource({"999, 0", "1000, 1"})
    void aRateThatMustReach100PercentPassesOnlyAtAll(int handled, int points) throws SQLException {
        f.annual("identity_claims_dispatched", FUJIAN_COUNTY, 2024, "1000").annual("identity_claims_handled", FUJIAN_COUNTY, 2024, String.valueOf(handled));

        assertThat(national(11, 2)).isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @Test
    void aJuneSnapshotJudgesTrainingOnThePreviousCalendarYear() throws SQLException {
        // 2024 complete and every person over 50 学时; 2025 still in progress, with hours not yet reached
        f.training(FUJIAN_COUNTY, 2024, 3, "52").training(FUJIAN_COUNTY, 2025, 3, "20");

        Map<String, Object> item = f.item("national", FUJIAN_COUNTY, 2025, 6, 38, 2);

        assertThat((BigDecimal) item.get("points")).isEqualByComparingTo("1");
        assertThat((String) item.get("detail")).startsWith("2024年：");
    }

    @Test
    void aYearInProgressIsNeverTheTrainingYear() throws SQLException {
        f.training(FUJIAN_COUNTY, 2025, 3, "52");

        Map<String, Object> item = f.item("national", FUJIAN_COUNTY, 2025, 6, 38, 2);

        assertThat(item.get("status")).isEqualTo("not_assessable");
        assertThat((String) item.get("missing")).isEqualTo("2024年网络交易监管人员培训台账");
    }

    @Test
    void aDecemberSnapshotJudgesItsOwnYear() throws SQLException {
        f.training(FUJIAN_COUNTY, 2024, 3, "40").training(FUJIAN_COUNTY, 2025, 3, "52");

        assertThat((BigDecimal) f.item("national", FUJIAN_COUNTY, 2025, 12, 38, 2).get("points")).isEqualByComparingTo("1");
    }

    @Test
    void whereTwoRatesAreNamedBothMustPass() throws SQLException {
        f.annual("assigned_leads", FUJIAN_COUNTY, 2024, "100").annual("assigned_leads_on_time", FUJIAN_COUNTY, 2024, "95")
                .annual("assigned_leads_completed", FUJIAN_COUNTY, 2024, "90");

        assertThat(national(17, 2)).isZero();
        assertThat(f.item("national", FUJIAN_COUNTY, 2024, 12, 17, 2).get("next_point")).asString().contains("交办督办线索完成数再增加 1");
    }

    @Test
    void growthEqualToTheBaselineEarnsNothing() throws SQLException {
        f.growth("online_retail_sales", FUJIAN_COUNTY, 2024, "11.0").growth("online_retail_sales", "100000", 2024, "11.0")
                .growth("online_retail_sales", FUJIAN_COUNTY, 2023, "11.1").growth("online_retail_sales", "100000", 2023, "11.0");

        assertThat(national(1, 0)).isEqualByComparingTo("1");
    }

    @Test
    void officialGrowthIsPreferredToTheRatioOfLevels() throws SQLException {
        // levels say +10%, the bureau published +8.0% (comparable basis); the nation grew 9.0%
        f.annual("online_retail_sales", FUJIAN_COUNTY, 2023, "100").annual("online_retail_sales", FUJIAN_COUNTY, 2024, "110")
                .growth("online_retail_sales", FUJIAN_COUNTY, 2024, "8.0").growth("online_retail_sales", "100000", 2024, "9.0");

        Map<String, Object> item = f.item("national", FUJIAN_COUNTY, 2024, 12, 1, 0);

        assertThat((BigDecimal) item.get("points")).isZero();
        assertThat((String) item.get("detail")).contains("2024年：本地区网上零售额增速 8% vs 全国网上零售额增速 9%（均为公布值）：未超过");
    }

    @Test
    void anOfficialRateIsNeverComparedWithARateFromLevels() throws SQLException {
        // the local rate only from levels (+10%), the nation's only official (+9.0%): different bases
        f.annual("online_retail_sales", FUJIAN_COUNTY, 2023, "1000.0").annual("online_retail_sales", FUJIAN_COUNTY, 2024, "1100.0")
                .growth("online_retail_sales", "100000", 2024, "9.0");

        Map<String, Object> item = f.item("national", FUJIAN_COUNTY, 2024, 12, 1, 0);

        assertThat(item.get("status")).isEqualTo("not_assessable");
        assertThat((String) item.get("missing")).contains("2024年本地区网上零售额增速（公布值）");
        assertThat((String) item.get("detail")).contains("10%（按总量计算）", "9%（公布值）", "口径不一致");
    }

    @Test
    void withoutAnyOfficialRateBothSidesComeFromLevelsAndSaySo() throws SQLException {
        f.annual("online_retail_sales", FUJIAN_COUNTY, 2023, "1000.0").annual("online_retail_sales", FUJIAN_COUNTY, 2024, "1100.0")
                .annual("online_retail_sales", "100000", 2023, "154264").annual("online_retail_sales", "100000", 2024, "168148");

        Map<String, Object> item = f.item("national", FUJIAN_COUNTY, 2024, 12, 1, 0);

        assertThat((BigDecimal) item.get("points")).isEqualByComparingTo("1");
        assertThat((String) item.get("detail")).contains("本地区网上零售额增速 10% vs 全国网上零售额增速 9%（均按总量计算）：超过，得分");
    }

    @Test
    void aLevelRoundedToThreeDigitsDerivesNoGrowth() throws SQLException {
        // 2024 national 网上零售额 published only as "15.5万亿元": rounded by up to 0.3%, no rate can be derived from it
        f.annual("online_retail_sales", FUJIAN_COUNTY, 2023, "1000.0").annual("online_retail_sales", FUJIAN_COUNTY, 2024, "1100.0")
                .annual("online_retail_sales", "100000", 2023, "15426400000000", "154264")
                .fact("online_retail_sales", "level", "100000", "year", 2024, 12, "15500000000000", "15.5");

        Map<String, Object> item = f.item("national", FUJIAN_COUNTY, 2024, 12, 1, 0);

        assertThat(item.get("status")).isEqualTo("not_assessable");
        assertThat((String) item.get("detail")).contains("总量精度不足");
        assertThat((String) item.get("missing")).contains("2024年全国网上零售额增速（公布值）");
    }

    @Test
    void theNewestVintageOfARevisedReleaseWins() throws SQLException {
        f.growth("online_retail_sales", "100000", 2024, "10.0")
                .growth("online_retail_sales", FUJIAN_COUNTY, 2024, "8.0")     // preliminary
                .growth("online_retail_sales", FUJIAN_COUNTY, 2024, "12.0");   // revised, loaded later

        assertThat(national(1, 0)).isEqualByComparingTo("1");
    }

    @Test
    void theRenamedOnlineRetailSeriesContinuesAcross2026() throws Exception {
        Path csv = Files.writeString(Files.createTempDirectory(dir, "csv").resolve("baselines.csv"), """
                region_name,region_level,year,period,metric,value,unit,value_kind,source_url,note
                全国,national,2025,year,网上零售额,1000,亿元,level,,
                全国,national,2026,year,网上商品和服务零售额,1100,亿元,level,,
                """, StandardCharsets.UTF_8);
        f.store.load(csv, "baselines.csv", f.store.definition("baselines"));

        Map<String, Object> growth = f.store.rows("SELECT * FROM mart.annual_growth WHERE region_code = '100000' AND year = 2026").get(0);

        assertThat(growth).containsEntry("metric_id", "online_retail_sales").containsEntry("growth_source", "levels");
        assertThat((BigDecimal) growth.get("growth_pct")).isEqualByComparingTo("10");
    }

    @ParameterizedTest(name = "sales of {0} 元 in 2024 (east): {1} points")
    @CsvSource({"199999999.99, 0", "200000000, 1", "250000000, 1"})
    void nationallyTwoYiOrMoreInTheEastCounts(String sales, int points) throws SQLException {
        f.sales(FUJIAN_COUNTY, "A", 2024, sales);

        assertThat(national(4, 0)).isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @ParameterizedTest(name = "sales of {0} 元 in 2024 (Shandong): {1} points")
    @CsvSource({"50000000, 0", "50000000.01, 0.5", "100000000.01, 1", "300000000, 1.5", "300000000.01, 2"})
    void inShandongTiersAreStrictAndTheBestTierCounts(String sales, String points) throws SQLException {
        f.sales(SHANDONG_DISTRICT, "A", 2024, sales);

        assertThat(f.points("shandong", SHANDONG_DISTRICT, 2024, 12, 4, 0)).isEqualByComparingTo(points);
    }

    @Test
    void inShandongTwoOperatorsOverTwoYiEarnTheCapOfTwo() throws SQLException {
        f.sales(SHANDONG_DISTRICT, "A", 2024, "210000000").sales(SHANDONG_DISTRICT, "B", 2023, "220000000");

        assertThat(f.points("shandong", SHANDONG_DISTRICT, 2024, 12, 4, 0)).isEqualByComparingTo("2");
    }

    @Test
    void anOperatorThatReachedTheThresholdBeforeTheWindowIsNotNew() throws SQLException {
        f.sales(FUJIAN_COUNTY, "A", 2022, "250000000").sales(FUJIAN_COUNTY, "A", 2024, "300000000");

        assertThat(national(4, 0)).isZero();
    }

    @Test
    void survivalJudgesTheAsOfDateMinusTwoYears() throws SQLException {
        f.operators(FUJIAN_COUNTY, "leap", 1, LocalDate.of(2020, 2, 29), null);

        assertThat(f.measures("2022-02-28", FUJIAN_COUNTY)).containsEntry("active_operators", 1L).containsEntry("surviving_operators", 0L);
        assertThat(f.measures("2022-03-01", FUJIAN_COUNTY)).containsEntry("surviving_operators", 1L);
    }

    @Test
    void aMerchantOnThreePlatformsCountsOnce() throws SQLException {
        f.operators(FUJIAN_COUNTY, "same", 1, LocalDate.of(2020, 1, 1), null)
                .operators(FUJIAN_COUNTY, "same", 1, LocalDate.of(2020, 1, 1), null)
                .operators(FUJIAN_COUNTY, "same", 1, LocalDate.of(2020, 1, 1), null);

        assertThat(f.measures("2024-12-31", FUJIAN_COUNTY)).containsEntry("active_operators", 1L);
    }

    @Test
    void anOperatorDeregisteredAfterTheAsOfDateWasStillActiveThen() throws SQLException {
        f.operators(FUJIAN_COUNTY, "later", 1, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 3, 1))
                .operators(FUJIAN_COUNTY, "onTheDay", 1, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31));

        assertThat(f.measures("2024-12-31", FUJIAN_COUNTY)).containsEntry("active_operators", 1L);
    }

    @Test
    void countyOperatorsRollUpToTheirCity() throws SQLException {
        f.operators(FUJIAN_COUNTY, "yongan", 3, LocalDate.of(2020, 1, 1), null)
                .operators("350404", "sanyuan", 2, LocalDate.of(2020, 1, 1), null);

        assertThat(f.measures("2024-12-31", "350400")).containsEntry("active_operators", 5L);
    }

    @Test
    void anExpertScoreAboveTheItemMaximumIsCappedAndFlagged() throws SQLException {
        f.expert(FUJIAN_COUNTY, "national", 12, 1, "1.5", "expert");

        Map<String, Object> item = f.item("national", FUJIAN_COUNTY, 2024, 12, 12, 1);

        assertThat((BigDecimal) item.get("points")).isEqualByComparingTo("1");
        assertThat(item).containsEntry("capped", true);
        assertThat((String) item.get("detail")).contains("按满分计");
    }

    @Test
    void aMissingExpertScoreIsZeroAndListed() throws SQLException {
        Map<String, Object> item = f.item("national", FUJIAN_COUNTY, 2024, 12, 12, 2);

        assertThat((BigDecimal) item.get("points")).isZero();
        assertThat(item).containsEntry("status", "not_assessable");
        assertThat((String) item.get("missing")).contains("专家评分");
    }

    @Test
    void aSelfAssessedScoreNeverStandsInForTheExperts() throws SQLException {
        f.expert(FUJIAN_COUNTY, "national", 12, 3, "1", "self");

        Map<String, Object> item = f.item("national", FUJIAN_COUNTY, 2024, 12, 12, 3);

        assertThat((BigDecimal) item.get("points")).isZero();
        assertThat((String) item.get("detail")).contains("自评 1 分（不计入）");
    }

    @Test
    void aRegionInShandongIsComparedWithTheProvinceNotTheNation() throws SQLException {
        f.growth("online_retail_sales", SHANDONG_DISTRICT, 2024, "10.0").growth("online_retail_sales", "370000", 2024, "9.0")
                .growth("online_retail_sales", "100000", 2024, "11.0");

        Map<String, Object> item = f.item("shandong", SHANDONG_DISTRICT, 2024, 12, 1, 0);

        assertThat((BigDecimal) item.get("points")).isEqualByComparingTo("1");
        assertThat((String) item.get("detail")).contains("山东省网上零售额增速 9%");
    }

    @Test
    void aYearToDateSnapshotJudgesTheTwoCompleteYearsBeforeIt() throws SQLException {
        f.growth("online_retail_sales", FUJIAN_COUNTY, 2025, "20.0").growth("online_retail_sales", "100000", 2025, "1.0")
                .growth("online_retail_sales", FUJIAN_COUNTY, 2024, "12.0").growth("online_retail_sales", "100000", 2024, "10.0")
                .growth("online_retail_sales", FUJIAN_COUNTY, 2023, "12.0").growth("online_retail_sales", "100000", 2023, "10.0");

        Map<String, Object> item = f.item("national", FUJIAN_COUNTY, 2025, 6, 1, 0);

        assertThat((BigDecimal) item.get("points")).isEqualByComparingTo("2");
        assertThat((String) item.get("detail")).contains("2023年").contains("2024年").doesNotContain("2025年");
    }
}
