package netmarket.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import netmarket.samples.Workbooks;
import netmarket.source.SourceDefinition;
import netmarket.source.SourceDefinitions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file is loaded again when the definition it was loaded with has changed: the new load replaces
 * the old one's rows in one transaction and the old load stays in meta.load as 'superseded'.
 * The same file with the same definition is still loaded only once.
 */
class ReloadOnDefinitionChangeTest {

    @TempDir
    Path dir;

    StoreFixture store;

    @BeforeEach
    void openStore() {
        store = new StoreFixture(dir);
    }

    @AfterEach
    void closeStore() throws SQLException {
        store.close();
    }

    /**
     * A retail sheet with a malformed number (one rejected row), a note (skipped) and a column of
     * 实物商品网上零售额 under a heading the shipped definition does not know ("实物网零").
     */
    private Path retailSheet(String name, String sanmingTotal) throws Exception {
        Workbooks wb = Workbooks.xlsx("社零");
        wb.row("2024年1-12月三明市社会消费品零售总额和网上零售额").merge(0, 0, 0, 6);
        wb.row("单位：亿元、%");
        wb.row("地区", "社会消费品零售总额", null, "网上零售额", null, "实物网零", null);
        wb.row(null, "1-12月累计", "同比增长（%）", "1-12月累计", "同比增长（%）", "1-12月累计", "同比增长（%）");
        wb.merge(2, 3, 0, 0).merge(2, 2, 1, 2).merge(2, 2, 3, 4).merge(2, 2, 5, 6);
        wb.row("三明市", sanmingTotal, 5.2, 321.09, "12.5%", 280.5, 11.0);
        wb.row("永安市", 123.45, 4.1, 45.6, 9.1, 40.2, 8.0);
        wb.row("沙县区", "12,3a4", 3.0, 20.0, 7.5, 18.0, 6.0);
        wb.row("注：网上零售额包括服务类商品。");
        return wb.write(dir.resolve(name));
    }

    /** A copy of the shipped stats_retail definition in its own jobs folder, edited by {@code edit}. */
    private SourceDefinition retailDefinition(String folder, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path jobs = Files.createDirectories(dir.resolve(folder));
        String yaml = Files.readString(Path.of("jobs/stats_retail.yml"), StandardCharsets.UTF_8);
        String edited = edit.apply(yaml);
        Files.writeString(jobs.resolve("stats_retail.yml"), edited, StandardCharsets.UTF_8);
        return SourceDefinitions.load(jobs, Path.of("jobs/reference")).byId("stats_retail").orElseThrow();
    }

