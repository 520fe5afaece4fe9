package netmarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    private static final String FIRST_17 = "91350400MA2Y0K7L0";

    @Test
    void aCodeEndingInItsComputedCheckCharacterIsValid() {
        // given
        String code = FIRST_17 + CreditCode.checkCharacter(FIRST_17);

        // when / then
        assertThat(CreditCode.problem(code)).isNull();
        assertThat(CreditCode.looksLike(code)).isTrue();
    }

    @Test
    void aPublishedCodeIsValid() {
        // when / then
        assertThat(CreditCode.problem("91350100M000100Y43")).isNull();
    }

    @Test
    void aWrongCheckCharacterIsRejectedNamingTheExpectedOne() {
        // when
        String problem = CreditCode.problem("91350100M000100Y44");

        // then
        assertThat(problem).contains("校验位错误").contains("应为「3」").contains("实为「4」");
    }

    @Test
    void aCodeOfTheWrongLengthIsRejectedWithItsLength() {
        // when
        String problem = CreditCode.problem("91350100M000100Y4");

        // then
        assertThat(problem).contains("18位").contains("17位");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void lettersOutsideTheAlphabetAreRejectedNamingThePosition(char letter) {
        // given: the 9th character replaced
        String code = "91350100" + letter + "000100Y43";

        // when
        String problem = CreditCode.problem(code);

        // then
        assertThat(problem).contains("第9位").contains("「" + letter + "」");
        assertThat(CreditCode.looksLike(code)).isFalse();
    }

    @Test
    void aPersonalIdShapeIsNotACreditCode() {
        // when / then
        assertThat(CreditCode.looksLike("11010519491231002X")).isFalse();
    }
}
