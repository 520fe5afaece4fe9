package netmarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import netmarket.extract.CellValue;
import netmarket.extract.CellValue.Kind;
import netmarket.normalize.ValueParser.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTest {

    @Test
    void thousandsSeparatorsAreIgnored() {
        // when
        Parsed parsed = ValueParser.parse(CellValue.text("1,234.5"));

        // then
        assertThat(parsed.value()).isEqualByComparingTo("1234.5");
        assertThat(parsed.percent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,34", "12,5", "1,2345.6", "1,,234"})
    void commasThatAreNotThousandsGroupsAreRejectedNotGuessed(String raw) {
        assertThatThrownBy(() -> ValueParser.parse(CellValue.text(raw)))
                .isInstanceOf(ValueException.class)
                .hasMessageContaining("千分位");
    }

    @Test
    void fullWidthCommasGroupThousandsToo() {
        assertThat(ValueParser.parse(CellValue.text("１２，３４５，６７８")).value()).isEqualByComparingTo("12345678");
    }

    @Test
    void fullWidthDigitsAreReadAsNumbers() {
        // when
        Parsed parsed = ValueParser.parse(CellValue.text("１２３．４"));

        // then
        assertThat(parsed.value()).isEqualByComparingTo("123.4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"—", "-", "/", "…", "——", "--", " — "})
    void notPublishedMarksAreBlankNotZero(String mark) {
        // when
        Parsed parsed = ValueParser.parse(CellValue.text(mark));

        // then
        assertThat(parsed.isBlank()).isTrue();
        assertThat(parsed.value()).isNull();
    }

    @Test
    void emptyTextIsBlank() {
        // when
        Parsed parsed = ValueParser.parse(new CellValue(Kind.TEXT, ""));

        // then
        assertThat(parsed.isBlank()).isTrue();
    }

    @Test
    void blankCellIsBlank() {
        // when / then
        assertThat(ValueParser.parse(CellValue.BLANK).isBlank()).isTrue();
    }

    @Test
    void aPercentSignIsDroppedAndFlagged() {
        // when
        Parsed parsed = ValueParser.parse(CellValue.text("12.5%"));

        // then
        assertThat(parsed.value()).isEqualByComparingTo("12.5");
        assertThat(parsed.percent()).isTrue();
    }

    @Test
    void aFullWidthPercentSignIsFlaggedToo() {
        // when
        Parsed parsed = ValueParser.parse(CellValue.text("１２．５％"));

        // then
        assertThat(parsed.value()).isEqualByComparingTo("12.5");
        assertThat(parsed.percent()).isTrue();
    }

    @Test
    void aLeadingMinusIsANegativeNumberNotABlankMark() {
        // when
        Parsed parsed = ValueParser.parse(CellValue.text("-3.9"));

        // then
        assertThat(parsed.isBlank()).isFalse();
        assertThat(parsed.value()).isEqualByComparingTo("-3.9");
    }

    @Test
    void aLeadingPlusIsAccepted() {
        // when
        Parsed parsed = ValueParser.parse(CellValue.text("+2.0"));

        // then
        assertThat(parsed.value()).isEqualByComparingTo("2.0");
    }

    @Test
    void textWithLettersIsRejectedQuotingIt() {
        // when / then
        assertThatThrownBy(() -> ValueParser.parse(CellValue.text("12,3a4")))
                .isInstanceOf(ValueException.class)
                .hasMessageContaining("12,3a4");
    }

    @Test
    void anErrorCellIsRejectedWithTheErrorText() {
        // when / then
        assertThatThrownBy(() -> ValueParser.parse(new CellValue(Kind.ERROR, "#DIV/0!")))
                .isInstanceOf(ValueException.class)
                .hasMessageContaining("#DIV/0!");
    }

    @Test
    void aDateCellIsNotANumber() {
        // when / then
        assertThatThrownBy(() -> ValueParser.parse(new CellValue(Kind.DATE, "2019-03-05")))
                .isInstanceOf(ValueException.class)
                .hasMessageContaining("日期");
    }

    @Test
    void numberCellsPassThroughExactly() {
        // when
        Parsed parsed = ValueParser.parse(new CellValue(Kind.NUMBER, "12345678901.2345"));

        // then
        assertThat(parsed.value()).isEqualTo(new BigDecimal("12345678901.2345"));
        assertThat(parsed.percent()).isFalse();
    }

    @Test
    void longRejectedTextIsAbbreviatedInTheMessage() {
        // given
        String raw = "备注：".repeat(30);

        // when / then
        assertThatThrownBy(() -> ValueParser.parse(CellValue.text(raw)))
                .isInstanceOf(ValueException.class)
                .hasMessageEndingWith("…")
                .hasMessageNotContaining(raw);
    }
}
