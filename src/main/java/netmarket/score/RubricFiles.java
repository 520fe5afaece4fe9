package netmarket.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import netmarket.normalize.ReferenceCsv;
import netmarket.store.Sql;

/**
 * Loads the rubrics in jobs/rubrics/*.yml into the ref schema, where the scoring SQL reads them.
 * A third province's rubric is a new file there (and a line in province-rubrics.csv), not code.
 */
public final class RubricFiles {

    private RubricFiles() {}

    /** Replaces every rubric table's content with the files' (a handful of rows: plain inserts). */
    public static List<String> replace(Connection conn, Path rubricsDir) throws SQLException {
        Sql sql = Sql.on(conn);
        for (String t : List.of("rubric", "rubric_group", "rubric_subgroup", "rubric_indicator", "rubric_item",
                "rubric_band", "rubric_tier", "province_rubric")) {
            sql.update("DELETE FROM ref." + t);
        }
        List<String> ids = new ArrayList<>();
        Rows rows = new Rows();
        try (Stream<Path> files = Files.list(rubricsDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                ids.add(load(rows, f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取评估指标体系目录 " + rubricsDir, e);
        }
        Path assignment = rubricsDir.resolve(RubricCheck.PROVINCE_RUBRICS);
        if (Files.exists(assignment)) {
            for (Map<String, String> line : ReferenceCsv.read(assignment)) {
                rows.add("ref.province_rubric", line.get("province_code").strip(), line.get("rubric_id").strip());
            }
        }
        rows.insert(conn);
        return ids;
    }

    /** The rubric tables' rows, collected so each table gets one INSERT (one statement per row cost 0.3 s a run). */
    private static final class Rows {
        private final Map<String, List<Object[]>> byTable = new java.util.LinkedHashMap<>();

        void add(String table, Object... values) {
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
        }

        void insert(Connection conn) throws SQLException {
            for (Map.Entry<String, List<Object[]>> t : byTable.entrySet()) {
                List<Object[]> rows = t.getValue();
                String one = "(" + String.join(", ", java.util.Collections.nCopies(rows.get(0).length, "?")) + ")";
                String sql = "INSERT INTO " + t.getKey() + " VALUES " + String.join(", ", java.util.Collections.nCopies(rows.size(), one));
                Sql.on(conn).update(sql, rows.stream().flatMap(java.util.Arrays::stream).toArray());
            }
        }
    }

    /** Every rubric id in {@code rubricsDir}, by file, for checking --rubric before anything starts. */
    public static java.util.Set<String> ids(Path rubricsDir) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (RubricFile r : read(rubricsDir)) {
            ids.add(r.id());
        }
        return ids;
    }

    /** The first year any rubric in {@code rubricsDir} was in use: no period before it can be scored. */
    public static java.util.OptionalInt earliestYear(Path rubricsDir) {
        return read(rubricsDir).stream().filter(r -> r.inUseFrom() != null).mapToInt(RubricFile::inUseFrom).min();
    }

    private static List<RubricFile> read(Path rubricsDir) {
        List<RubricFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(rubricsDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                out.add(RubricFile.read(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取评估指标体系目录 " + rubricsDir, e);
        }
        return out;
    }

    private static String load(Rows rows, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RubricFile r = RubricFile.read(file);
        String id = r.id();
        RubricFile.PassRule pass = r.passRule();
        Map<String, Object> settings = r.settings() == null ? Map.of() : r.settings();
        rows.add("ref.rubric", id, r.name(), r.source(), r.baseline(),
                pass == null ? null : pass.totalMin(), pass == null ? null : pass.groupRateMinPct(),
                String.valueOf(settings.getOrDefault("group_rate_denominator", "indicators")),
                Boolean.valueOf(String.valueOf(settings.getOrDefault("zero_cases_pass", "true"))), sha256(bytes));
        int groupNo = 0;
        for (RubricFile.Group g : r.groups()) {
            rows.add("ref.rubric_group", id, ++groupNo, g.name(), g.points());
            for (RubricFile.Subgroup sg : g.subgroups() == null ? List.<RubricFile.Subgroup>of() : g.subgroups()) {
                rows.add("ref.rubric_subgroup", id, g.name(), sg.name(), sg.points());
            }
        }
        for (RubricFile.Indicator ind : r.indicators()) {
            if (ind.no() == null) {
                throw new IllegalStateException(file.getFileName() + ": 指标缺少编号（键 \"no\" 须加引号）");
            }
            int n = ind.no();
            rows.add("ref.rubric_indicator", id, n, ind.group(), ind.subgroup(), ind.name(), ind.kind(), ind.points(), ind.text());
            for (RubricFile.Item it : ind.items()) {
                int sub = it.sub();
                rows.add("ref.rubric_item", id, n, sub, it.points(), it.rule(), it.text(),
                        it.metric(), it.other(), it.numerator(), it.denominator(),
                        it.numerator2(), it.denominator2(), it.baselineMetric(),
                        it.baselineMetric2(), it.comparator(), it.thresholdPct(),
                        it.perDocument(), it.cap(), it.coveragePct(), it.minHours(),
                        it.strict(), it.one(), it.twoOrMore());
                for (RubricFile.Band b : it.bands() == null ? List.<RubricFile.Band>of() : it.bands()) {
                    rows.add("ref.rubric_band", id, n, sub, b.minPct(), b.points());
                }
                if (it.thresholdsByZone() != null) {
                    for (Map.Entry<String, BigDecimal> z : it.thresholdsByZone().entrySet()) {
                        rows.add("ref.rubric_tier", id, n, sub, z.getKey(), z.getValue(),
                                it.strict() != null && it.strict(), it.one(), it.twoOrMore());
                    }
                }
                if (it.tiers() != null) {
                    for (RubricFile.Tier t : it.tiers()) {
                        rows.add("ref.rubric_tier", id, n, sub, null, t.min(), it.strict() == null || it.strict(), t.one(), t.twoOrMore());
                    }
                }
            }
        }
        return id;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
