package netmarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import netmarket.normalize.Period.Kind;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void januaryToDecemberIsTheYear() {
        // when / then
        assertThat(Period.find("2024年1-12月")).contains(new Period(Kind.YEAR, 2024, 12));
    }

    @Test
    void januaryToJuneIsYearToDate() {
        // when / then
        assertThat(Period.find("2025年1-6月")).contains(new Period(Kind.YTD, 2025, 6));
    }

    @Test
    void yearToDateWithChineseNumeralOneAndFullWidthDash() {
        // when / then
        assertThat(Period.find("2025年一至6月")).contains(new Period(Kind.YTD, 2025, 6));
        assertThat(Period.find("２０２５年１－６月")).contains(new Period(Kind.YTD, 2025, 6));
    }

    @Test
    void aSpanWithMonthWrittenOnBothEndsIsYearToDateNotJanuary() {
        // when / then
        assertThat(Period.find("2025年1月-6月")).contains(new Period(Kind.YTD, 2025, 6));
        assertThat(Period.find("2025年1月至6月")).contains(new Period(Kind.YTD, 2025, 6));
        assertThat(Period.find("2024年1月—12月")).contains(Period.year(2024));
    }

    @Test
    void yearAndMonthIsAMonth() {
        // when / then
        assertThat(Period.find("2024年3月")).contains(new Period(Kind.MONTH, 2024, 3));
    }

    @Test
    void isoYearMonthIsAMonth() {
        // when / then
        assertThat(Period.find("2024-03")).contains(new Period(Kind.MONTH, 2024, 3));
    }

    @Test
    void novemberIsNotReadAsJanuaryToSomething() {
        // when / then
        assertThat(Period.find("2024年11月")).contains(new Period(Kind.MONTH, 2024, 11));
    }

    @Test
    void aYearAloneIsTheYear() {
        // when / then
        assertThat(Period.find("2024年")).contains(Period.year(2024));
        assertThat(Period.find("2024年度网络市场监管报表")).contains(Period.year(2024));
    }

    @Test
    void aMonthInsideATitleIsFound() {
        // when / then
        assertThat(Period.find("截至2025年6月")).contains(new Period(Kind.MONTH, 2025, 6));
    }

    @Test
    void textWithoutAPeriodFindsNothing() {
        // when / then
        assertThat(Period.find("三明市网上零售额")).isEmpty();
        assertThat(Period.find(null)).isEmpty();
    }

    @Test
    void aMonthOutOfRangeIsNoPeriod() {
        // when / then
        assertThat(Period.find("2024年13月")).isEmpty();
    }

    @Test
    void labelsReadAsAgenciesWriteThem() {
        // when / then
        assertThat(Period.year(2024).label()).isEqualTo("2024年");
        assertThat(Period.ytd(2025, 6).label()).isEqualTo("2025年1-6月");
        assertThat(new Period(Kind.MONTH, 2024, 3).label()).isEqualTo("2024年3月");
    }

    @Test
    void kindCodeIsTheLowerCaseKind() {
        // when / then
        assertThat(Period.ytd(2025, 6).kindCode()).isEqualTo("ytd");
    }

    @Test
    void aSpanWithoutYearTakesTheDefaultYear() {
        // when
        Optional<Period> period = Period.parse("1-7月", 2023);

        // then
        assertThat(period).contains(new Period(Kind.YTD, 2023, 7));
    }

    @Test
    void yearWordTakesTheDefaultYear() {
        // when / then
        assertThat(Period.parse("year", 2023)).contains(Period.year(2023));
        assertThat(Period.parse("全年", 2023)).contains(Period.year(2023));
    }

    @Test
    void aFullPeriodIgnoresTheDefaultYear() {
        // when / then
        assertThat(Period.parse("2024年3月", 2023)).contains(new Period(Kind.MONTH, 2024, 3));
    }

    @Test
    void aSpanWithoutYearAndNoDefaultYearIsNoPeriod() {
        // when / then
        assertThat(Period.parse("1-7月", null)).isEmpty();
    }

    @Test
    void aReleaseDateInATitleIsNotItsPeriod() {
        assertThat(Period.find("2024年网络交易监管人员培训台账（2025年1月10日报送）")).contains(Period.year(2024));
        assertThat(Period.find("2025年1-6月社零（2025年7月15日发布）")).contains(Period.ytd(2025, 6));
    }

    @Test
    void aDateThatIsAllATitleSaysGivesItsMonth() {
        assertThat(Period.find("截至2025年6月30日实有市场主体")).contains(new Period(Period.Kind.MONTH, 2025, 6));
    }
}
