package netmarket.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import netmarket.load.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operators are counted once in every region containing them, also when one is listed in two of a city's counties. */
class OperatorRollUpTest {

    @TempDir
    Path dir;

    private static final String REGISTER = """
            序号,统一社会信用代码/身份证号,经营者名称,所在平台,所在地区,成立日期,注销日期,经营状态,联系电话
            1,9137050200DNR76JYA,甲公司,淘宝,东营区,2016-01-01,,存续,13963574324
            2,9137050200DNR76JYA,甲公司,京东,东营区,2016-01-01,,存续,13963574324
            3,913705020121U1RAAU,乙公司,淘宝,东营区,2024-03-01,,存续,13759897877
            4,913705020121U1RAAU,乙公司,拼多多,河口区,2022-03-01,,存续,13759897877
            5,9137050201FAX84NE7,丙公司,淘宝,河口区,2020-05-01,2025-01-31,注销,13759897870
            6,9137050201Y4JE0DG1,丁公司,京东,河口区,2021-05-01,,存续,13759897871
            """;

    private Map<String, BigDecimal> measures(StoreFixture store, String measure) throws Exception {
        return store.rows("SELECT region_code, value FROM mart.measures(DATE '2025-06-30') WHERE measure_id = '" + measure + "'").stream()
                .collect(Collectors.toMap(r -> (String) r.get("region_code"), r -> (BigDecimal) r.get("value")));
    }

    @Test
    void anOperatorListedInTwoCountiesCountsInEachAndOnceInTheirCityAndProvince() throws Exception {
        Path file = Files.writeString(dir.resolve("网络交易经营者名录_东营市_2025-06-30.csv"), REGISTER, StandardCharsets.UTF_8);
        try (StoreFixture store = new StoreFixture(Files.createDirectories(dir.resolve("store")))) {
            ScoredStore.loadReference(store);
            store.load(file, "市场监管局/" + file.getFileName(), store.definition("samr_operator_register"));

            Map<String, BigDecimal> active = measures(store, "active_operators");
            Map<String, BigDecimal> surviving = measures(store, "surviving_operators");

            // 东营区: 甲, 乙; 乙's listing there says established 2024-03-01, under two years
            assertThat(active.get("370502")).isEqualByComparingTo("2");
            assertThat(surviving.get("370502")).isEqualByComparingTo("1");
            // 河口区: 乙 (since 2022-03-01), 丁; 丙 deregistered before the as-of date
            assertThat(active.get("370503")).isEqualByComparingTo("2");
            assertThat(surviving.get("370503")).isEqualByComparingTo("2");
            // 东营市 and 山东省: 甲, 乙 once (its earliest listing under them, 2022-03-01, is over two years), 丁
            for (String city : new String[] {"370500", "370000"}) {
                assertThat(active.get(city)).as(city).isEqualByComparingTo("3");
                assertThat(surviving.get(city)).as(city).isEqualByComparingTo("3");
            }
        }
    }
}
