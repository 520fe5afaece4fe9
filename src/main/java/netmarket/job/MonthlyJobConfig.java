package netmarket.job;

import javax.sql.DataSource;
import netmarket.app.PipelineProperties;
import netmarket.load.FileLoader;
import netmarket.load.LoadContext;
import netmarket.load.LoadProgress;
import netmarket.normalize.MetricCatalog;
import netmarket.normalize.PiiProtector;
import netmarket.normalize.RegionDirectory;
import netmarket.normalize.UnitTable;
import netmarket.source.SourceDefinitions;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly job: refresh reference data, load every new input file (one transaction per
 * file), score the period for every applicant into snapshots, write the exports to outputs/,
 * print the run summary.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyJobConfig {

    public static final String JOB_NAME = "monthlyLoad";

    @Bean
    SourceDefinitions sourceDefinitions(PipelineProperties props) {
        return SourceDefinitions.load(props.jobs());
    }

    @Bean
    LoadContext loadContext(PipelineProperties props) {
        return new LoadContext(
                RegionDirectory.load(props.referenceDir().resolve("regions.csv")),
                UnitTable.load(props.referenceDir().resolve("units.csv")),
                MetricCatalog.load(props.referenceDir().resolve("metrics.yml")),
                PiiProtector.fromEnvironmentOrFile(props.piiKeyFile()));
    }

    @Bean
    RunReport runReport() {
        return new RunReport();
    }

    @Bean
    Job monthlyLoadJob(JobRepository repo, Step referenceData, Step loadFiles, Step scoreSnapshots, Step publish, Step runSummary) {
        return new JobBuilder(JOB_NAME, repo).start(referenceData).next(loadFiles).next(scoreSnapshots).next(publish).next(runSummary).build();
    }

    @Bean
    Step publish(JobRepository repo, PlatformTransactionManager tm, DataSource ds, PipelineProperties props, RunReport report) {
        return new StepBuilder("publish", repo).tasklet(new PublishTasklet(ds, props.outputs(), report), tm)
                .allowStartIfComplete(true).build();
    }

    @Bean
    Step scoreSnapshots(JobRepository repo, PlatformTransactionManager tm, DataSource ds, PipelineProperties props, RunReport report,
            SourceDefinitions definitions) {
        return new StepBuilder("scoreSnapshots", repo).tasklet(new ScoreSnapshotsTasklet(ds, props.scoreRegions(), report, definitions), tm)
                .allowStartIfComplete(true).build();
    }

    @Bean
    Step referenceData(JobRepository repo, PlatformTransactionManager tm, DataSource ds, LoadContext ctx, PipelineProperties props) {
        return new StepBuilder("referenceData", repo).tasklet(new ReferenceDataTasklet(ds, ctx, props.jobs().resolve("rubrics")), tm)
                .allowStartIfComplete(true).build();
    }

    @Bean
    Step loadFiles(JobRepository repo, PlatformTransactionManager tm, DataSource ds, PipelineProperties props,
            SourceDefinitions defs, LoadContext ctx, RunReport report, ObjectProvider<LoadProgress> progress) {
        FileLoader loader = new FileLoader(ctx, progress.getIfAvailable(() -> new netmarket.app.ConsoleProgress(System.out, System.console() != null)));
        PendingFileReader reader = new PendingFileReader(props.inputs(), defs, report, ds, loader);
        FileLoadWriter writer = new FileLoadWriter(ds, loader, report);
        return new StepBuilder("loadFiles", repo).<InputFile, InputFile>chunk(1)
                .transactionManager(tm)
                .reader(reader)
                .writer(writer)
                .listener(reader)
                .listener(writer)
                .build();
    }

    @Bean
    Step runSummary(JobRepository repo, PlatformTransactionManager tm, DataSource ds, SourceDefinitions defs, RunReport report) {
        return new StepBuilder("runSummary", repo).tasklet(new RunSummaryTasklet(ds, defs, report), tm)
                .allowStartIfComplete(true).build();
    }
}
