package netmarket.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import netmarket.load.LoadOutcome;
import netmarket.load.StoreFixture;
import netmarket.score.SnapshotWriter;

/**
 * The benchmark suite: one command measures every figure of BENCHMARKS.md and prints one table
 * (figure, median, min, max, peak heap, peak resident memory, target, met). Registers of the
 * sizes asked for are generated ({@link RegisterGenerator}) and loaded in-process (the load alone,
 * against DuckDB's own read_csv of the same file in the same JVM, run in turn) and as whole
 * processes (the user's load command against a JVM that only runs read_csv); then the empty
 * monthly run, scoring N counties, and the sample monthly run. Not part of the test suite
 * (BenchmarkSmokeTest runs it at a tiny size). Run it as BENCHMARKS.md says.
 */
public final class Benchmark {

    /** One measured figure: every run's seconds, the peaks, and the target it answers to (null: none). */
    record Figure(String what, long rows, List<Double> seconds, long heapMiB, long residentMiB, String target, Boolean met) {
        double median() {
            List<Double> s = new ArrayList<>(seconds);
            s.sort(null);
            return s.get(s.size() / 2);
        }

        double min() {
            return seconds.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        }

        double max() {
            return seconds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    private final Path work;
    private final int runs;
    private final boolean wholeProcesses;
    private final List<Figure> figures = new ArrayList<>();

    Benchmark(Path work, int runs, boolean wholeProcesses) {
        this.work = work;
        this.runs = runs;
        this.wholeProcesses = wholeProcesses;
    }

    /** Arguments: register sizes (default 100000,1000000,5000000), counties to score (3000), runs per figure (3). */
    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String s : (args.length > 0 ? args[0] : "100000,1000000,5000000").split(",")) {
            sizes.add(Integer.parseInt(s.strip()));
        }
        int counties = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Benchmark b = new Benchmark(Files.createDirectories(Path.of("target/bench")), runs, true);
        String loadBefore = loadAverage();
        for (int rows : sizes) {
            b.register(rows);
        }
        b.emptyRun();
        b.scoring(counties);
        b.monthlyRun();
        b.print();
        System.out.println("load average before / after: " + loadBefore + " / " + loadAverage()
                + " (an idle 2-core machine shows under 0.2 before; anything else was sharing it)");
    }

    List<Figure> figures() {
        return figures;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    void register(int rows) throws Exception {
        Path dir = Files.createDirectories(work.resolve(Integer.toString(rows)));
        Path utf8 = RegisterGenerator.csv(dir.resolve("名录_2025-06-30_utf8.csv"), rows, StandardCharsets.UTF_8);
        Path gbk = RegisterGenerator.csv(dir.resolve("名录_2025-06-30_gbk.csv"), rows, Charset.forName("GB18030"));
        Path xlsx = RegisterGenerator.xlsx(dir.resolve("名录_2025-06-30.xlsx"), rows);

        List<double[]> duck = new ArrayList<>();
        List<double[]> unordered = new ArrayList<>();
        List<double[]> csv = new ArrayList<>();
        for (int i = 0; i < runs; i++) { // in turn, so a drift of the machine's speed touches all alike
            duck.add(readCsvInProcess(utf8, rows, true));
            unordered.add(readCsvInProcess(utf8, rows, false));
            csv.add(loadInProcess(utf8, rows));
        }
        Figure d = figure("DuckDB read_csv，UTF-8 CSV（进程内 / in-process）", rows, duck, null, null);
        Figure u = figure("DuckDB read_csv，preserve_insertion_order = false（进程内，参照）", rows, unordered, null, null);
        Figure c = figure("本项目加载 UTF-8 CSV（进程内）", rows, csv, "≤ 2.0× read_csv", null);
        figures.add(d);
        figures.add(u);
        figures.add(withRatio(c, d, 2.0));
        figures.add(withRatio(figure("本项目加载 UTF-8 CSV（进程内），对照参照写法", rows, csv, "参照", null), u, Double.NaN));
        List<double[]> g = new ArrayList<>();
        List<double[]> x = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            g.add(loadInProcess(gbk, rows));
            x.add(loadInProcess(xlsx, rows));
        }
        figures.add(withRatio(figure("本项目加载 GBK CSV（进程内）", rows, g, "≤ 1.2× UTF-8", null), c, 1.2));
        figures.add(figure("本项目加载 XLSX（进程内）", rows, x, null, null));
        if (wholeProcesses) {
            wholeProcess(rows, utf8, xlsx);
        }
    }