    /** The shipped definition plus synonyms that map the "实物网零" columns to online_retail_goods. */
    private SourceDefinition withSynonym() throws Exception {
        return retailDefinition("jobs-edited", y -> replaceOnce(replaceOnce(y,
                "synonyms: [\"=网上商品零售额 / 累计\"]", "synonyms: [\"=网上商品零售额 / 累计\", 实物网零 / 累计]"),
                "synonyms: [\"=网上商品零售额 / 增长\"]", "synonyms: [\"=网上商品零售额 / 增长\", 实物网零 / 增长]"));
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text).as("the shipped definition still has " + from).contains(from);
        return text.replace(from, to);
    }

    private long facts() throws SQLException {
        return store.count("SELECT count(*) FROM fact.metric_value");
    }

    @Test
    void theSameFileWithTheSameDefinitionIsLoadedOnce() throws Exception {
        Path file = retailSheet("stats.xlsx", "1,234.56");
        LoadOutcome first = store.load(file, "stats.xlsx", store.definition("stats_retail"));
        Map<String, Long> before = store.tableCounts();

        // the same definition, copied to another folder: its content, not its path, is what counts
        LoadOutcome again = store.load(file, "stats.xlsx", retailDefinition("jobs-copy", y -> y));

        assertThat(first.status()).isEqualTo("loaded");
        assertThat(again.status()).isEqualTo("already_loaded");
        assertThat(again.replaced()).isNull();
        assertThat(again.loadId()).isEqualTo(first.loadId());
        assertThat(store.tableCounts()).isEqualTo(before);
        assertThat(store.count("SELECT count(*) FROM meta.load")).isEqualTo(1);
    }

    @Test
    void anEditedDefinitionReloadsTheFileAndTheNewLoadReplacesTheOldOnesRows() throws Exception {
        Path file = retailSheet("stats.xlsx", "1,234.56");
        LoadOutcome first = store.load(file, "stats.xlsx", store.definition("stats_retail"));
        long factsBefore = facts();

        LoadOutcome second = store.load(file, "stats.xlsx", withSynonym());

        assertThat(first.valuesLoaded()).as("two regions, four figures each").isEqualTo(8);
        assertThat(factsBefore).isEqualTo(8);
        assertThat(second.status()).isEqualTo("loaded");
        assertThat(second.loadId()).isGreaterThan(first.loadId());
        assertThat(second.replaced()).isEqualTo(first.loadId());
        assertThat(second.message()).isEqualTo("数据源定义已修改，重新加载（替换加载批次 " + first.loadId() + "）");
        assertThat(second.valuesLoaded()).as("the synonym adds online_retail_goods, level and growth").isEqualTo(12);
        assertThat(second.rowsRejected()).isEqualTo(1);
        assertThat(second.reconciles()).isTrue();

        // the old load stays as history, superseded by the new one
        assertThat(store.rows("SELECT load_id, status, superseded_by FROM meta.load ORDER BY load_id"))
                .extracting(r -> r.get("load_id") + " " + r.get("status") + " " + r.get("superseded_by"))
                .containsExactly(first.loadId() + " superseded " + second.loadId(), second.loadId() + " loaded null");
        // the fact rows, rejects and skip counts are exactly the new load's
        assertThat(facts()).isEqualTo(12);
        assertThat(store.count("SELECT count(*) FROM fact.metric_value WHERE load_id = " + second.loadId())).isEqualTo(12);
        assertThat(store.count("SELECT count(*) FROM fact.metric_value WHERE metric_id = 'online_retail_goods'")).isEqualTo(4);
        assertThat(store.count("SELECT count(*) FROM meta.reject WHERE load_id <> " + second.loadId())).isZero();
        assertThat(store.count("SELECT count(*) FROM meta.reject WHERE load_id = " + second.loadId())).isEqualTo(1);
        assertThat(store.count("SELECT count(*) FROM meta.load_skip WHERE load_id = " + first.loadId())).isZero();
        assertThat(store.count("SELECT sum(rows) FROM meta.load_skip WHERE load_id = " + second.loadId())).isEqualTo(second.rowsSkipped());
        // no false failures: the superseded load is not checked (NULL), the new one reconciles
        assertThat(store.count("SELECT count(*) FROM meta.load_reconciliation WHERE NOT reconciles")).isZero();
        assertThat(store.count("SELECT count(*) FROM meta.load_reconciliation WHERE load_id = " + first.loadId()
                + " AND reconciles IS NULL AND superseded_by = " + second.loadId())).isEqualTo(1);
        assertThat(store.count("SELECT count(*) FROM mart.loads WHERE reconciles")).isEqualTo(1);
    }

    @Test
    void afterTheReloadTheSameDefinitionChangesNothingAndRevertingItReloadsAgain() throws Exception {
        Path file = retailSheet("stats.xlsx", "1,234.56");
        LoadOutcome first = store.load(file, "stats.xlsx", store.definition("stats_retail"));
        LoadOutcome second = store.load(file, "stats.xlsx", withSynonym());
        Map<String, Long> afterReload = store.tableCounts();

        LoadOutcome third = store.load(file, "stats.xlsx", withSynonym());

        assertThat(third.status()).isEqualTo("already_loaded");
        assertThat(third.loadId()).isEqualTo(second.loadId());
        assertThat(store.tableCounts()).isEqualTo(afterReload);

        LoadOutcome reverted = store.load(file, "stats.xlsx", store.definition("stats_retail"));

        assertThat(reverted.status()).isEqualTo("loaded");
        assertThat(reverted.replaced()).isEqualTo(second.loadId());
        assertThat(facts()).isEqualTo(8);
        assertThat(store.rows("SELECT load_id, status FROM meta.load ORDER BY load_id")).extracting(r -> r.get("load_id") + " " + r.get("status"))
                .containsExactly(first.loadId() + " superseded", second.loadId() + " superseded", reverted.loadId() + " loaded");
        assertThat(store.count("SELECT count(*) FROM meta.load_reconciliation WHERE NOT reconciles")).isZero();
    }

    @Test
    void aReloadedFileKeepsItsPlaceAmongTheVintages() throws Exception {
        LoadOutcome first = store.load(retailSheet("first.xlsx", "1,234.56"), "first.xlsx", store.definition("stats_retail"));
        store.load(retailSheet("corrected.xlsx", "1,240.00"), "corrected.xlsx", store.definition("stats_retail"));

        LoadOutcome reloaded = store.load(dir.resolve("first.xlsx"), "first.xlsx", withSynonym());

        assertThat(reloaded.replaced()).isEqualTo(first.loadId());
        assertThat(store.count("SELECT first_load_id FROM meta.load WHERE load_id = " + reloaded.loadId())).isEqualTo(first.loadId());
        String key = "metric_id = 'retail_sales_total' AND value_kind = 'level' AND region_code = '350400'";
        assertThat(store.rows("SELECT file_name, vintage_rank, vintages FROM fact.metric_value_vintages WHERE " + key + " ORDER BY vintage_rank"))
                .as("the corrected file, which arrived later, is still the current vintage")
                .extracting(r -> r.get("file_name") + " " + r.get("vintage_rank") + "/" + r.get("vintages"))
                .containsExactly("corrected.xlsx 1/2", "first.xlsx 2/2");
        assertThat(store.rows("SELECT file_name FROM fact.metric_value_current WHERE " + key))
                .extracting(r -> r.get("file_name")).containsExactly("corrected.xlsx");
        assertThat(store.rows("SELECT file_name FROM fact.metric_value_current WHERE metric_id = 'online_retail_goods' AND region_code = '350400'"))
                .as("a figure only the reload has is current").extracting(r -> r.get("file_name")).containsExactly("first.xlsx", "first.xlsx");
    }

    @Test
    void aReloadedRegisterDoesNotBecomeTheNewestExportOfItsRegion() throws Exception {
        store.conn.setAutoCommit(false);
        ReferenceTables.replace(store.conn, store.ctx);
        store.conn.commit();
        store.conn.setAutoCommit(true);
        // load 1: the older export (5 operators), load 2: a newer one (2 operators), load 3: load 1 reloaded
        try (java.sql.Statement st = store.conn.createStatement()) {
            st.execute("""
                    INSERT INTO meta.load (load_id, source_id, file_name, content_sha256, definition_sha256, file_bytes, status,
                                           started_at, superseded_by, first_load_id)
                    VALUES (1, 'samr_operator_register', 'old.xlsx', 'a', 'd1', 1, 'superseded', now(), 3, 1),
                           (2, 'samr_operator_register', 'new.xlsx', 'b', 'd1', 1, 'loaded', now(), NULL, 2),
                           (3, 'samr_operator_register', 'old.xlsx', 'a', 'd2', 1, 'loaded', now(), NULL, 1)""");
            st.execute("""
                    INSERT INTO fact.operator (load_id, region_code, operator_key, established_on, as_of_date, file_name, row_number)
                    SELECT load_id, '350481', 'op' || i, DATE '2020-01-01', DATE '2025-06-30', 'x.xlsx', i
                    FROM (VALUES (2, 2), (3, 5)) v(load_id, n), range(n) t(i)""");
        }

        assertThat(store.count("SELECT value FROM mart.measures(DATE '2025-06-30') "
                + "WHERE region_code = '350481' AND measure_id = 'active_operators'"))
                .as("the export that arrived later (load 2) is the newest, not the reload of the older one").isEqualTo(2);
    }

    @Test
    void aReloadThatFailsLeavesTheOldLoadAsItWasAndIsNotRetriedWithTheSameDefinition() throws Exception {
        Path file = retailSheet("stats.xlsx", "1,234.56");
        LoadOutcome first = store.load(file, "stats.xlsx", store.definition("stats_retail"));
        Map<String, Long> before = store.tableCounts();
        SourceDefinition broken = retailDefinition("jobs-broken", y -> replaceOnce(y, "find: 地区", "find: 不存在的表头"));

        LoadOutcome failed = store.load(file, "stats.xlsx", broken);

        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.message()).contains("找不到表头", "加载批次 " + first.loadId() + " 保留不变");
        assertThat(store.count("SELECT count(*) FROM meta.load WHERE status = 'loaded' AND load_id = " + first.loadId())).isEqualTo(1);
        assertThat(store.count("SELECT count(*) FROM fact.metric_value WHERE load_id = " + first.loadId())).isEqualTo(before.get("fact.metric_value"));

        LoadOutcome again = store.load(file, "stats.xlsx", broken);

        assertThat(again.status()).isEqualTo("already_failed");
        assertThat(store.count("SELECT count(*) FROM meta.load")).isEqualTo(2);

        LoadOutcome fixed = store.load(file, "stats.xlsx", withSynonym());

        assertThat(fixed.status()).isEqualTo("loaded");
        assertThat(fixed.replaced()).isEqualTo(first.loadId());
        assertThat(store.rows("SELECT status FROM meta.load ORDER BY load_id")).extracting(r -> r.get("status"))
                .containsExactly("superseded", "failed", "loaded");
        assertThat(facts()).isEqualTo(12);
    }

    @Test
    void aReloadAskedForIsDoneByTheNextLoadOnlyAndNotRepeatedWhenItFails() throws Exception {
        Path file = retailSheet("stats.xlsx", "1,234.56");
        Path never = retailSheet("never.xlsx", "9.99");
        LoadOutcome first = store.load(file, "stats.xlsx", store.definition("stats_retail"));
        SourceDefinition broken = retailDefinition("jobs-broken", y -> replaceOnce(y, "find: 地区", "find: 不存在的表头"));

        assertThat(ReloadRequests.request(store.conn, Map.of("stats.xlsx", file, "never.xlsx", never))).containsExactly("stats.xlsx");
        LoadOutcome failed = store.load(file, "stats.xlsx", broken);
        LoadOutcome notRepeated = store.load(file, "stats.xlsx", broken);

        assertThat(failed.status()).isEqualTo("failed");
        assertThat(notRepeated.status()).isEqualTo("already_failed");
        assertThat(store.count("SELECT count(*) FROM fact.metric_value WHERE load_id = " + first.loadId())).isEqualTo(8);

        assertThat(ReloadRequests.request(store.conn, Map.of("stats.xlsx", file))).containsExactly("stats.xlsx");
        LoadOutcome reloaded = store.load(file, "stats.xlsx", store.definition("stats_retail"));
        LoadOutcome once = store.load(file, "stats.xlsx", store.definition("stats_retail"));

        assertThat(reloaded.status()).isEqualTo("loaded");
        assertThat(reloaded.replaced()).isEqualTo(first.loadId());
        assertThat(reloaded.message()).isEqualTo("按 reload 命令重新加载（替换加载批次 " + first.loadId() + "）");
        assertThat(once.status()).isEqualTo("already_loaded");
        assertThat(store.rows("SELECT status, reload_requested FROM meta.load ORDER BY load_id"))
                .extracting(r -> r.get("status") + " " + r.get("reload_requested"))
                .containsExactly("superseded false", "failed false", "loaded false");
        assertThat(facts()).isEqualTo(8);
    }

    @Test
    void aFileThatFailedIsRetriedWhenItsDefinitionChangesAndTheFailedLoadStaysFailed() throws Exception {
        Path file = retailSheet("stats.xlsx", "1,234.56");
        SourceDefinition broken = retailDefinition("jobs-broken", y -> replaceOnce(y, "find: 地区", "find: 不存在的表头"));
        LoadOutcome failed = store.load(file, "stats.xlsx", broken);
        LoadOutcome notRetried = store.load(file, "stats.xlsx", broken);

        LoadOutcome retried = store.load(file, "stats.xlsx", store.definition("stats_retail"));

        assertThat(failed.status()).isEqualTo("failed");
        assertThat(notRetried.status()).isEqualTo("already_failed");
        assertThat(retried.status()).isEqualTo("loaded");
        assertThat(retried.replaced()).as("a failed load has no rows to replace").isNull();
        assertThat(store.rows("SELECT status FROM meta.load ORDER BY load_id")).extracting(r -> r.get("status"))
                .containsExactly("failed", "loaded");
        assertThat(facts()).isEqualTo(8);
    }
}
