package netmarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalIdTest {

    private static final String FIRST_17 = "35040219900101123";

    @Test
    void anIdEndingInItsComputedCheckDigitIsValid() {
        // given
        String id = FIRST_17 + PersonalId.checkCharacter(FIRST_17);

        // when / then
        assertThat(PersonalId.problem(id)).isNull();
        assertThat(PersonalId.looksLike(id)).isTrue();
    }

    @Test
    void anXCheckCharacterIsValidInEitherCase() {
        // given: the standard's example number, whose check character is X
        assertThat(PersonalId.checkCharacter("11010519491231002")).isEqualTo('X');

        // when / then
        assertThat(PersonalId.problem("11010519491231002X")).isNull();
        assertThat(PersonalId.problem("11010519491231002x")).isNull();
    }

    @Test
    void aWrongCheckDigitIsRejectedWithoutQuotingTheNumber() {
        // given
        char right = PersonalId.checkCharacter(FIRST_17);
        String id = FIRST_17 + (right == '0' ? '1' : '0');

        // when
        String problem = PersonalId.problem(id);

        // then
        assertThat(problem).contains("校验位错误").doesNotContain(FIRST_17);
    }

    @Test
    void aNumberOfTheWrongShapeIsRejected() {
        // when / then
        assertThat(PersonalId.problem("3504021990010112")).contains("格式错误");
        assertThat(PersonalId.problem("35040219900101123A")).contains("格式错误");
    }

    @Test
    void aLegacyFifteenDigitNumberIsAccepted() {
        // when / then
        assertThat(PersonalId.problem("350402900101123")).isNull();
    }
}
