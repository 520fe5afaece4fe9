package netmarket.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import netmarket.samples.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which vintage of a figure is current is decided by the files' own release dates, not by the order they were loaded in. */
class ReleaseDatesTest {

    private static final String CURRENT = "SELECT value FROM fact.metric_value_current WHERE region_code = '350400' "
            + "AND metric_id = 'online_retail_sales' AND value_kind = 'level' AND period_year = 2024";

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

    /** A statistics sheet for 2024 stating its release date in the title. */
    private LoadOutcome load(String name, String released, double onlineRetail, int blankRows) throws Exception {
        Workbooks wb = Workbooks.xlsx("社零");
        wb.row("2024年1-12月三明市社会消费品零售总额和网上零售额" + (released == null ? "" : "（" + released + "发布）"));
        wb.row("单位：亿元");
        wb.row("地区", "社会消费品零售总额", null, "网上零售额", null);
        wb.row(null, "1-12月累计", "同比增长（%）", "1-12月累计", "同比增长（%）");
        wb.merge(2, 3, 0, 0).merge(2, 2, 1, 2).merge(2, 2, 3, 4);
        wb.row("三明市", 1313.37, 5.5, onlineRetail, 12.0);
        for (int i = 0; i < blankRows; i++) {
            wb.row();
        }
        Path file = wb.write(dir.resolve("in/" + name));
        LoadOutcome outcome = store.load(file, "统计局/" + name, store.definition("stats_retail"));
        assertThat(outcome.status()).as(outcome.message()).isEqualTo("loaded");
        return outcome;
    }

    private BigDecimal current() throws SQLException {
        return (BigDecimal) store.rows(CURRENT).get(0).get("value");
    }

    @Test
    void aRevisionLoadedBeforeThePreliminaryFigureStaysCurrent() throws Exception {
        load("a_零售_修订.xlsx", "2025年4月18日", 321.09, 0);
        load("b_零售_初步.xlsx", "2025年1月20日", 310.53, 0);

        assertThat(current()).isEqualByComparingTo("32109000000");
    }

    @Test
    void reSendingAnOlderReleaseDoesNotMakeItCurrentAgain() throws Exception {
        load("零售_初步.xlsx", "2025年1月20日", 310.53, 0);
        load("零售_修订.xlsx", "2025年4月18日", 321.09, 0);
        load("零售_初步_重发.xlsx", "2025年1月20日", 310.53, 1); // the same release re-sent (other bytes)

        assertThat(current()).isEqualByComparingTo("32109000000");
        assertThat(store.rows("SELECT vintage_rank, released_on::VARCHAR AS released, released_from FROM fact.metric_value_vintages "
                + "WHERE region_code = '350400' AND metric_id = 'online_retail_sales' AND value_kind = 'level' ORDER BY vintage_rank"))
                .extracting(r -> r.get("vintage_rank") + " " + r.get("released") + " " + r.get("released_from"))
                .containsExactly("1 2025-04-18 title", "2 2025-01-20 title", "3 2025-01-20 title");
    }

    @Test
    void aFileThatStatesNoReleaseDateIsDatedByItsLoadAndSaysSo() throws Exception {
        LoadOutcome outcome = load("零售.xlsx", null, 310.53, 0);

        assertThat(store.rows("SELECT released_on = CAST(started_at AS DATE) AS today, released_from FROM meta.load WHERE load_id = "
                + outcome.loadId())).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("today", true).containsEntry("released_from", "load_time"));
    }

    @Test
    void asReleasedOnADateTheFiguresAreThoseKnownThen() throws Exception {
        load("零售_初步.xlsx", "2025年1月20日", 310.53, 0);
        load("零售_修订.xlsx", "2025年4月18日", 321.09, 0);

        store.conn.createStatement().execute("SET VARIABLE as_released = DATE '2025-02-01'");
        BigDecimal then = current();
        store.conn.createStatement().execute("RESET VARIABLE as_released");

        assertThat(then).isEqualByComparingTo("31053000000");
        assertThat(current()).isEqualByComparingTo("32109000000");
    }

    /** The repo's definitions with {@code from} replaced by {@code to} in {@code file}, read from a folder of their own. */
    private netmarket.source.SourceDefinition edited(String file, String from, String to, String id) throws Exception {
        Path jobs = java.nio.file.Files.createDirectories(dir.resolve("jobs"));
        String yaml = java.nio.file.Files.readString(Path.of("jobs").resolve(file));
        assertThat(yaml).contains(from);
        java.nio.file.Files.writeString(jobs.resolve(file), yaml.replace(from, to));
        return netmarket.source.SourceDefinitions.load(jobs, Path.of("jobs/reference")).byId(id).orElseThrow();
    }

    @Test
    void aReleaseDateColumnDatesEachFigureWhateverTheRowOrder() throws Exception {
        netmarket.source.SourceDefinition def = edited("baselines.yml", "fields:\n", "released: {from: column, header: \"=released_on\"}\nfields:\n",
                "baselines");
        Path csv = java.nio.file.Files.writeString(dir.resolve("基准.csv"), String.join("\n",
                "region_name,level,year,period,metric,value,unit,value_kind,source_url,released_on",
                "全国,national,2024,year,快递业务量,1750.8,亿件,level,http://example.org/revised,2025-04-18",
                "全国,national,2024,year,快递业务量,1745,亿件,level,http://example.org/preliminary,2025-01-20") + "\n");

        store.load(csv, "基准数据/基准.csv", def);

        assertThat(store.rows("SELECT value, released_on::VARCHAR AS released, released_from FROM fact.metric_value_vintages "
                + "WHERE region_code = '100000' AND metric_id = 'express_volume' ORDER BY vintage_rank"))
                .extracting(r -> ((BigDecimal) r.get("value")).stripTrailingZeros().toPlainString() + " " + r.get("released") + " " + r.get("released_from"))
                .containsExactly("175080000000 2025-04-18 column", "174500000000 2025-01-20 column");
    }

    @Test
    void aDefinitionCanStateTheReleaseDate() throws Exception {
        netmarket.source.SourceDefinition def = edited("stats_retail.yml", "header:\n", "released: {fixed: 2025-04-18}\nheader:\n", "stats_retail");
        Workbooks wb = Workbooks.xlsx("社零");
        wb.row("2024年1-12月三明市社会消费品零售总额和网上零售额").row("单位：亿元");
        wb.row("地区", "社会消费品零售总额", null, "网上零售额", null);
        wb.row(null, "1-12月累计", "同比增长（%）", "1-12月累计", "同比增长（%）");
        wb.merge(2, 3, 0, 0).merge(2, 2, 1, 2).merge(2, 2, 3, 4);
        wb.row("三明市", 1313.37, 5.5, 321.09, 12.0);
        Path file = wb.write(dir.resolve("in/零售.xlsx"));

        LoadOutcome outcome = store.load(file, "统计局/零售.xlsx", def);

        assertThat(store.rows("SELECT released_on::VARCHAR AS released, released_from FROM meta.load WHERE load_id = " + outcome.loadId()))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("released", "2025-04-18").containsEntry("released_from", "definition"));
    }
}
