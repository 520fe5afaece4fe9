package netmarket.score.edges;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Everything a round of cases puts in the store, region by region: figures, register rows, sales,
 * training ledgers, documents and expert scores. The store gets it in bulk (CSV read by DuckDB);
 * the second evaluator reads the same rows.
 */
final class World {

    /** A region made for one case: its own code, zone and province. */
    record Region(String code, String zone, String province) {}

    /** One row of input for a region; which table it goes to depends on its kind. */
    sealed interface Row permits Fact, Operator, Sale, Trainee, Document, Expert {}

    /** A published figure; {@code written} is its text in the source (what the significant-digit rule reads). */
    record Fact(String metric, String kind, String periodKind, int year, int month, BigDecimal value, String written) implements Row {
        LocalDate periodEnd() {
            return LocalDate.of(year, month, 1).withDayOfMonth(LocalDate.of(year, month, 1).lengthOfMonth());
        }
    }

    /** One listing in the register of online operators, exported on {@code asOf}. */
    record Operator(String key, LocalDate established, LocalDate deregistered, LocalDate asOf) implements Row {}

    /** An operator's annual e-commerce sales in 元. */
    record Sale(String operator, int year, BigDecimal amount) implements Row {}

    /** One person of a training ledger. */
    record Trainee(int year, String person, Boolean trained, BigDecimal hours) implements Row {}

    /** An institutional document; {@code issued} may be unknown (null). */
    record Document(String title, LocalDate issued) implements Row {}

    /** A score from an expert assessment sheet ({@code source} expert or self). */
    record Expert(String rubric, int year, int indicator, int sub, BigDecimal points, String source) implements Row {}

    final Map<String, Region> regions = new LinkedHashMap<>();
    final Map<String, List<Row>> rows = new LinkedHashMap<>();

    void addRegion(Region r) {
        if (regions.put(r.code(), r) != null) {
            throw new IllegalStateException("region used twice: " + r.code());
        }
    }

    void add(String region, Row row) {
        rows.computeIfAbsent(region, k -> new ArrayList<>()).add(row);
    }

    List<Row> of(String region) {
        return rows.getOrDefault(region, List.of());
    }

    /** Replaces the test regions and every fact and record in the store by this world's, in bulk. */
    void writeTo(Connection conn, Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        Map<String, CSVPrinter> out = new LinkedHashMap<>();
        Map<String, String[]> headers = Map.of(
                "region", new String[] {"code", "name", "level", "parent_code", "zone", "aliases"},
                "metric_value", new String[] {"load_id", "metric_id", "value_kind", "region_code", "period_kind", "period_year", "period_month",
                        "value", "unit", "source_value", "file_name", "row_number"},
                "operator", new String[] {"load_id", "region_code", "operator_key", "established_on", "deregistered_on", "as_of_date", "file_name",
                        "row_number"},
                "operator_sales", new String[] {"load_id", "region_code", "operator_key", "sales_year", "sales_amount", "file_name", "row_number"},
                "staff_training", new String[] {"load_id", "region_code", "training_year", "person_key", "trained", "hours", "file_name",
                        "row_number"},
                "institutional_document", new String[] {"load_id", "region_code", "title", "issued_on", "file_name", "row_number"},
                "expert_score", new String[] {"load_id", "region_code", "rubric_id", "assessment_year", "indicator_no", "sub_item", "points",
                        "score_source", "file_name", "row_number"});
        try {
            for (Map.Entry<String, String[]> h : headers.entrySet()) {
                Writer w = Files.newBufferedWriter(dir.resolve(h.getKey() + ".csv"), StandardCharsets.UTF_8);
                out.put(h.getKey(), new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(h.getValue()).setNullString("").get()));
            }
            for (Region r : regions.values()) {
                out.get("region").printRecord(r.code(), "用例" + r.code(), "custom", null, r.zone(), null);
            }
            int n = 0;
            for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
                String region = e.getKey();
                for (Row row : e.getValue()) {
                    n++;
                    if (row instanceof Fact f) {
                        out.get("metric_value").printRecord(1, f.metric(), f.kind(), region, f.periodKind(), f.year(), f.month(),
                                f.value().toPlainString(), f.kind().equals("level") ? "元" : "%", f.written(), "edge.xlsx", n);
                    } else if (row instanceof Operator o) {
                        out.get("operator").printRecord(1, region, o.key(), o.established(), o.deregistered(), o.asOf(), "register.xlsx", n);
                    } else if (row instanceof Sale s) {
                        out.get("operator_sales").printRecord(1, region, s.operator(), s.year(), s.amount().toPlainString(), "sales.xlsx", n);
                    } else if (row instanceof Trainee t) {
                        out.get("staff_training").printRecord(1, region, t.year(), t.person(), t.trained(),
                                t.hours() == null ? null : t.hours().toPlainString(), "training.xlsx", n);
                    } else if (row instanceof Document d) {
                        out.get("institutional_document").printRecord(1, region, d.title(), d.issued(), "documents.xlsx", n);
                    } else if (row instanceof Expert x) {
                        out.get("expert_score").printRecord(1, region, x.rubric(), x.year(), x.indicator(), x.sub(), x.points().toPlainString(),
                                x.source(), "expert.xlsx", n);
                    }
                }
            }
        } finally {
            for (CSVPrinter p : out.values()) {
                p.close();
            }
        }
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM ref.region WHERE level = 'custom' AND code LIKE 'Z%' AND name LIKE '用例%'");
            for (String t : List.of("metric_value", "operator", "operator_sales", "staff_training", "institutional_document", "expert_score")) {
                st.execute("DELETE FROM fact." + t);
            }
            for (String t : headers.keySet()) {
                String target = t.equals("region") ? "ref.region" : "fact." + t;
                st.execute("INSERT INTO " + target + " BY NAME SELECT * FROM read_csv('" + dir.resolve(t + ".csv")
                        + "', header = true, all_varchar = true)");
            }
        }
    }
}
