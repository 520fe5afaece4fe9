package netmarket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The country harness at a tiny size (20 counties in 20 provinces, Shandong among them, 2 periods, a
 * register of 200,000 rows: 10,000 per province, one of them mistyped): every definition of jobs/
 * gets files, every file loads with exactly the rows generated, and every county has its snapshot
 * for every period on its province's rubric.
 */
class CountryRunSmokeTest {

    private static final int COUNTIES = 20;
    private static final int PERIODS = 2;
    private static final long ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void theWholeCountryLoadsScoresAndExportsAsGenerated() throws Exception {
        CountryInputs.Generated g = CountryInputs.generate(Path.of("").toAbsolutePath(), dir, COUNTIES, ROWS, PERIODS, CountryRun.SEED);
        Set<String> definitions = new TreeSet<>();
        try (var files = Files.list(Path.of("jobs"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
                definitions.add(Files.readAllLines(f).stream().filter(l -> l.startsWith("id:")).findFirst().orElseThrow().substring(3).strip());
            }
        }
        assertThat(g.manifest().bySource().keySet()).as("a file for every definition").containsExactlyInAnyOrderElementsOf(definitions);
        assertThat(g.plan().counties()).hasSize(COUNTIES).anySatisfy(c -> assertThat(c.code()).startsWith("37"));
        assertThat(g.plan().counties()).allSatisfy(c -> assertThat(c.rubric()).isEqualTo(c.code().startsWith("37") ? "shandong" : "national"));

        CountryRun run = new CountryRun(dir, g);
        run.runPhases(PERIODS);
        assertThat(run.phases).extracting(CountryRun.Phase::name).containsExactly("A load", "B score", "C export");
        assertThat(run.phases).allSatisfy(p -> assertThat(p.failure()).as(p.command()).isNull())
                .allSatisfy(p -> assertThat(p.seconds()).isPositive())
                .allSatisfy(p -> assertThat(p.peakResidentMiB()).isPositive());

        StoreReport report = StoreReport.read(run.store());
        assertThat(report.problems(g.manifest(), g.plan().counties(), PERIODS)).as("differences from what was generated").isEmpty();
        assertThat(report.files.values()).hasSize(g.manifest().entries().size())
                .allSatisfy(l -> assertThat(l.status()).as(l.file()).isEqualTo("loaded"))
                .allSatisfy(l -> assertThat(l.loaded() + l.rejected() + l.skipped()).as(l.file()).isEqualTo(l.read()));
        assertThat(report.feeds).allSatisfy(f -> assertThat(f.failed()).isZero());
        StoreReport.Feed register = report.feeds.stream().filter(f -> f.source().equals("samr_operator_register")).findFirst().orElseThrow();
        assertThat(register.files()).isEqualTo(COUNTIES);
        assertThat(register.rowsRejected()).isEqualTo(COUNTIES);
        assertThat(register.rowsLoaded()).isEqualTo(ROWS - COUNTIES);
        assertThat(report.tables.get("fact.operator")).isEqualTo(ROWS - COUNTIES);

        List<String> snapshots = report.snapshots.stream()
                .map(s -> s.region() + "/" + s.rubric() + "/" + s.year() + "-" + s.month()).collect(Collectors.toList());
        for (RegionPlan.County c : g.plan().counties()) {
            for (int m = 1; m <= PERIODS; m++) {
                assertThat(snapshots).contains(c.code() + "/" + c.rubric() + "/2025-" + m);
            }
        }
        assertThat(report.snapshotsOf(g.plan().counties())).isEqualTo((long) COUNTIES * PERIODS);
        assertThat(report.snapshots).noneMatch(StoreReport.Snapshot::provisional);
        assertThat(report.snapshots.stream().map(StoreReport.Snapshot::region).distinct().count()).isEqualTo(COUNTIES);

        long[] outputs = CountryRun.size(run.outputs());
        assertThat(outputs[1]).as("scorecards of both periods exported").isGreaterThanOrEqualTo(3L * COUNTIES * PERIODS);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        run.print(new PrintStream(text, true, StandardCharsets.UTF_8), report, PERIODS);
        String table = text.toString(StandardCharsets.UTF_8);
        System.out.println(table);
        assertThat(table).contains("| A load | `load --period=2025-02` |", "| samr_operator_register | 20 | 0 | 200,020 |", "store file");
    }
}
