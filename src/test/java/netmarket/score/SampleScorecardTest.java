package netmarket.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netmarket.load.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two sample regions' full scorecards for 2025年1-6月, against points worked out here by
 * hand from the sample inputs and the rubric texts (not from the program's output). The figures
 * quoted in the comments are the sample files' (see SampleInputsGenerator).
 */
class SampleScorecardTest {

    @TempDir
    static Path dir;

    static StoreFixture store;
    static List<SnapshotWriter.Result> sanming;
    static List<SnapshotWriter.Result> dongying;

    @BeforeAll
    static void scoreTheSamples() throws Exception {
        store = ScoredStore.withSamples(dir);
        store.conn.setAutoCommit(false);
        sanming = SnapshotWriter.score(store.conn, "national", List.of("350400"), YearMonth.of(2025, 6), null);
        dongying = SnapshotWriter.score(store.conn, "shandong", List.of("370502"), YearMonth.of(2025, 6), null);
        store.conn.commit();
        store.conn.setAutoCommit(true);
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    /** 三明市 on the national rubric; 近2年 = 2023 and 2024; as of 2025-06-30. */
    static final Map<Integer, String> SANMING_EXPECTED = points(
            "1=1",    // 网上零售额增速 13.1% > 全国 11.0% (2023, both official); 2024: 全国 has no official rate and its level
                      // "15.5"万亿元 has 3 significant digits, so no like-for-like comparison: not assessable (was 2, against 0.48% from levels)
            "2=2",    // 13.1% > 社零 6.0%; 12.0% > 5.5%
            "3=1",    // (2900 - 180 deregistered) = 2720 operators / 31500 market entities = 8.63%: 8%-15% band
            "4=1",    // one operator first reached 2亿 in 2024 (23800万; east: 2亿以上)
            "5=0",    // express 16.5% < 全国 19.4%; 16.0% < 21%
            "6=0",    // 2023: 263.62/1244.90 = 21.18% < 全国 32.72%; 2024: no national 社零 level: not assessable
            "7=1",    // 64400 / 1294000 = 4.98%
            "8=1",    // 64726.37万 / 1530000万 = 4.23%
            "9=2",    // (2720 - 620 established after 2023-06-30) = 2100 / 2720 = 77.2%
            "10=2", "11=3", "12=3", "13=2.5", "14=2.5", "15=3", "16=3",
            "17=3",   // 838/864 = 96.99% > 95%; 54/57 and 55/57 > 90%; expert 1
            "18=1",   // 维持率 13/14 = 92.86% not > 95%; no procedural reversal: 1
            "19=2",   // 1190/1260 = 94.4% and 1248/1260 = 99.0% > 90%
            "20=2",   // 20.3 missing from the expert sheet
            "21=2", "22=2", "23=2.5", "24=2",
            "25=3",   // 98.8%, 97.6% > 95%; 调解 6110/9120 = 67.0% > 全国 63.5%; 满意度 96.8 > 95.6
            "26=2",   // ODR 2251/2300 = 97.9% > 96.2% and 1380/2300 = 60.0% > 55.1%; expert 1
            "27=2",
            "28=0",   // only a self-assessed 3: never stands in for the experts
            "29=3", "30=0", "31=3", "32=2", "33=1",
            "34=2",   // two documents, 1 point each, at most 2
            "35=2", "36=3", "37=2",
            "38=2",   // expert 1; 24/24 trained, all >= 50 学时: 1
            "39=1.5", "40=2", "41=1.5");

    /** 东营区 on the Shandong rubric, compared with 山东省. */
    static final Map<Integer, String> DONGYING_EXPECTED = points(
            "1=2",    // 16.8% > 山东 11.4%; 15.9% > 10.1%
            "2=2",    // 16.8% > 6.4%; 15.9% > 5.4%
            "3=2",    // (3400 - 150) = 3250 / 21000 = 15.48%: 15%以上
            "4=2",    // one operator first over 3亿 in 2024 (31000万): 2, capped at 2
            "5=2",    // express 22.5% > 山东 15.9%; 25.2% > 19.8%
            "6=2",    // 73.90/279.10 = 26.48% > 7640.4/36029.1 = 21.21%; 86.80/294.20 = 29.50% > 22.22%
            "7=2",    // 20100 / 386000 = 5.21%
            "8=2",    // 22310.80 / 420300 = 5.31%
            "9=2",    // (3250 - 1100) = 2150 / 3250 = 66.2%
            "10=2",
            "11=2",   // 64/88 = 72.7% > 50%: 1; 1176/1180 = 99.66% does not reach 100%: 0; expert 1
            "12=3",   // 12.1 scored 1.5 by the experts: capped at its 1 point
            "13=2.5", "14=3", "15=3", "16=3",
            "17=3",   // 309/312 = 99.0%; 20/21 = 95.2% and 21/21; expert 1
            "18=2",   // 5/5 and 1/1 = 100% > 95%; no procedural reversal
            "19=2",   // 401/430 = 93.3%; 426/430 = 99.1%
            "20=3", "21=2", "22=2", "23=3", "24=2",
            "25=3",   // 99.6%, 98.6%; 调解 2030/3050 = 66.56% > 山东 65.8%; 满意度 97.2 > 96.1
            "26=2",   // ODR 808/820 = 98.5% > 97.0% and 502/820 = 61.2% > 58.3%; expert 1
            "27=1.5", "28=2",
            "29=3", "30=3",
            "31=0",   // missing from the expert sheet (a self-assessed 3 does not count)
            "32=3", "33=3", "34=3",
            "35=1",   // one document
            "36=2", "37=3", "38=2",
            "39=1",   // expert 1; one person trained only 42 学时 (< 50): 0
            "40=2", "41=2", "42=1.5");

    @Test
    void everyNationalIndicatorIsScoredAsWorkedOutByHand() throws Exception {
        assertThat(indicatorPoints(sanming.get(0).snapshotId())).isEqualTo(SANMING_EXPECTED);
    }

    @Test
    void everyShandongIndicatorIsScoredAsWorkedOutByHand() throws Exception {
        assertThat(indicatorPoints(dongying.get(0).snapshotId())).isEqualTo(DONGYING_EXPECTED);
    }

    @Test
    void totalsAndGroupSubtotalsAreTheSumsOfTheirParts() throws Exception {
        for (SnapshotWriter.Result r : List.of(sanming.get(0), dongying.get(0))) {
            long id = r.snapshotId();
            assertThat(store.count("SELECT count(*) FROM score.snapshot_group g WHERE snapshot_id = " + id
                    + " AND points <> (SELECT sum(points) FROM score.snapshot_item i WHERE i.snapshot_id = g.snapshot_id AND i.group_name = g.group_name)"))
                    .isZero();
            assertThat(store.rows("SELECT total_points FROM score.snapshot WHERE snapshot_id = " + id).get(0).get("total_points"))
                    .isEqualTo(store.rows("SELECT sum(points) AS s FROM score.snapshot_group WHERE snapshot_id = " + id).get(0).get("s"));
        }
        assertThat(sanming.get(0).total()).isEqualByComparingTo(sum(SANMING_EXPECTED)).isEqualByComparingTo("76.5");
        assertThat(dongying.get(0).total()).isEqualByComparingTo(sum(DONGYING_EXPECTED)).isEqualByComparingTo("93.5");
    }

    @Test
    void theShandongRegionPassesWithEveryGroupAbove75Percent() throws Exception {
        assertThat(dongying.get(0).verdict()).isEqualTo("合格");
        assertThat(store.rows("SELECT group_name, rate_pct, meets_rate FROM score.snapshot_group WHERE snapshot_id = "
                + dongying.get(0).snapshotId() + " ORDER BY group_name"))
                .allSatisfy(g -> assertThat(g).containsEntry("meets_rate", true));
        // 优化服务 is stated as 20 points but its indicators add up to 22: the rate is taken over 22
        assertThat(store.rows("SELECT rate_pct, max_points, stated_points FROM score.snapshot_group WHERE group_name = '优化服务' AND snapshot_id = "
                + dongying.get(0).snapshotId()).get(0))
                .satisfies(g -> assertThat((BigDecimal) g.get("rate_pct")).isEqualByComparingTo("93.18"))
                .satisfies(g -> assertThat((BigDecimal) g.get("max_points")).isEqualByComparingTo("22"));
    }

    @Test
    void theNationalRubricHasNoPassRuleSoNoVerdict() {
        assertThat(sanming.get(0).verdict()).isNull();
    }

    @Test
    void everyIndicatorBelowItsMaximumSaysWhatWouldGainTheNextPoint() throws Exception {
        for (SnapshotWriter.Result r : List.of(sanming.get(0), dongying.get(0))) {
            List<Map<String, Object>> lacking = store.rows("SELECT indicator_no FROM score.snapshot_item WHERE snapshot_id = " + r.snapshotId()
                    + " GROUP BY indicator_no HAVING sum(points) < sum(max_points) AND count(next_point) = 0");
            assertThat(lacking).as(r.regionName()).isEmpty();
        }
        assertThat(store.rows("SELECT next_point FROM score.snapshot_item WHERE indicator_no = 3 AND snapshot_id = " + sanming.get(0).snapshotId()))
                .singleElement().satisfies(row -> assertThat((String) row.get("next_point"))
                        .isEqualTo("2720 / 31500 = 8.63%；网络交易经营者数量再增加 2005 可达 15%"));
    }

    @Test
    void aNotAssessableItemNamesWhatIsMissing() throws Exception {
        Map<String, Object> six = store.rows("SELECT status, missing FROM score.snapshot_item WHERE indicator_no = 6 AND snapshot_id = "
                + sanming.get(0).snapshotId()).get(0);

        assertThat(six).containsEntry("status", "not_assessable");
        assertThat((String) six.get("missing")).contains("2024年").contains("全国");
    }

    private static Map<Integer, String> indicatorPoints(long snapshotId) throws Exception {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (Map<String, Object> r : store.rows("SELECT indicator_no, sum(points) AS p FROM score.snapshot_item WHERE snapshot_id = "
                + snapshotId + " GROUP BY indicator_no ORDER BY indicator_no")) {
            out.put((Integer) r.get("indicator_no"), ((BigDecimal) r.get("p")).stripTrailingZeros().toPlainString());
        }
        return out;
    }

    private static Map<Integer, String> points(String... entries) {
        Map<Integer, String> m = new LinkedHashMap<>();
        for (String e : entries) {
            String[] kv = e.split("=");
            m.put(Integer.parseInt(kv[0]), new BigDecimal(kv[1]).stripTrailingZeros().toPlainString());
        }
        return m;
    }

    private static BigDecimal sum(Map<Integer, String> m) {
        return m.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
