package netmarket.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import netmarket.config.DefinitionException;
import netmarket.config.StrictYaml;
import netmarket.normalize.MetricCatalog;
import netmarket.normalize.RegionDirectory;
import netmarket.store.Sql;

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
        Sql sql = Sql.on(conn);
        sql.update("DELETE FROM ref.plan_target");
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Path f : files(dir)) {
            File file = StrictYaml.read(f, File.class);
            for (Target t : file.targets()) {
                int number = numbers.merge(file.region(), 1, Integer::sum); // numbered per region, across its files
                rows.add(new Object[] {file.region(), number, t.name(), t.measure(), t.numerator(), t.denominator(), t.comparator(),
                        t.target(), t.deadline(), t.clause(), file.source()});
            }
        }
        sql.batch("INSERT INTO ref.plan_target VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取目标目录 " + dir, e);
        }
    }
}
