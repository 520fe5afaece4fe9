package netmarket.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import netmarket.config.DefinitionException;
import netmarket.config.StrictYaml;
import netmarket.normalize.MetricCatalog;
import netmarket.normalize.RegionDirectory;

/**
 * The quantified targets of each region's creation plan (jobs/targets/*.yml), checked before
 * anything runs and put into ref.plan_target, where mart.target_progress reads them: data, so a new
 * region's plan is a new file.
 */
public final class PlanTargets {

    /** One targets file as written. */
    record File(String region, String source, List<Target> targets) {}

    /** One target: a measure, or a numerator and a denominator (a ratio in percent). */
    record Target(String name, String measure, String numerator, String denominator, String comparator, BigDecimal target, LocalDate deadline,
            String clause) {}

    private static final Set<String> DERIVED = Set.of("active_operators", "surviving_operators");

    private PlanTargets() {}

    /** Every problem of every targets file (empty when all are usable, or when there is no targets folder). */
    public static List<String> problems(Path dir, Path reference) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return problems;
        }
        RegionDirectory regions = RegionDirectory.load(reference.resolve("regions.csv"));
        MetricCatalog metrics = MetricCatalog.load(reference.resolve("metrics.yml"));
        for (Path f : files(dir)) {
            File file;
            try {
                file = StrictYaml.read(f, File.class);
            } catch (DefinitionException e) {
                problems.add(e.getMessage());
                continue;
            }
            if (file.region() == null || regions.byCode(file.region()).isEmpty()) {
                problems.add(f + ": region「" + file.region() + "」不是地区表中的代码 / region is no code of regions.csv");
            }
            for (Target t : file.targets() == null ? List.<Target>of() : file.targets()) {
                String where = f + ": 目标「" + t.name() + "」";
                boolean ratio = t.numerator() != null || t.denominator() != null;
                if (ratio == (t.measure() != null) || ratio && (t.numerator() == null || t.denominator() == null)) {
                    problems.add(where + " 须写 measure，或同时写 numerator 和 denominator / give a measure, or a numerator and a denominator");
                }
                for (String m : new String[] {t.measure(), t.numerator(), t.denominator()}) {
                    if (m != null && !DERIVED.contains(m) && metrics.byId(m).isEmpty()) {
                        problems.add(where + " 的度量「" + m + "」不在 metrics.yml 中 / unknown measure");
                    }
                }
                if (!"gt".equals(t.comparator()) && !"ge".equals(t.comparator())) {
                    problems.add(where + " 的 comparator 应为 gt 或 ge / comparator must be gt or ge");
                }
                if (t.target() == null || t.deadline() == null) {
                    problems.add(where + " 须写 target 和 deadline / target and deadline are required");
                }
            }
        }
        return problems;
    }

    /** Replaces ref.plan_target with the files' targets (a handful of rows: plain inserts). */
    public static void replace(Connection conn, Path dir) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM ref.plan_target");
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO ref.plan_target VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
            for (Path f : files(dir)) {
                File file = StrictYaml.read(f, File.class);
                for (Target t : file.targets()) {
                    ps.setString(1, file.region());
                    ps.setInt(2, numbers.merge(file.region(), 1, Integer::sum)); // numbered per region, across its files
                    ps.setString(3, t.name());
                    ps.setString(4, t.measure());
                    ps.setString(5, t.numerator());
                    ps.setString(6, t.denominator());
                    ps.setString(7, t.comparator());
                    ps.setBigDecimal(8, t.target());
                    ps.setObject(9, t.deadline());
                    ps.setString(10, t.clause());
                    ps.setString(11, file.source());
                    ps.executeUpdate();
                }
            }
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取目标目录 " + dir, e);
        }
    }
}
