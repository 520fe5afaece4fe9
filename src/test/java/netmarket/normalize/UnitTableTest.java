package netmarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import netmarket.normalize.UnitTable.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnitTableTest {

    private static UnitTable units;

    @BeforeAll
    static void loadReferenceTable() {
        units = UnitTable.load(Path.of("jobs/reference/units.csv"));
    }

    @Test
    void hundredMillionYuanConvertsToYuanExactly() {
        // when
        Unit unit = units.get("亿元").orElseThrow();

        // then
        assertThat(unit.baseUnit()).isEqualTo("元");
        assertThat(unit.factor()).isEqualByComparingTo("100000000");
    }

    @Test
    void tenThousandPiecesConvertToPieces() {
        // when
        Unit unit = units.get("万件").orElseThrow();

        // then
        assertThat(unit.baseUnit()).isEqualTo("件");
        assertThat(unit.factor()).isEqualByComparingTo("10000");
    }

    @Test
    void aUnitNameWithSpacesOrFullWidthIsFound() {
        // when / then
        assertThat(units.get(" 亿　元 ")).map(Unit::name).contains("亿元");
    }

    @Test
    void aUnitLineInATitleIsFound() {
        // when / then
        assertThat(units.findIn("单位：亿元")).map(Unit::name).contains("亿元");
    }

    @Test
    void theLongestUnitInATitleWins() {
        // when / then
        assertThat(units.findIn("单位：万亿元")).map(Unit::name).contains("万亿元");
    }

    @Test
    void aUnitInFullWidthBracketsAfterAHeaderIsFound() {
        // when / then
        assertThat(units.findIn("快递业务量（万件）")).map(Unit::name).contains("万件");
    }

    @Test
    void aPercentInBracketsIsFound() {
        // when / then
        assertThat(units.findIn("增速(%)")).map(Unit::name).contains("%");
    }

    @Test
    void anUnknownUnitIsEmpty() {
        // when / then
        assertThat(units.get("公斤")).isEmpty();
        assertThat(units.findIn("重量（公斤）")).isEmpty();
        assertThat(units.findIn("地区")).isEmpty();
        assertThat(units.get(null)).isEmpty();
    }
}
