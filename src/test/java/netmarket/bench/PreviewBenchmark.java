package netmarket.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import netmarket.extract.SheetCursor;
import netmarket.extract.SpreadsheetFile;
import netmarket.extract.Spreadsheets;
import netmarket.load.LoadContext;
import netmarket.load.Preview;
import netmarket.normalize.MetricCatalog;
import netmarket.normalize.PiiProtector;
import netmarket.normalize.RegionDirectory;
import netmarket.normalize.UnitTable;
import netmarket.source.SourceDefinitions;

/**
 * How long {@code preview} takes on a register workbook, in one JVM (start-up excluded, as the
 * issue's target is stated), against the baseline of only reading the same sheet's rows.
 * Usage: PreviewBenchmark [rows] [runs].
 */
public final class PreviewBenchmark {

    private PreviewBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("preview-bench");
        Path file = RegisterGenerator.xlsx(dir.resolve("市场监管局/网络交易经营者名录_三明市_2025-06-30.xlsx"), rows);
        String name = "市场监管局/" + file.getFileName();
        Path jobs = Path.of("jobs");
        Path ref = jobs.resolve("reference");
        LoadContext ctx = new LoadContext(RegionDirectory.load(ref.resolve("regions.csv")), UnitTable.load(ref.resolve("units.csv")),
                MetricCatalog.load(ref.resolve("metrics.yml")), new PiiProtector("benchmark-key-0123456789".getBytes()));
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8");
        List<Double> preview = new ArrayList<>();
        List<Double> read = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long t0 = System.nanoTime();
            SourceDefinitions defs = SourceDefinitions.load(jobs);
            new Preview(ctx, sink).show(file, name, defs.candidates(Path.of(name)));
            long t1 = System.nanoTime();
            try (SpreadsheetFile book = Spreadsheets.open(file, ','); SheetCursor c = book.openSheet(book.sheetNames().get(0))) {
                while (c.next() != null) {
                    // baseline: the rows read, nothing interpreted
                }
            }
            long t2 = System.nanoTime();
            if (i > 0) { // the first run warms the JIT
                preview.add((t1 - t0) / 1e9);
                read.add((t2 - t1) / 1e9);
            }
        }
        preview.sort(null);
        read.sort(null);
        System.out.printf("preview of a %,d-row register XLSX: median %.3f s (min %.3f, max %.3f); reading its rows only: median %.3f s; runs %d%n",
                rows, preview.get(runs / 2), preview.get(0), preview.get(runs - 1), read.get(runs / 2), runs);
    }
}
