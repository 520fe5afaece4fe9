package netmarket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import netmarket.normalize.CreditCode;
import netmarket.normalize.DateParser;
import netmarket.normalize.PersonalId;
import netmarket.extract.CellValue;
import org.junit.jupiter.api.Test;

/** The benchmark's registers are honest: what the figures are measured on looks like a real export. */
class RegisterGeneratorTest {

    private static final int ROWS = 200_000;

    private static boolean valid(String id) {
        return PersonalId.hasShape(id) ? PersonalId.problem(id) == null : CreditCode.problem(id) == null;
    }

    @Test
    void everyOperatorHasItsOwnIdentifierAndNoIdentifierIsShared() {
        RegisterGenerator.Rows rows = new RegisterGenerator.Rows();
        Map<String, String> nameById = new HashMap<>();
        Set<String> phones = new HashSet<>();
        for (int i = 0; i < ROWS; i++) {
            String[] r = rows.next();
            if (!valid(r[1])) {
                continue;
            }
            String before = nameById.putIfAbsent(r[1], r[2]);
            assertThat(before == null || before.equals(r[2])).as("id %s names one operator", r[1]).isTrue();
            phones.add(r[8]);
        }
        Set<String> names = new HashSet<>(nameById.values());
        assertThat(names).hasSameSizeAs(nameById.keySet());
        assertThat(phones.size()).isGreaterThan(nameById.size() * 99 / 100);
    }

    @Test
    void operatorsAreListedOnSeveralPlatformsAndOneInFourIsAnIndividual() {
        RegisterGenerator.Rows rows = new RegisterGenerator.Rows();
        Map<String, Set<String>> platforms = new HashMap<>();
        long individuals = 0;
        for (int i = 0; i < ROWS; i++) {
            String[] r = rows.next();
            if (platforms.computeIfAbsent(r[1], k -> new HashSet<>()).add(r[3]) && platforms.get(r[1]).size() == 1
                    && PersonalId.hasShape(r[1])) {
                individuals++;
            }
        }
        double perOperator = (double) ROWS / platforms.size();
        assertThat(perOperator).isBetween(2.3, 2.7);
        assertThat((double) individuals / platforms.size()).isBetween(0.22, 0.28);
        assertThat(platforms.values()).allSatisfy(p -> assertThat(p.size()).isBetween(1, 4));
    }

    @Test
    void oneRowInTenThousandHasAMistypedCheckCharacter() {
        RegisterGenerator.Rows rows = new RegisterGenerator.Rows();
        long invalid = 0;
        for (int i = 0; i < ROWS; i++) {
            if (!valid(rows.next()[1])) {
                invalid++;
            }
        }
        assertThat(invalid).isEqualTo(RegisterGenerator.invalidRows(ROWS)).isEqualTo(ROWS / 10_000);
    }

    @Test
    void establishmentDatesComeInTheSamplesThreeSpellingsAndAllParse() {
        RegisterGenerator.Rows rows = new RegisterGenerator.Rows();
        Set<String> shapes = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String date = rows.next()[5];
            shapes.add(date.replaceAll("[0-9]+", "9"));
            assertThat(DateParser.parse(CellValue.text(date))).isNotNull();
        }
        assertThat(shapes).containsExactlyInAnyOrder("9-9-9", "9/9/9", "9年9月9日");
    }
}
