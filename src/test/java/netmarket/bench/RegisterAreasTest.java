package netmarket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import netmarket.normalize.CreditCode;
import netmarket.normalize.PersonalId;
import org.junit.jupiter.api.Test;

/** Registers spread over given areas (the country harness's one per province): valid, area-coded, and no identifier shared between them. */
class RegisterAreasTest {

    private static final List<RegisterGenerator.Area> SHANDONG = List.of(new RegisterGenerator.Area("北中区", "371202"),
            new RegisterGenerator.Area("东华县", "371221"));
    private static final List<RegisterGenerator.Area> FUJIAN = List.of(new RegisterGenerator.Area("云庆区", "351002"));

    @Test
    void consecutiveRegistersShareNoIdentifierAndEachOperatorCarriesItsAreasCode() {
        RegisterGenerator.Rows first = new RegisterGenerator.Rows(SHANDONG, 0, 0);
        Map<String, String> areaById = new HashMap<>();
        long invalid = read(first, 50_000, areaById, SHANDONG);
        RegisterGenerator.Rows second = new RegisterGenerator.Rows(FUJIAN, first.followingOperator(), first.followingIndividual());
        Set<String> before = new HashSet<>(areaById.keySet());
        Map<String, String> secondIds = new HashMap<>();
        invalid += read(second, 30_000, secondIds, FUJIAN);

        assertThat(invalid).isEqualTo(RegisterGenerator.invalidRows(50_000) + RegisterGenerator.invalidRows(30_000));
        assertThat(secondIds.keySet()).doesNotContainAnyElementsOf(before);
        assertThat(first.operatorsPerArea()).hasSize(2).doesNotContain(0L);
        assertThat(first.operatorsPerArea()[0] + first.operatorsPerArea()[1]).isEqualTo(first.followingOperator());
        assertThat(second.operatorsPerArea()[0]).isEqualTo(second.followingOperator() - first.followingOperator());
    }

    /** Reads {@code n} rows: every valid ID names one area, the row's, and starts with (or, a credit code, holds) its code. */
    private static long read(RegisterGenerator.Rows rows, int n, Map<String, String> areaById, List<RegisterGenerator.Area> areas) {
        Map<String, String> codeOf = new HashMap<>();
        areas.forEach(a -> codeOf.put(a.name(), a.code()));
        long invalid = 0;
        for (int i = 0; i < n; i++) {
            String[] r = rows.next();
            boolean personal = PersonalId.hasShape(r[1]);
            if (personal ? PersonalId.problem(r[1]) != null : CreditCode.problem(r[1]) != null) {
                invalid++;
                continue;
            }
            assertThat(codeOf).containsKey(r[4]);
            assertThat(personal ? r[1].substring(0, 6) : r[1].substring(2, 8)).isEqualTo(codeOf.get(r[4]));
            String before = areaById.putIfAbsent(r[1], r[4]);
            assertThat(before == null || before.equals(r[4])).isTrue();
        }
        return invalid;
    }
}
