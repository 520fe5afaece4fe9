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
 * with peak heap; and scoring 3,000 regions against both rubrics. Not part of the test suite
 * (BenchmarkSmokeTest runs it at a tiny size). Run it as the README says.
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
        b.print();
    }

    List<Figure> figures() {
        return figures;
    }

    void register(int rows) throws Exception {
        Path utf8 = RegisterGenerator.csv(work.resolve(rows + "/名录_2025-06-30_utf8.csv"), rows, StandardCharsets.UTF_8);
        Path gbk = RegisterGenerator.csv(work.resolve(rows + "/名录_2025-06-30_gbk.csv"), rows, Charset.forName("GB18030"));
        Path xlsx = RegisterGenerator.xlsx(work.resolve(rows + "/名录_2025-06-30.xlsx"), rows);

        double duck = duckdbReadCsv(utf8, rows);
        figures.add(new Figure("DuckDB read_csv（UTF-8 CSV）", rows, duck, null, 0, -1));
        Measured csv = load(utf8, rows);
        figures.add(new Figure("本项目加载 UTF-8 CSV", rows, csv.seconds, "DuckDB read_csv", csv.seconds / duck, csv.peakHeap));
        Measured g = load(gbk, rows);
        figures.add(new Figure("本项目加载 GBK CSV", rows, g.seconds, "本项目 UTF-8 CSV", g.seconds / csv.seconds, g.peakHeap));
        Measured x = load(xlsx, rows);
        figures.add(new Figure("本项目加载 XLSX", rows, x.seconds, "本项目 UTF-8 CSV", x.seconds / csv.seconds, x.peakHeap));
    }

    private record Measured(double seconds, long peakHeap) {}

    private Measured load(Path file, int rows) throws Exception {
        Path dir = Files.createTempDirectory(work, "store");
        try (StoreFixture store = new StoreFixture(dir)) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            LoadOutcome outcome = store.load(file, file.getFileName().toString(), store.definition("samr_operator_register"));
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!"loaded".equals(outcome.status()) || outcome.rowsLoaded() != rows) {
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

    /** 3,000 county-level regions with a year of every quantitative input, scored against both rubrics. */
    void scoring(int regions) throws Exception {
        Path dir = Files.createTempDirectory(work, "score");
        try (StoreFixture store = new StoreFixture(dir)) {
            netmarket.score.SampleStores.referenceOnly(store);
            try (Statement st = store.conn.createStatement()) {
                st.execute("INSERT INTO ref.region SELECT 'Z' || lpad(i::VARCHAR, 8, '0'), '测试县' || i, 'county', "
                        + "CASE WHEN i % 2 = 0 THEN '350400' ELSE '370500' END, 'east', '' FROM range(" + regions + ") t(i)");
                st.execute("""
                        INSERT INTO fact.metric_value (load_id, metric_id, value_kind, region_code, period_kind, period_year, period_month,
                                                       value, unit, source_value, file_name, row_number)
                        SELECT 1, m.metric_id, m.kind, r.code, 'year', y, 12, (100 + (hash(r.code || m.metric_id || y) % 1000))::DECIMAL(38, 6),
                               '元', 'x', 'bench', 1
                        FROM ref.region r, range(2022, 2025) t(y),
                             (VALUES ('online_retail_sales', 'level'), ('online_retail_sales', 'official_growth_pct'),
                                     ('retail_sales_total', 'level'), ('retail_sales_total', 'official_growth_pct'),
                                     ('express_volume', 'official_growth_pct'), ('online_employment', 'level'), ('employment_total', 'level'),
                                     ('ecommerce_tax', 'level'), ('tax_revenue_total', 'level'), ('market_entities', 'level'),
                                     ('platform_users', 'level'), ('supervision_staff', 'level'), ('complaints_received', 'level'),
                                     ('complaints_checked_on_time', 'level')) m(metric_id, kind)
                        WHERE r.code LIKE 'Z%' OR r.level IN ('national', 'province')
                        """);
            }
            List<String> codes = store.rows("SELECT code FROM ref.region WHERE code LIKE 'Z0%'").stream().map(r -> (String) r.get("code")).toList();
            store.conn.setAutoCommit(false);
            long t0 = System.nanoTime();
            int n = SnapshotWriter.score(store.conn, "national", codes, YearMonth.of(2024, 12), null).size();
            n += SnapshotWriter.score(store.conn, "shandong", codes, YearMonth.of(2024, 12), null).size();
            store.conn.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            figures.add(new Figure("评分 " + codes.size() + " 个地区 × 2 套指标体系（" + n + " 个快照）", codes.size(), seconds, "目标 10 秒", seconds / 10, -1));
        } finally {
            deleteTree(dir);
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
