package netmarket.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import netmarket.load.LoadOutcome;
import netmarket.load.StoreFixture;
import netmarket.score.SnapshotWriter;

/**
 * The benchmark harness: generates registers of the sizes asked for, and measures in one run, on
 * the same files, the project's full load (parse, normalize, validate, hash PII, provenance,
 * rejects, commit) of UTF-8 CSV, GBK CSV and XLSX against DuckDB's own read_csv of the same CSV,
 * with peak heap (each the median of several runs up to 10^6 rows), and the slope of each over the
 * sizes; then generates an aggregated feed for N counties over 36 months and 3 years, loads it and
 * scores every county against both rubrics. Not part of the test suite (BenchmarkSmokeTest runs
 * it at a tiny size). Run it as BENCHMARKS.md says.
 */
public final class Benchmark {

    /** One measured figure. */
    record Figure(String what, long rows, double seconds, String against, double ratio, long peakHeapMiB) {}

    private final Path work;
    private final List<Figure> figures = new ArrayList<>();

    Benchmark(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String s : (args.length > 0 ? args[0] : "100000,1000000").split(",")) {
            sizes.add(Integer.parseInt(s.strip()));
        }
        int regions = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        Benchmark b = new Benchmark(Files.createDirectories(Path.of("target/bench")));
        for (int rows : sizes) {
            b.register(rows);
        }
        b.scoring(regions);
        b.monthlyRun();
        b.print();
    }

    /**
     * The sample monthly run end to end, JVM start included: {@code run --period=2025-06} on the
     * shipped inputs in a child JVM with this classpath, on a fresh store each time; median of three.
     */
    void monthlyRun() throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path dir = Files.createTempDirectory(work, "run");
            try {
                List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), "netmarket.Application", "run", "--period=2025-06",
                        "--netmarket.store=" + dir.resolve("s.duckdb"), "--netmarket.outputs=" + dir.resolve("outputs"));
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
                int exit = p.waitFor();
                times.add((System.nanoTime() - t0) / 1e9);
                if (exit != 0) {
                    throw new IllegalStateException("run exited " + exit + ": " + Files.readString(dir.resolve("run.log")));
                }
            } finally {
                deleteTree(dir);
            }
        }
        times.sort(null);
        figures.add(new Figure("样例月度运行（run，含 JVM 启动）", 8735, times.get(1), "目标 15 秒", times.get(1) / 15, -1));
    }

    /** Runs per figure: the median of three up to 10^6 rows; one above (a 5·10^6 run takes minutes). */
    private static int repeats(int rows) {
        return rows <= 1_000_000 ? 3 : 1;
    }

    List<Figure> figures() {
        return figures;
    }

    void register(int rows) throws Exception {
        Path utf8 = RegisterGenerator.csv(work.resolve(rows + "/名录_2025-06-30_utf8.csv"), rows, StandardCharsets.UTF_8);
        Path gbk = RegisterGenerator.csv(work.resolve(rows + "/名录_2025-06-30_gbk.csv"), rows, Charset.forName("GB18030"));
        Path xlsx = RegisterGenerator.xlsx(work.resolve(rows + "/名录_2025-06-30.xlsx"), rows);

        double duck = median(rows, () -> duckdbReadCsv(utf8, rows));
        figures.add(new Figure("DuckDB read_csv（UTF-8 CSV）", rows, duck, null, 0, -1));
        Measured csv = load(utf8, rows);
        figures.add(new Figure("本项目加载 UTF-8 CSV", rows, csv.seconds, "DuckDB read_csv", csv.seconds / duck, csv.peakHeap));
        Measured g = load(gbk, rows);
        figures.add(new Figure("本项目加载 GBK CSV", rows, g.seconds, "本项目 UTF-8 CSV", g.seconds / csv.seconds, g.peakHeap));
        Measured x = load(xlsx, rows);
        figures.add(new Figure("本项目加载 XLSX", rows, x.seconds, "本项目 UTF-8 CSV", x.seconds / csv.seconds, x.peakHeap));
    }

    private record Measured(double seconds, long peakHeap) {}

    private interface Run {
        double seconds() throws Exception;
    }

    private static double median(int rows, Run run) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < repeats(rows); i++) {
            times.add(run.seconds());
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    /** The median time of the project's load, with the highest peak heap seen. */
    private Measured load(Path file, int rows) throws Exception {
        List<Measured> runs = new ArrayList<>();
        for (int i = 0; i < repeats(rows); i++) {
            runs.add(loadOnce(file, rows));
        }
        long peak = runs.stream().mapToLong(Measured::peakHeap).max().orElse(-1);
        runs.sort(java.util.Comparator.comparingDouble(Measured::seconds));
        return new Measured(runs.get(runs.size() / 2).seconds(), peak);
    }

    private Measured loadOnce(Path file, int rows) throws Exception {
        Path dir = Files.createTempDirectory(work, "store");
        try (StoreFixture store = new StoreFixture(dir)) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            LoadOutcome outcome = store.load(file, file.getFileName().toString(), store.definition("samr_operator_register"));
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!"loaded".equals(outcome.status()) || outcome.rowsLoaded() != rows - RegisterGenerator.invalidRows(rows)
                    || outcome.rowsRejected() != RegisterGenerator.invalidRows(rows)) {
                throw new IllegalStateException(file + ": " + outcome);
            }
            return new Measured(seconds, peakHeapMiB());
        } finally {
            deleteTree(dir);
        }
    }

    private double duckdbReadCsv(Path csv, int rows) throws Exception {
        Path db = Files.createTempDirectory(work, "duck").resolve("d.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
            long t0 = System.nanoTime();
            st.execute("CREATE TABLE register AS SELECT * FROM read_csv('" + csv.toAbsolutePath() + "', header = true, columns = {"
                    + "'seq': 'BIGINT', 'id': 'VARCHAR', 'name': 'VARCHAR', 'platform': 'VARCHAR', 'region': 'VARCHAR', "
                    + "'established': 'VARCHAR', 'deregistered': 'VARCHAR', 'status': 'VARCHAR', 'phone': 'VARCHAR'})");
            double seconds = (System.nanoTime() - t0) / 1e9;
            try (var rs = st.executeQuery("SELECT count(*) FROM register")) {
                rs.next();
                if (rs.getLong(1) != rows) {
                    throw new IllegalStateException("read_csv read " + rs.getLong(1));
                }
            }
            return seconds;
        } finally {
            deleteTree(db.getParent());
        }
    }

    /**
     * N county-level regions: an aggregated feed (the postal bureau's express volumes, every month
     * of three years and the three years) generated as a CSV and loaded like any input, the other
     * quantitative inputs of three years inserted; then every county scored against both rubrics.
     */
    void scoring(int regions) throws Exception {
        Path dir = Files.createTempDirectory(work, "score");
        Path regionFile = dir.resolve("regions.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("jobs/reference/regions.csv")));
        for (int i = 1; i <= regions; i++) {
            lines.add(String.format(Locale.ROOT, "99%04d,测试县%d,county,%s,east,", i, i, i % 2 == 0 ? "350400" : "370500"));
        }
        Files.write(regionFile, lines);
        Path feed = dir.resolve("快递业务量_测试.csv");
        long feedRows = 0;
        try (var w = Files.newBufferedWriter(feed)) {
            w.write("地区,时期,快递业务量（万件）,同比增长（%）\n");
            for (int i = 1; i <= regions; i++) {
                for (int y = 2022; y <= 2024; y++) {
                    for (int m = 1; m <= 12; m++) {
                        w.write("测试县" + i + "," + y + "年" + m + "月," + (100 + (i * 7 + m) % 900) + "." + (m % 10) + "," + (i + m) % 20 + ".5\n");
                        feedRows++;
                    }
                    w.write("测试县" + i + "," + y + "年," + (1200 + i % 900) + ".0," + (i + y) % 20 + ".5\n");
                    feedRows++;
                }
            }
        }
        try (StoreFixture store = new StoreFixture(dir, regionFile)) {
            netmarket.score.SampleStores.referenceOnly(store);
            long t0 = System.nanoTime();
            LoadOutcome outcome = store.load(feed, "邮政管理局/" + feed.getFileName(), store.definition("postal_express"));
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            if (!"loaded".equals(outcome.status()) || outcome.rowsLoaded() != feedRows) {
                throw new IllegalStateException(feed + ": " + outcome);
            }
            figures.add(new Figure("加载汇总数据（" + regions + " 个县 × 36 个月与 3 年）", feedRows, loadSeconds, null, 0, -1));
            try (Statement st = store.conn.createStatement()) {
                st.execute("""
                        INSERT INTO fact.metric_value (load_id, metric_id, value_kind, region_code, period_kind, period_year, period_month,
                                                       value, unit, source_value, file_name, row_number)
                        SELECT 1, m.metric_id, m.kind, r.code, 'year', y, 12, (100 + (hash(r.code || m.metric_id || y) % 1000))::DECIMAL(38, 6),
                               '元', 'x', 'bench', 1
                        FROM ref.region r, range(2022, 2025) t(y),
                             (VALUES ('online_retail_sales', 'level'), ('online_retail_sales', 'official_growth_pct'),
                                     ('retail_sales_total', 'level'), ('retail_sales_total', 'official_growth_pct'),
                                     ('online_employment', 'level'), ('employment_total', 'level'),
                                     ('ecommerce_tax', 'level'), ('tax_revenue_total', 'level'), ('market_entities', 'level'),
                                     ('platform_users', 'level'), ('supervision_staff', 'level'), ('complaints_received', 'level'),
                                     ('complaints_checked_on_time', 'level')) m(metric_id, kind)
                        WHERE r.code LIKE '99%' OR r.level IN ('national', 'province')
                        """);
            }
            List<String> codes = store.rows("SELECT code FROM ref.region WHERE code LIKE '99%' ORDER BY code").stream().map(r -> (String) r.get("code")).toList();
            store.conn.setAutoCommit(false);
            long t1 = System.nanoTime();
            int n = SnapshotWriter.score(store.conn, "national", codes, YearMonth.of(2024, 12), null).size();
            n += SnapshotWriter.score(store.conn, "shandong", codes, YearMonth.of(2024, 12), null).size();
            store.conn.commit();
            double seconds = (System.nanoTime() - t1) / 1e9;
            figures.add(new Figure("评分 " + codes.size() + " 个地区 × 2 套指标体系（" + n + " 个快照）", codes.size(), seconds, "目标 10 秒", seconds / 10, -1));
        } finally {
            deleteTree(dir);
        }
    }

    /** Least-squares time = a + b·rows for each register figure measured at three or more sizes: b per row, and R². */
    void slopes() {
        java.util.Map<String, List<Figure>> series = new java.util.LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.what().startsWith("DuckDB") || f.what().startsWith("本项目")) {
                series.computeIfAbsent(f.what(), k -> new ArrayList<>()).add(f);
            }
        }
        System.out.println();
        System.out.printf("%-36s %14s %10s %s%n", "斜率（最小二乘拟合 秒 = a + b·行数）", "b（微秒/行）", "R²", "各规模每行微秒");
        for (var e : series.entrySet()) {
            List<Figure> fs = e.getValue();
            if (fs.size() < 2) {
                continue;
            }
            double n = fs.size();
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (Figure f : fs) {
                sx += f.rows();
                sy += f.seconds();
                sxx += (double) f.rows() * f.rows();
                sxy += f.rows() * f.seconds();
            }
            double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            double a = (sy - b * sx) / n;
            double ssTot = 0, ssRes = 0;
            for (Figure f : fs) {
                ssTot += Math.pow(f.seconds() - sy / n, 2);
                ssRes += Math.pow(f.seconds() - (a + b * f.rows()), 2);
            }
            StringBuilder perRow = new StringBuilder();
            for (Figure f : fs) {
                perRow.append(String.format(Locale.ROOT, "%,d: %.2f  ", f.rows(), f.seconds() / f.rows() * 1e6));
            }
            System.out.printf(Locale.ROOT, "%-36s %14.2f %10.4f %s%n", e.getKey(), b * 1e6, ssTot == 0 ? 1 : 1 - ssRes / ssTot, perRow);
        }
    }

    void print() {
        System.out.println();
        System.out.printf("%-44s %10s %9s %10s %8s %10s%n", "项目", "行数", "秒", "对比", "倍数", "峰值堆MiB");
        for (Figure f : figures) {
            System.out.printf(Locale.ROOT, "%-44s %,10d %9.2f %10s %8s %10s%n", f.what(), f.rows(), f.seconds(), f.against() == null ? "" : f.against(),
                    f.against() == null ? "" : String.format(Locale.ROOT, "%.2fx", f.ratio()), f.peakHeapMiB() < 0 ? "" : String.valueOf(f.peakHeapMiB()));
        }
        System.out.println("max heap: " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB; cores: " + Runtime.getRuntime().availableProcessors());
        slopes();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1 << 20);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
