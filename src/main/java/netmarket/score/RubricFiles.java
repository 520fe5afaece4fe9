package netmarket.score;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the rubrics in jobs/rubrics/*.yml into the ref schema, where the scoring SQL reads them.
 * A third province's rubric is a new file there (and a line in province-rubrics.csv), not code.
 */
public final class RubricFiles {

    private RubricFiles() {}

    /** Replaces every rubric table's content with the files' (a handful of rows: plain inserts). */
    public static List<String> replace(Connection conn, Path rubricsDir) throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (String t : List.of("rubric", "rubric_group", "rubric_subgroup", "rubric_indicator", "rubric_item",
                    "rubric_band", "rubric_tier", "province_rubric")) {
                st.execute("DELETE FROM ref." + t);
            }
        }
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(rubricsDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                ids.add(load(conn, f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取评估指标体系目录 " + rubricsDir, e);
        }
        Path assignment = rubricsDir.resolve("province-rubrics.csv");
        if (Files.exists(assignment)) {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO ref.province_rubric VALUES (?, ?)")) {
                for (String line : Files.readAllLines(assignment, StandardCharsets.UTF_8).subList(1, Files.readAllLines(assignment).size())) {
                    String[] parts = line.split(",");
                    if (parts.length >= 2 && !parts[0].isBlank()) {
                        ps.setString(1, parts[0].strip());
                        ps.setString(2, parts[1].strip());
                        ps.executeUpdate();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static String load(Connection conn, Path file) throws SQLException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> r;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String id = str(r.get("id"));
        Map<String, Object> pass = (Map<String, Object>) r.get("pass_rule");
        Map<String, Object> settings = (Map<String, Object>) r.getOrDefault("settings", Map.of());
        insert(conn, "ref.rubric", id, str(r.get("name")), str(r.get("source")), str(r.get("baseline")),
                pass == null ? null : dec(pass.get("total_min")), pass == null ? null : dec(pass.get("group_rate_min_pct")),
                String.valueOf(settings.getOrDefault("group_rate_denominator", "indicators")),
                Boolean.valueOf(String.valueOf(settings.getOrDefault("zero_cases_pass", "true"))), sha256(bytes));
        int groupNo = 0;
        for (Map<String, Object> g : (List<Map<String, Object>>) r.get("groups")) {
            insert(conn, "ref.rubric_group", id, ++groupNo, str(g.get("name")), dec(g.get("points")));
            for (Map<String, Object> sg : (List<Map<String, Object>>) g.getOrDefault("subgroups", List.of())) {
                insert(conn, "ref.rubric_subgroup", id, str(g.get("name")), str(sg.get("name")), dec(sg.get("points")));
            }
        }
        for (Map<String, Object> ind : (List<Map<String, Object>>) r.get("indicators")) {
            Object no = ind.get("no");
            if (no == null) {
                throw new IllegalStateException(file.getFileName() + ": 指标缺少编号（键 \"no\" 须加引号）");
            }
            int n = Integer.parseInt(str(no));
            insert(conn, "ref.rubric_indicator", id, n, str(ind.get("group")), str(ind.get("subgroup")), str(ind.get("name")),
                    str(ind.get("kind")), dec(ind.get("points")), str(ind.get("text")));
            for (Map<String, Object> it : (List<Map<String, Object>>) ind.get("items")) {
                int sub = Integer.parseInt(str(it.get("sub")));
                insert(conn, "ref.rubric_item", id, n, sub, dec(it.get("points")), str(it.get("rule")), str(it.get("text")),
                        str(it.get("metric")), str(it.get("other")), str(it.get("numerator")), str(it.get("denominator")),
                        str(it.get("numerator2")), str(it.get("denominator2")), str(it.get("baseline_metric")),
                        str(it.get("baseline_metric2")), str(it.get("comparator")), dec(it.get("threshold_pct")),
                        dec(it.get("per_document")), dec(it.get("cap")), dec(it.get("coverage_pct")), dec(it.get("min_hours")),
                        it.get("strict") == null ? null : Boolean.valueOf(str(it.get("strict"))),
                        dec(it.get("one")), dec(it.get("two_or_more")));
                for (Map<String, Object> b : (List<Map<String, Object>>) it.getOrDefault("bands", List.of())) {
                    insert(conn, "ref.rubric_band", id, n, sub, dec(b.get("min_pct")), dec(b.get("points")));
                }
                Map<String, Object> byZone = (Map<String, Object>) it.get("thresholds_by_zone");
                if (byZone != null) {
                    for (Map.Entry<String, Object> z : byZone.entrySet()) {
                        insert(conn, "ref.rubric_tier", id, n, sub, z.getKey(), dec(z.getValue()),
                                Boolean.valueOf(str(it.getOrDefault("strict", "false"))), dec(it.get("one")), dec(it.get("two_or_more")));
                    }
                }
                List<Map<String, Object>> tiers = (List<Map<String, Object>>) it.get("tiers");
                if (tiers != null) {
                    for (Map<String, Object> t : tiers) {
                        insert(conn, "ref.rubric_tier", id, n, sub, null, dec(t.get("min")),
                                Boolean.valueOf(str(it.getOrDefault("strict", "true"))), dec(t.get("one")), dec(t.get("two_or_more")));
                    }
                }
            }
        }
        return id;
    }

    private static void insert(Connection conn, String table, Object... values) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    private static BigDecimal dec(Object o) {
        return o == null ? null : new BigDecimal(String.valueOf(o));
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