    /** The same file through the user's command (a JVM, Spring, the store, the job) and through a JVM that only runs read_csv. */
    private void wholeProcess(int rows, Path utf8, Path xlsx) throws Exception {
        Path template = emptyStore();
        List<double[]> duck = new ArrayList<>();
        List<double[]> csv = new ArrayList<>();
        List<double[]> book = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path db = Files.createTempDirectory(work, "duck").resolve("d.duckdb");
            ChildRun.Result r = ChildRun.java(db.resolveSibling("log"), List.of("-cp", System.getProperty("java.class.path"),
                    ReadCsv.class.getName(), utf8.toAbsolutePath().toString(), db.toString()));
            duck.add(new double[] {r.seconds(), -1, r.peakResidentMiB()});
            deleteTree(db.getParent());
            csv.add(loadCommand(template, utf8, "csv"));
            book.add(loadCommand(template, xlsx, "xlsx"));
        }
        Figure d = figure("DuckDB read_csv，UTF-8 CSV（整个进程 / whole process）", rows, duck, null, null);
        figures.add(d);
        figures.add(withRatio(figure("本项目 load 命令，UTF-8 CSV（整个进程，-Xmx256m）", rows, csv, "≤ 2.5× read_csv", null), d, 2.5));
        Figure x = figure("本项目 load 命令，XLSX（整个进程，-Xmx256m）", rows, book, null, null);
        if (rows == 1_000_000) {
            x = new Figure(x.what(), rows, x.seconds(), x.heapMiB(), x.residentMiB(), "≤ 10 s", x.median() <= 10);
        } else if (rows == 5_000_000) {
            x = new Figure(x.what(), rows, x.seconds(), x.heapMiB(), x.residentMiB(), "≤ 1 GB resident", x.residentMiB() <= 1024);
        }
        figures.add(x);
    }

    /** A store with the schema and nothing loaded, made once by the load command on an empty inputs folder. */
    private Path emptyStore() throws Exception {
        Path dir = work.resolve("empty-store");
        Path store = dir.resolve("s.duckdb");
        if (!Files.exists(store)) {
            Files.createDirectories(dir.resolve("inputs"));
            ChildRun.java(dir.resolve("log"), command("load", dir, store, dir.resolve("inputs")), 3);
        }
        return store;
    }

    private List<String> command(String what, Path dir, Path store, Path inputs) {
        List<String> cmd = new ArrayList<>(List.of("-Xmx256m"));
        Path jar = Path.of("target/netmarket.jar");
        if (Files.exists(jar)) {
            cmd.addAll(List.of("-jar", jar.toString()));
        } else {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "netmarket.Application"));
        }
        cmd.addAll(List.of(what, "--period=2025-06", "--netmarket.store=" + store, "--netmarket.inputs=" + inputs,
                "--netmarket.outputs=" + dir.resolve("outputs"), "--netmarket.backup=false", "--netmarket.pii-key-file=" + work.resolve("pii.key")));
        return cmd;
    }

    /** One whole load command on a copy of the empty store (the copy not timed), the register its only input. */
    private double[] loadCommand(Path template, Path register, String ext) throws Exception {
        Path dir = Files.createTempDirectory(work, "run");
        try {
            Path store = dir.resolve("s.duckdb");
            Files.copy(template, store);
            Path in = Files.createDirectories(dir.resolve("inputs/市场监管局"));
            Files.createLink(in.resolve("网络交易经营者名录_三明市_2025-06-30." + ext), register.toAbsolutePath());
            ChildRun.Result r = ChildRun.java(dir.resolve("log"), command("load", dir, store, dir.resolve("inputs")), 3);
            return new double[] {r.seconds(), -1, r.peakResidentMiB()};
        } finally {
            deleteTree(dir);
        }
    }

    /** The monthly run with nothing new to load, on the sample store: what every scheduled month costs at least. */
    void emptyRun() throws Exception {
        Path dir = Files.createTempDirectory(work, "empty");
        try {
            Path store = dir.resolve("s.duckdb");
            ChildRun.java(dir.resolve("first.log"), command("run", dir, store, Path.of("inputs")), 3);
            List<double[]> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                ChildRun.Result r = ChildRun.java(dir.resolve("log"), command("run", dir, store, Path.of("inputs")), 3);
                times.add(new double[] {r.seconds(), -1, r.peakResidentMiB()});
            }
            Figure f = figure("月度运行，无新文件（run，整个进程）", 0, times, "< 3 s", null);
            figures.add(new Figure(f.what(), 0, f.seconds(), -1, f.residentMiB(), f.target(), f.median() < 3));
        } finally {
            deleteTree(dir);
        }
    }

    /** The sample monthly run end to end, JVM start included, on a fresh store each time. */
    void monthlyRun() throws Exception {
        List<double[]> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path dir = Files.createTempDirectory(work, "run");
            try {
                ChildRun.Result r = ChildRun.java(dir.resolve("log"), command("run", dir, dir.resolve("s.duckdb"), Path.of("inputs")), 3);
                times.add(new double[] {r.seconds(), -1, r.peakResidentMiB()});
            } finally {
                deleteTree(dir);
            }
        }
        Figure f = figure("样例月度运行（run，整个进程，新库）", 8735, times, "≤ 15 s", null);
        figures.add(new Figure(f.what(), f.rows(), f.seconds(), -1, f.residentMiB(), f.target(), f.median() <= 15));
    }

    /** A figure from runs of {seconds, peak heap MiB, peak resident MiB}: the peaks are the highest seen. */
    private static Figure figure(String what, long rows, List<double[]> runs, String target, Boolean met) {
        List<Double> seconds = runs.stream().map(r -> r[0]).toList();
        long heap = (long) runs.stream().mapToDouble(r -> r[1]).max().orElse(-1);
        long resident = (long) runs.stream().mapToDouble(r -> r[2]).max().orElse(-1);
        return new Figure(what, rows, seconds, heap, resident, target, met);
    }

    /** The figure with its ratio to {@code against}; met when within {@code bound} (NaN: no target, shown only). */
    private static Figure withRatio(Figure f, Figure against, double bound) {
        double ratio = f.median() / against.median();
        return new Figure(f.what(), f.rows(), f.seconds(), f.heapMiB(), f.residentMiB(),
                f.target() + String.format(Locale.ROOT, "：%.2f×", ratio), Double.isNaN(bound) ? null : ratio <= bound);
    }

    private double[] loadInProcess(Path file, int rows) throws Exception {
        Path dir = Files.createTempDirectory(work, "store");
        try (StoreFixture store = new StoreFixture(dir)) {
            System.gc();
            Memory.resetPeaks();
            long t0 = System.nanoTime();
            LoadOutcome outcome = store.load(file, file.getFileName().toString(), store.definition("samr_operator_register"));
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!"loaded".equals(outcome.status()) || outcome.rowsLoaded() != rows - RegisterGenerator.invalidRows(rows)
                    || outcome.rowsRejected() != RegisterGenerator.invalidRows(rows)) {
                throw new IllegalStateException(file + ": " + outcome);
            }
            return new double[] {seconds, Memory.peakHeapMiB(), Memory.peakResidentMiB()};
        } finally {
            deleteTree(dir);
        }
    }

    private double[] readCsvInProcess(Path csv, int rows, boolean inOrder) throws Exception {
        Path db = Files.createTempDirectory(work, "duck").resolve("d.duckdb");
        try {
            System.gc();
            Memory.resetPeaks();
            long t0 = System.nanoTime();
            long read = ReadCsv.read(csv.toAbsolutePath().toString(), db.toString(), inOrder);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (read != rows) {
                throw new IllegalStateException("read_csv read " + read);
            }
            return new double[] {seconds, Memory.peakHeapMiB(), Memory.peakResidentMiB()};
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
            figures.add(new Figure("加载汇总数据（" + regions + " 个县 × 36 个月与 3 年）", feedRows, List.of(loadSeconds), -1, -1, null, null));
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
            figures.add(new Figure("评分 " + codes.size() + " 个地区 × 2 套指标体系（" + n + " 个快照）", codes.size(), List.of(seconds), -1, -1,
                    "≤ 10 s", seconds <= 10));
        } finally {
            deleteTree(dir);
        }
    }

    void print() {
        System.out.println();
        System.out.println("| figure | rows | median s | min s | max s | peak heap MiB | peak resident MiB | target | met |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        for (Figure f : figures) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %s | %s | %s | %s |%n", f.what(), f.rows(), f.median(), f.min(), f.max(),
                    f.heapMiB() < 0 ? "" : f.heapMiB(), f.residentMiB() < 0 ? "" : f.residentMiB(), f.target() == null ? "" : f.target(),
                    f.met() == null ? "" : f.met() ? "met" : "**not met**");
        }
        System.out.println("runs per figure: " + runs + "; max heap: " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB; cores: "
                + Runtime.getRuntime().availableProcessors());
    }

    static void deleteTree(Path dir) throws java.io.IOException {
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
