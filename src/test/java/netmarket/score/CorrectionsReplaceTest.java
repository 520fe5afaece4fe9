package netmarket.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import netmarket.load.LoadOutcome;
import netmarket.load.StoreFixture;
import netmarket.normalize.PersonalId;
import netmarket.samples.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corrected training ledger replaces the earlier one for its region and year as a whole: a correction can remove a person. */
class CorrectionsReplaceTest {

    @TempDir
    Path dir;

    StoreFixture store;

    @BeforeEach
    void open() throws SQLException {
        store = new StoreFixture(dir);
        ScoredStore.loadReference(store);
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
    }

    private static String id(String first17) {
        return first17 + PersonalId.checkCharacter(first17);
    }

    /** A 2024 ledger of 三明市 released on {@code released}; the last person (30 学时) only when {@code withShortHours}. */
    private LoadOutcome ledger(String name, String released, boolean withShortHours) throws Exception {
        Workbooks wb = Workbooks.xlsx("台账");
        wb.row("2024年网络交易监管人员培训台账（" + released + "报送）");
        wb.row("姓名", "身份证号", "所在地区", "是否参加培训", "培训学时");
        wb.row("张三", id("35040219800101001"), "三明市", "是", 52);
        wb.row("李四", id("35040219820202002"), "三明市", "是", 56);
        if (withShortHours) {
            wb.row("王五", id("35040219850303003"), "三明市", "是", 30); // listed by mistake: not supervision staff
        }
        Path file = wb.write(Files.createDirectories(dir.resolve("in")).resolve(name));
        return store.load(file, "市场监管局/" + name, store.definition("samr_staff_training"));
    }

    private BigDecimal trainingPoints() throws SQLException {
        return (BigDecimal) store.rows("SELECT points FROM score.evaluate('national', 2025, 6) "
                + "WHERE region_code = '350400' AND indicator_no = 38 AND sub_item = 2").get(0).get("points");
    }

    @Test
    void aCorrectedLedgerRemovesAPersonListedByMistake() throws Exception {
        ledger("培训台账_2024年.xlsx", "2025年1月10日", true);
        assertThat(trainingPoints()).isZero();

        ledger("培训台账_2024年_更正.xlsx", "2025年2月15日", false);

        assertThat(store.count("SELECT count(*) FROM fact.staff_training_current WHERE training_year = 2024")).isEqualTo(2);
        assertThat(store.count("SELECT count(*) FROM fact.staff_training")).as("the first ledger stays as history").isEqualTo(5);
        assertThat(trainingPoints()).isEqualByComparingTo("1");
    }

    @Test
    void theOriginalSentAgainAfterTheCorrectionDoesNotBringThePersonBack() throws Exception {
        ledger("培训台账_2024年_更正.xlsx", "2025年2月15日", false);
        ledger("培训台账_2024年.xlsx", "2025年1月10日", true);

        assertThat(store.count("SELECT count(*) FROM fact.staff_training_current WHERE training_year = 2024")).isEqualTo(2);
        assertThat(trainingPoints()).isEqualByComparingTo("1");
    }

    @Test
    void ofTwoLedgersReleasedTheSameDayTheOneThatArrivedLastIsCurrent() throws Exception {
        ledger("培训台账_2024年.xlsx", "2025年1月10日", true);
        ledger("培训台账_2024年_更正.xlsx", "2025年1月10日", false);

        assertThat(store.count("SELECT count(*) FROM fact.staff_training_current WHERE training_year = 2024")).isEqualTo(2);
    }

    @Test
    void asReleasedBeforeTheCorrectionTheOriginalLedgerIsCurrent() throws Exception {
        ledger("培训台账_2024年.xlsx", "2025年1月10日", true);
        ledger("培训台账_2024年_更正.xlsx", "2025年2月15日", false);

        netmarket.store.Sql.on(store.conn).execute("SET VARIABLE as_released = DATE '2025-02-01'");

        assertThat(store.count("SELECT count(*) FROM fact.staff_training_current WHERE training_year = 2024")).isEqualTo(3);
        assertThat(trainingPoints()).isZero();
    }

    /** The training definition, edited as {@code from} -> {@code to}, read from a folder of its own. */
    private netmarket.source.SourceDefinition trainingDefinition(String from, String to) throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        String yaml = Files.readString(Path.of("jobs/samr_staff_training.yml"));
        assertThat(yaml).contains(from);
        Files.writeString(jobs.resolve("samr_staff_training.yml"), yaml.replace(from, to));
        return netmarket.source.SourceDefinitions.load(jobs, Path.of("jobs/reference")).byId("samr_staff_training").orElseThrow();
    }

    private void cityLedger(netmarket.source.SourceDefinition def, String name, String released, boolean withCounty) throws Exception {
        Workbooks wb = Workbooks.xlsx("台账");
        wb.row("三明市2024年网络交易监管人员培训台账（" + released + "报送）");
        wb.row("姓名", "身份证号", "所在地区", "是否参加培训", "培训学时");
        wb.row("张三", id("35040219800101001"), "三明市", "是", 52);
        if (withCounty) {
            wb.row("赵六", id("35048119860404004"), "永安市", "是", 51);
        }
        Path file = wb.write(Files.createDirectories(dir.resolve("in")).resolve(name));
        store.load(file, "市场监管局/" + name, def);
    }

    @Test
    void aLedgerThatCoversItsCityAsAWholeRemovesACountysPeopleToo() throws Exception {
        netmarket.source.SourceDefinition def = trainingDefinition("period:\n", "covers: {from: title}\nperiod:\n");
        cityLedger(def, "培训台账_三明市_2024年.xlsx", "2025年1月10日", true);
        cityLedger(def, "培训台账_三明市_2024年_更正.xlsx", "2025年2月15日", false);

        assertThat(store.rows("SELECT region_code FROM fact.staff_training_current ORDER BY 1"))
                .extracting(r -> r.get("region_code")).containsExactly("350400");
        assertThat(store.rows("SELECT covers_region FROM meta.load")).extracting(r -> r.get("covers_region")).containsOnly("350400");
    }

    @Test
    void withoutCoversALedgerReplacesOnlyTheRegionsItHasRowsFor() throws Exception {
        netmarket.source.SourceDefinition def = store.definition("samr_staff_training");
        cityLedger(def, "培训台账_三明市_2024年.xlsx", "2025年1月10日", true);
        cityLedger(def, "培训台账_三明市_2024年_更正.xlsx", "2025年2月15日", false);

        assertThat(store.rows("SELECT region_code FROM fact.staff_training_current ORDER BY 1"))
                .extracting(r -> r.get("region_code")).containsExactly("350400", "350481");
    }
}
