package netmarket.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import netmarket.normalize.CreditCode;
import netmarket.normalize.PersonalId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistyped personal ID whose check character happens to satisfy GB 32100 (about 1 in 31) is
 * rejected, never stored in clear as a credit code, on either load route; no ID-shaped value is
 * anywhere in the store in clear.
 */
class IdShapedValuesTest {

    private static final String NAME = "市场监管局/网络交易经营者名录_三明市_2025-06-30.csv";
    private static final String GOOD_CODE = "91350400MA2YCKXX7" + CreditCode.checkCharacter("91350400MA2YCKXX7");

    @TempDir
    Path dir;

    StoreFixture store;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir);
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
    }

    /** An ID-shaped number (province 35, born 1990-01-01) whose last digit is right for GB 32100 and wrong for GB 11643. */
    static String mistypedIdPassingTheCreditCodeCheck() {
        for (int seq = 0; seq < 1000; seq++) {
            String first17 = "350404" + "19900101" + String.format("%03d", seq);
            char credit = CreditCode.checkCharacter(first17);
            if (Character.isDigit(credit) && credit != PersonalId.checkCharacter(first17)) {
                return first17 + credit;
            }
        }
        throw new IllegalStateException("no such number");
    }

    private Path register() throws Exception {
        Path file = dir.resolve("in/" + NAME);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "统一社会信用代码/身份证号,经营者名称,所在地区,成立日期\n"
                + GOOD_CODE + ",三明网络科技有限公司,三元区,2020-05-01\n"
                + mistypedIdPassingTheCreditCodeCheck() + ",某个体户,三元区,2021-03-15\n", StandardCharsets.UTF_8);
    }

    @Test
    void theNumberIsAValidCreditCodeAndAnIdWithTheWrongCheckDigit() {
        String id = mistypedIdPassingTheCreditCodeCheck();

        assertThat(CreditCode.problem(id)).isNull();
        assertThat(PersonalId.problem(id)).isNotNull();
        assertThat(PersonalId.hasShape(id)).isTrue();
    }

    @Test
    void theBulkRouteRejectsItAndKeepsNoClearCopy() throws Exception {
        LoadOutcome outcome = store.load(register(), NAME, store.definition("samr_operator_register"));

        assertRejectedAndNowhereInClear(outcome);
    }

    @Test
    void theRowRouteRejectsItAndKeepsNoClearCopy() throws Exception {
        LoadOutcome outcome = store.loadRowByRow(register(), NAME, store.definition("samr_operator_register"));

        assertRejectedAndNowhereInClear(outcome);
    }

    /** An all-digit credit code (province part 91, not a province) whose last digit also passes the ID check. */
    static String allDigitCreditCodePassingTheIdCheck() {
        for (int seq = 0; seq < 100_000; seq++) {
            String first17 = "91350400" + String.format("%09d", seq);
            char credit = CreditCode.checkCharacter(first17);
            if (Character.isDigit(credit) && credit == PersonalId.checkCharacter(first17)) {
                return first17 + credit;
            }
        }
        throw new IllegalStateException("no such number");
    }

    @Test
    void anAllDigitCreditCodeThatPassesTheIdCheckIsACreditCodeOnBothRoutes() throws Exception {
        String code = allDigitCreditCodePassingTheIdCheck();
        Path file = dir.resolve("in2/" + NAME);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "统一社会信用代码/身份证号,经营者名称,所在地区,成立日期\n" + code + ",三明数字商贸有限公司,三元区,2020-05-01\n",
                StandardCharsets.UTF_8);

        store.load(file, NAME, store.definition("samr_operator_register"));
        Path again = Files.writeString(dir.resolve("in2/again.csv"), Files.readString(file, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        store.loadRowByRow(again, "row/" + NAME, store.definition("samr_operator_register"));

        assertThat(store.rows("SELECT operator_key, credit_code, person_id_hash FROM fact.operator")).as("one row per route").hasSize(2)
                .allSatisfy(r -> assertThat(r).containsEntry("operator_key", code).containsEntry("credit_code", code)
                        .containsEntry("person_id_hash", null));
    }

    private void assertRejectedAndNowhereInClear(LoadOutcome outcome) throws SQLException {
        assertThat(outcome.rowsLoaded()).isEqualTo(1);
        assertThat(outcome.rowsRejected()).isEqualTo(1);
        assertThat(store.rows("SELECT raw_value, reason FROM meta.reject")).singleElement().satisfies(r -> {
            assertThat((String) r.get("reason")).contains("身份证号码校验位错误", "不作为统一社会信用代码存储");
            assertThat((String) r.get("raw_value")).isEqualTo("3504**********" + mistypedIdPassingTheCreditCodeCheck().substring(14));
        });
        assertThat(idShapedValuesInClear()).isEmpty();
    }

    /** Every text value of every table of the load and fact layers that has the shape of a resident ID. */
    private List<String> idShapedValuesInClear() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement st = store.conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_schema || '.' || table_name, column_name FROM information_schema.columns "
                        + "WHERE table_schema IN ('meta', 'fact') AND data_type = 'VARCHAR' AND table_name IN "
                        + "(SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')")) {
            while (rs.next()) {
                columns.add(rs.getString(1) + ":" + rs.getString(2));
            }
        }
        List<String> found = new ArrayList<>();
        for (String c : columns) {
            String[] tc = c.split(":");
            try (Statement st = store.conn.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT DISTINCT unnest(regexp_extract_all(\"" + tc[1] + "\", '[0-9]{17}[0-9Xx]')) FROM " + tc[0])) {
                while (rs.next()) {
                    if (PersonalId.hasShape(rs.getString(1))) {
                        found.add(c + " " + rs.getString(1));
                    }
                }
            }
        }
        return found;
    }
}
