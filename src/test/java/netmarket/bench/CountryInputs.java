package netmarket.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@link CountryRun} loads, under its work folder: jobs/ (a copy of the project's
 * definitions, rubrics and reference data, with regions.csv extended by {@link RegionPlan}) and
 * inputs/ (a file set for every definition: the monthly feeds for each month of 2025 up to the last
 * period and the years 2023-2024, the yearly feeds for 2024 and 2025, the record feeds, one expert
 * sheet per county, and one operator register per province exported on 2025-12-31), with the
 * manifest of what each file must load. Inputs made earlier with the same arguments are reused.
 */
final class CountryInputs {

    /** Bumped whenever the generated files change, so that inputs of an older harness are not reused. */
    private static final int LAYOUT = 1;

    /** The register export date: every province's register is this one export. */
    static final String REGISTER_DATE = "2025-12-31";

    /** What was generated (or found from an earlier run with the same arguments) and how long it took. */
    record Generated(Path jobs, Path inputs, RegionPlan plan, Manifest manifest, double seconds, boolean reused) {}

    private CountryInputs() {}

    /**
     * Generates the country under {@code work}: {@code counties} counties, {@code registerRows}
     * register rows spread over the provinces as their counties are, {@code periods} months of 2025.
     * {@code project} is the project root (its jobs/ and the sample baselines are read).
     */
    static Generated generate(Path project, Path work, int counties, long registerRows, int periods, long seed) throws IOException {
        if (periods < 1 || periods > 12) {
            throw new IllegalArgumentException("periods must be 1 to 12: " + periods);
        }
        long t0 = System.nanoTime();
        RegionPlan plan = RegionPlan.generate(project.resolve("jobs"), counties, seed);
        Path jobs = work.resolve("jobs");
        Benchmark.deleteTree(jobs);
        copyTree(project.resolve("jobs"), jobs);
        plan.write(jobs.resolve("reference/regions.csv"));

        Path inputs = work.resolve("inputs");
        Path manifestFile = work.resolve("manifest.tsv");
        Path paramsFile = work.resolve("inputs.params");
        String params = "layout=" + LAYOUT + " counties=" + counties + " rows=" + registerRows + " periods=" + periods + " seed=" + seed;
        if (Files.exists(manifestFile) && Files.exists(paramsFile) && Files.readString(paramsFile).strip().equals(params)) {
            return new Generated(jobs, inputs, plan, Manifest.read(manifestFile), (System.nanoTime() - t0) / 1e9, true);
        }
        Files.deleteIfExists(paramsFile);
        Benchmark.deleteTree(inputs);
        Files.createDirectories(inputs);
        Manifest manifest = new Manifest();

        long[] operators = registers(plan, inputs, registerRows, manifest);

        MonthlyFeeds monthly = new MonthlyFeeds(plan, seed, inputs, manifest);
        monthly.retail(2023, 12);
        monthly.retail(2024, 12);
        monthly.expressYears(2023, 2024);
        for (int m = 1; m <= periods; m++) {
            monthly.retail(2025, m);
            monthly.express(2025, m);
            monthly.marketEntities(m, operators);
        }
        AnnualFeeds annual = new AnnualFeeds(plan, seed, inputs, manifest);
        annual.all(2024);
        annual.all(2025);
        RecordFeeds records = new RecordFeeds(plan, seed, inputs, manifest);
        records.documents();
        records.operatorSales();
        records.training(2024);
        records.training(2025);
        records.expertSheets(jobs, 2025);
        records.baselines(project.resolve("inputs/基准数据/全国及省级公开数据.csv"));

        manifest.write(manifestFile);
        Files.writeString(paramsFile, params + "\n");
        return new Generated(jobs, inputs, plan, manifest, (System.nanoTime() - t0) / 1e9, false);
    }

    /**
     * One register per province (网络交易经营者名录_山东省_2025-12-31.csv), its rows in proportion to
     * the province's counties, each continuing the operator numbering of the one before so that no
     * identifier is shared. Returns the operators listed per county (by county index).
     */
    private static long[] registers(RegionPlan plan, Path inputs, long registerRows, Manifest manifest) throws IOException {
        long[] perCounty = new long[plan.counties().size()];
        long nextOperator = 0;
        long nextIndividual = 0;
        long written = 0;
        int countiesDone = 0;
        for (Map.Entry<RegionPlan.Province, List<RegionPlan.County>> e : plan.countiesByProvince().entrySet()) {
            List<RegionPlan.County> counties = e.getValue();
            countiesDone += counties.size();
            long rows = registerRows * countiesDone / plan.counties().size() - written;
            written += rows;
            List<RegisterGenerator.Area> areas = new ArrayList<>();
            for (RegionPlan.County c : counties) {
                areas.add(new RegisterGenerator.Area(c.name(), c.code()));
            }
            RegisterGenerator.Rows g = new RegisterGenerator.Rows(areas, nextOperator, nextIndividual);
            String relative = "市场监管局/网络交易经营者名录_" + e.getKey().name() + "_" + REGISTER_DATE + ".csv";
            Path file = RegisterGenerator.csv(inputs.resolve(relative), g, rows, StandardCharsets.UTF_8);
            nextOperator = g.followingOperator();
            nextIndividual = g.followingIndividual();
            long[] tally = g.operatorsPerArea();
            for (int i = 0; i < counties.size(); i++) {
                perCounty[counties.get(i).index()] += tally[i];
            }
            long invalid = RegisterGenerator.invalidRows(rows);
            manifest.add(new Manifest.Entry(relative, "samr_operator_register", rows + 1, rows - invalid, invalid, Files.size(file)));
        }
        return perCounty;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
