package netmarket.score;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netmarket.load.StoreFixture;

/**
 * A store with reference data and rubrics but no loads: tests put in exactly the figures a rule
 * needs and read score.evaluate's verdict on them. The test region is 永安市 (350481, Fujian,
 * east, national rubric) or 东营区 (370502, Shandong rubric).
 */
final class ScoringFixture implements AutoCloseable {

    static final String FUJIAN_COUNTY = "350481";
    static final String SHANDONG_DISTRICT = "370502";

    final StoreFixture store;
    private long nextLoad = 1;

    ScoringFixture(Path dir) throws SQLException {
        store = new StoreFixture(dir);
        ScoredStore.loadReference(store);
    }

    /** A figure as a load would store it; each call is a new load (a later call is a newer vintage). */
    ScoringFixture fact(String metric, String kind, String region, String periodKind, int year, int month, String value)
            throws SQLException {
        return fact(metric, kind, region, periodKind, year, month, value, value);
    }

    /** A figure whose text in the source ({@code written}, e.g. "15.5" 万亿元) differs from its value in base units. */
    ScoringFixture fact(String metric, String kind, String region, String periodKind, int year, int month, String value, String written)
            throws SQLException {
        try (PreparedStatement ps = store.conn.prepareStatement(
                "INSERT INTO fact.metric_value (load_id, metric_id, value_kind, region_code, period_kind, period_year, period_month, "
                        + "value, unit, source_value, file_name, row_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test.xlsx', 1)")) {
            ps.setLong(1, nextLoad++);
            ps.setString(2, metric);
            ps.setString(3, kind);
            ps.setString(4, region);
            ps.setString(5, periodKind);
            ps.setInt(6, year);
            ps.setInt(7, month);
            ps.setBigDecimal(8, new BigDecimal(value));
            ps.setString(9, kind.equals("level") ? "元" : "%");
            ps.setString(10, written);
            ps.executeUpdate();
        }
        return this;
    }

    ScoringFixture annual(String metric, String region, int year, String level, String written) throws SQLException {
        return fact(metric, "level", region, "year", year, 12, level, written);
    }

    ScoringFixture annual(String metric, String region, int year, String level) throws SQLException {
        return fact(metric, "level", region, "year", year, 12, level);
    }

    ScoringFixture growth(String metric, String region, int year, String pct) throws SQLException {
        return fact(metric, "official_growth_pct", region, "year", year, 12, pct);
    }

    /** {@code count} operators in one register load, all established and deregistered on the given dates. */
    ScoringFixture operators(String region, String keyPrefix, int count, LocalDate established, LocalDate deregistered)
            throws SQLException {
        try (PreparedStatement ps = store.conn.prepareStatement(
                "INSERT INTO fact.operator (load_id, region_code, operator_key, established_on, deregistered_on, as_of_date, file_name, row_number) "
                        + "SELECT 1000, ?, ? || i, ?, ?, DATE '2025-06-30', 'register.xlsx', i FROM range(?) t(i)")) {
            ps.setString(1, region);
            ps.setString(2, keyPrefix);
            ps.setObject(3, established);
            ps.setObject(4, deregistered);
            ps.setInt(5, count);
            ps.executeUpdate();
        }
        return this;
    }

    ScoringFixture sales(String region, String operator, int year, String amount) throws SQLException {
        try (PreparedStatement ps = store.conn.prepareStatement(
                "INSERT INTO fact.operator_sales (load_id, region_code, operator_key, sales_year, sales_amount, file_name, row_number) "
                        + "VALUES (1, ?, ?, ?, ?, 'sales.xlsx', 1)")) {
            ps.setString(1, region);
            ps.setString(2, operator);
            ps.setInt(3, year);
            ps.setBigDecimal(4, new BigDecimal(amount));
            ps.executeUpdate();
        }
        return this;
    }

    /** {@code people} trained staff of a region's ledger for {@code year}, each with {@code hours} 学时. */
    ScoringFixture training(String region, int year, int people, String hours) throws SQLException {
        try (PreparedStatement ps = store.conn.prepareStatement(
                "INSERT INTO fact.staff_training (load_id, region_code, training_year, person_key, trained, hours, file_name, row_number) "
                        + "SELECT 1, ?, ?, 'P' || i, true, ?, 'training.xlsx', i FROM range(?) t(i)")) {
            ps.setString(1, region);
            ps.setInt(2, year);
            ps.setBigDecimal(3, new BigDecimal(hours));
            ps.setInt(4, people);
            ps.executeUpdate();
        }
        return this;
    }

    ScoringFixture expert(String region, String rubric, int indicator, int sub, String points, String source) throws SQLException {
        try (PreparedStatement ps = store.conn.prepareStatement(
                "INSERT INTO fact.expert_score (load_id, region_code, rubric_id, assessment_year, indicator_no, sub_item, points, "
                        + "score_source, file_name, row_number) VALUES (1, ?, ?, 2025, ?, ?, ?, ?, 'expert.xlsx', 1)")) {
            ps.setString(1, region);
            ps.setString(2, rubric);
            ps.setInt(3, indicator);
            ps.setInt(4, sub);
            ps.setBigDecimal(5, new BigDecimal(points));
            ps.setString(6, source);
            ps.executeUpdate();
        }
        return this;
    }

    /** One item of score.evaluate for a region and period. */
    Map<String, Object> item(String rubric, String region, int year, int month, int indicator, int sub) throws SQLException {
        List<Map<String, Object>> rows = store.rows(String.format(
                "SELECT * FROM score.evaluate('%s', %d, %d) WHERE region_code = '%s' AND indicator_no = %d AND sub_item = %d",
                rubric, year, month, region, indicator, sub));
        if (rows.size() != 1) {
            throw new IllegalStateException("expected one item, got " + rows.size());
        }
        return rows.get(0);
    }

    BigDecimal points(String rubric, String region, int year, int month, int indicator, int sub) throws SQLException {
        return ((BigDecimal) item(rubric, region, year, month, indicator, sub).get("points")).stripTrailingZeros();
    }

    Map<String, Long> measures(String date, String region) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map<String, Object> r : store.rows("SELECT measure_id, value FROM mart.measures(DATE '" + date + "') WHERE region_code = '"
                + region + "' AND measure_id IN ('active_operators', 'surviving_operators')")) {
            out.put((String) r.get("measure_id"), ((BigDecimal) r.get("value")).longValue());
        }
        return out;
    }

    /** Removes every figure, register row, sale, expert score and load: the next test starts empty. */
    void clear() throws SQLException {
        for (String t : List.of("fact.metric_value", "fact.operator", "fact.operator_sales", "fact.expert_score", "fact.staff_training", "meta.load",
                "meta.reject", "meta.load_skip")) {
            try (java.sql.Statement st = store.conn.createStatement()) {
                st.execute("DELETE FROM " + t);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        store.close();
    }
}
