package netmarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import netmarket.extract.CellValue;
import netmarket.extract.CellValue.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"2019-03-05", "2019/3/5", "2019.3.5", "2019年3月5日", "20190305", "２０１９－０３－０５", "2019-03-05 10:30:00"})
    void theWaysAgenciesWriteADateAllGiveTheSameDate(String text) {
        // when
        LocalDate date = DateParser.parse(CellValue.text(text));

        // then
        assertThat(date).isEqualTo(LocalDate.of(2019, 3, 5));
    }

    @Test
    void aDateCellGivesItsDate() {
        // when
        LocalDate date = DateParser.parse(new CellValue(Kind.DATE, "2019-03-05"));

        // then
        assertThat(date).isEqualTo(LocalDate.of(2019, 3, 5));
    }

    @Test
    void aCompactDateStoredAsANumberIsADate() {
        // when
        LocalDate date = DateParser.parse(new CellValue(Kind.NUMBER, "20190305"));

        // then
        assertThat(date).isEqualTo(LocalDate.of(2019, 3, 5));
    }

    @Test
    void aDayThatDoesNotExistIsRejected() {
        // when / then
        assertThatThrownBy(() -> DateParser.parse(CellValue.text("2019-02-30")))
                .isInstanceOf(ValueException.class)
                .hasMessageContaining("日期不存在");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2200-01-01"})
    void yearsOutsideTheRangeAreRejected(String text) {
        // when / then
        assertThatThrownBy(() -> DateParser.parse(CellValue.text(text)))
                .isInstanceOf(ValueException.class)
                .hasMessageContaining("超出合理范围");
    }

    @Test
    void aDateCellOutsideTheRangeIsRejectedToo() {
        // when / then
        assertThatThrownBy(() -> DateParser.parse(new CellValue(Kind.DATE, "1900-01-01")))
                .isInstanceOf(ValueException.class)
                .hasMessageContaining("超出合理范围");
    }

    @Test
    void aBlankCellIsNoDate() {
        // when / then
        assertThat(DateParser.parse(CellValue.BLANK)).isNull();
        assertThat(DateParser.parse(CellValue.text("  "))).isNull();
    }

    @Test
    void aNotPublishedMarkIsNoDate() {
        // when / then
        assertThat(DateParser.parse(CellValue.text("—"))).isNull();
    }

    @Test
    void textThatIsNotADateIsRejected() {
        // when / then
        assertThatThrownBy(() -> DateParser.parse(CellValue.text("三月五日")))
                .isInstanceOf(ValueException.class)
                .hasMessageContaining("不是日期");
    }

    @Test
    void anErrorCellIsRejectedWithTheErrorText() {
        // when / then
        assertThatThrownBy(() -> DateParser.parse(new CellValue(Kind.ERROR, "#VALUE!")))
                .isInstanceOf(ValueException.class)
                .hasMessageContaining("#VALUE!");
    }

    @Test
    void aDateIsFoundInATitleOrAFileName() {
        assertThat(DateParser.find("2025年4月18日发布")).contains(LocalDate.of(2025, 4, 18));
        assertThat(DateParser.find("网络交易经营者名录（导出日期：2025-06-30）")).contains(LocalDate.of(2025, 6, 30));
        assertThat(DateParser.find("名录_三明市_2025.6.30.xlsx")).contains(LocalDate.of(2025, 6, 30));
    }

    @Test
    void aPeriodIsNotADate() {
        // "1-12月" is January to December, not the 12th of January
        assertThat(DateParser.find("2024年1-12月三明市社会消费品零售总额")).isEmpty();
        assertThat(DateParser.find("2025年1-6月")).isEmpty();
        assertThat(DateParser.find("2025-06月")).isEmpty();
    }
}
