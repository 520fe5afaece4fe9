package netmarket.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "The country in one run": every feed of jobs/ for every county-level region of a generated
 * country (2,850 by default, under the 31 provinces), twelve months of 2025 and the years before,
 * and a register of 2×10^7 rows (one export per province), loaded and scored as a user runs the
 * program, whole processes timed from outside: phase A {@code load --period=2025-12} (every file,
 * then the last period scored and exported), phase B {@code score} for each other period, phase C
 * {@code export} (the scorecards of phase B). Prints a table of the phases (wall seconds, peak
 * resident memory), one per feed from meta.load, the store's and outputs' sizes, the fact tables'
 * rows and the snapshots, and checks every file and snapshot against what was generated.
 *
 * <p>Arguments: counties (2850), register rows (20000000), periods (12), work folder
 * (target/country), and {@code --generate-only} to stop after the inputs. Inputs are kept and reused
 * by the next run with the same arguments (the store and outputs are made afresh). Run from the project root after {@code mvn -DskipTests package
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}:
 * {@code java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" netmarket.bench.CountryRun 2850 20000000 12}.
 */
public final class CountryRun {

    static final long SEED = 20_251_231L;

    /** One timed process: what it ran, its wall seconds and peak resident memory; {@code failure} null when it ended as expected. */
    record Phase(String name, String command, double seconds, long peakResidentMiB, String failure) {}

    private final Path work;
    private final CountryInputs.Generated generated;
    private final Path store;
    private final Path outputs;
    final List<Phase> phases = new ArrayList<>();

    CountryRun(Path work, CountryInputs.Generated generated) {
        this.work = work;
        this.generated = generated;
        this.store = work.resolve("store/netmarket.duckdb");
        this.outputs = work.resolve("outputs");
    }

    public static void main(String[] args) throws Exception {
        int counties = args.length > 0 ? Integer.parseInt(args[0]) : 2850;
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 20_000_000L;
        int periods = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        Path work = Path.of(args.length > 3 ? args[3] : "target/country").toAbsolutePath();
        String loadBefore = loadAverage();
        Files.createDirectories(work);
        CountryInputs.Generated g = CountryInputs.generate(Path.of("").toAbsolutePath(), work, counties, rows, periods, SEED);
        CountryRun run = new CountryRun(work, g);
        run.printGeneration(System.out);
        if (args.length > 4 && args[4].equals("--generate-only")) {
            return;
        }
        run.runPhases(periods);
        if (!Files.exists(run.store)) {
            run.phases.forEach(System.out::println);
            System.out.println("no store was made: see the logs in " + work.resolve("logs"));
            System.exit(1);
        }
        StoreReport report = StoreReport.read(run.store);
        run.print(System.out, report, periods);
        System.out.println("load average before / after: " + loadBefore + " / " + loadAverage()
                + " (an idle 2-core machine shows under 0.2 before; anything else was sharing it)");
        List<String> problems = new ArrayList<>();
        run.phases.stream().filter(p -> p.failure() != null).forEach(p -> problems.add(p.command() + ": " + p.failure()));
        problems.addAll(report.problems(g.manifest(), g.plan().counties(), periods));
        if (!problems.isEmpty()) {
            System.out.println("\n**Differences from what was generated** (" + problems.size() + "):");
            problems.stream().limit(60).forEach(p -> System.out.println("- " + p));
            System.exit(1);
        }
        System.out.println("\nEvery generated file loaded with the counts generated; every county has its snapshot for every period.");
    }

    Path store() {
        return store;
    }

    Path outputs() {
        return outputs;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** A fresh store and outputs, then the phases one process each. */
    void runPhases(int periods) throws Exception {
        Benchmark.deleteTree(store.getParent());
        Benchmark.deleteTree(outputs);
        Files.createDirectories(store.getParent());
        Files.createDirectories(work.resolve("logs"));
        String last = String.format("2025-%02d", periods);
        phases.add(phase("A load", "load", "--period=" + last, 3));
        for (int m = 1; m < periods; m++) {
            phases.add(phase("B score", "score", String.format("--period=2025-%02d", m)));
        }
        phases.add(phase("C export", "export", null));
    }

    private Phase phase(String name, String command, String period, int... okExits) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("-Xmx256m"));
        Path jar = Path.of("target/netmarket.jar");
        if (Files.exists(jar)) {
            cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        } else {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "netmarket.Application"));
        }
        cmd.add(command);
        if (period != null) {
            cmd.add(period);
        }
        cmd.addAll(List.of("--netmarket.store=" + store, "--netmarket.inputs=" + generated.inputs(), "--netmarket.outputs=" + outputs,
                "--netmarket.jobs=" + generated.jobs(), "--netmarket.backup=false", "--netmarket.pii-key-file=" + work.resolve("pii.key")));
        String label = command + (period == null ? "" : " " + period);
        Path log = work.resolve("logs/" + label.replace(' ', '_').replace("--period=", "") + ".log");
        System.out.println("running " + label + " (log " + log + ")");
        long t0 = System.nanoTime();
        try {
            ChildRun.Result r = ChildRun.java(log, cmd, okExits);
            return new Phase(name, label, r.seconds(), r.peakResidentMiB(), null);
        } catch (IllegalStateException e) { // the process failed: timed anyway, the next phases still run
            String first = e.getMessage().lines().findFirst().orElse("");
            String exit = "exit code " + first.replaceAll(".* exited (-?\\d+):?$", "$1");
            System.out.println("FAILED: " + label + ": " + exit + ", see " + log);
            return new Phase(name, label, (System.nanoTime() - t0) / 1e9, -1, exit);
        }
    }

    void printGeneration(PrintStream out) {
        Manifest m = generated.manifest();
        out.printf(Locale.ROOT, "%n%s %d counties (%d cities) in %d provinces, %d files, %.1f MiB under %s: %.1f s%n",
                generated.reused() ? "Reused inputs of an earlier run:" : "Generated", generated.plan().counties().size(),
                generated.plan().cities().size(), generated.plan().countiesByProvince().size(), m.entries().size(), m.bytes() / 1048576.0,
                generated.inputs(), generated.seconds());
    }

    void print(PrintStream out, StoreReport report, int periods) throws IOException {
        out.println();
        out.println("| phase | command | wall s | peak resident MiB |");
        out.println("| --- | --- | ---: | ---: |");
        double b = 0;
        long bPeak = 0;
        int bRuns = 0;
        for (Phase p : phases) {
            out.printf(Locale.ROOT, "| %s | `%s`%s | %.2f | %s |%n", p.name(), p.command(), p.failure() == null ? "" : " **failed: " + p.failure() + "**",
                    p.seconds(), p.peakResidentMiB() < 0 ? "" : Long.toString(p.peakResidentMiB()));
            if (p.name().startsWith("B")) {
                b += p.seconds();
                bPeak = Math.max(bPeak, p.peakResidentMiB());
                bRuns++;
            }
        }
        if (bRuns > 0) {
            out.printf(Locale.ROOT, "| B total | %d × `score` | %.2f | %d |%n", bRuns, b, bPeak);
        }
        out.printf(Locale.ROOT, "| all | | %.2f | %d |%n", phases.stream().mapToDouble(Phase::seconds).sum(),
                phases.stream().mapToLong(Phase::peakResidentMiB).max().orElse(-1));

        Map<String, long[]> generatedBySource = generated.manifest().bySource();
        out.println();
        out.println("| feed (definition) | files | failed | rows read | loaded | rejected | skipped | values | load s | rows/s | MiB generated |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (StoreReport.Feed f : report.feeds) {
            long[] gen = generatedBySource.getOrDefault(f.source(), new long[5]);
            out.printf(Locale.ROOT, "| %s | %,d | %d | %,d | %,d | %,d | %,d | %,d | %.2f | %,.0f | %.1f |%n", f.source(), f.files(), f.failed(),
                    f.rowsRead(), f.rowsLoaded(), f.rowsRejected(), f.rowsSkipped(), f.values(), f.seconds(),
                    f.seconds() > 0 ? f.rowsRead() / f.seconds() : 0, gen[4] / 1048576.0);
        }
        out.printf(Locale.ROOT, "| **all** | %,d | %d | %,d | %,d | %,d | %,d | %,d | %.2f | | %.1f |%n",
                report.feeds.stream().mapToLong(StoreReport.Feed::files).sum(), report.feeds.stream().mapToLong(StoreReport.Feed::failed).sum(),
                report.feeds.stream().mapToLong(StoreReport.Feed::rowsRead).sum(), report.feeds.stream().mapToLong(StoreReport.Feed::rowsLoaded).sum(),
                report.feeds.stream().mapToLong(StoreReport.Feed::rowsRejected).sum(),
                report.feeds.stream().mapToLong(StoreReport.Feed::rowsSkipped).sum(), report.feeds.stream().mapToLong(StoreReport.Feed::values).sum(),
                report.feeds.stream().mapToDouble(StoreReport.Feed::seconds).sum(), generated.manifest().bytes() / 1048576.0);

        out.println();
        out.println("| what | value |");
        out.println("| --- | ---: |");
        out.printf(Locale.ROOT, "| store file (%s) | %.1f MiB |%n", store.getFileName(), Files.size(store) / 1048576.0);
        out.printf(Locale.ROOT, "| outputs folder | %.1f MiB in %,d files |%n", size(outputs)[0] / 1048576.0, size(outputs)[1]);
        out.printf(Locale.ROOT, "| generated inputs | %.1f MiB in %,d files |%n", generated.manifest().bytes() / 1048576.0,
                generated.manifest().entries().size());
        for (Map.Entry<String, Long> t : report.tables.entrySet()) {
            out.printf(Locale.ROOT, "| rows of %s | %,d |%n", t.getKey(), t.getValue());
        }
        long expected = (long) generated.plan().counties().size() * periods;
        out.printf(Locale.ROOT, "| snapshots of generated counties (latest versions) | %,d of %,d expected (counties × periods × their rubric) |%n",
                report.snapshotsOf(generated.plan().counties()), expected);
        report.scoreSpread().forEach(s -> out.println("| " + s + " |"));
    }

    /** Bytes and files under a folder. */
    static long[] size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return new long[2];
        }
        long[] out = new long[2];
        try (var walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                try {
                    out[0] += Files.size(p);
                    out[1]++;
                } catch (IOException e) {
                    // gone meanwhile
                }
            });
        }
        return out;
    }
}
