package netmarket.app;

import java.time.YearMonth;
import java.util.List;
import netmarket.job.MonthlyJobConfig;
import netmarket.job.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command line: {@code load} (or {@code run}) runs the monthly job for a period; {@code reload}
 * marks loaded files to be loaded again, then runs it; {@code score} scores without loading. A run that
 * failed or was interrupted is continued where it stopped instead of starting over.
 * Exit codes: 0 done; 1 the job failed (run again to continue); 2 bad arguments (or, for reload, no
 * loaded file matches); 3 done, but some files could not be loaded (see the summary).
 */
@Component
public class PipelineCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(PipelineCommand.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job monthlyJob;
    private final RunReport report;
    private final ScoreCommand scoreCommand;
    private final StoreQueries queries;
    private final ReloadCommand reloadCommand;
    private final RekeyCommand rekeyCommand;
    private int exitCode;
    private final javax.sql.DataSource dataSource;
    private final netmarket.load.LoadContext loadContext;
    private final PipelineProperties props;

    public PipelineCommand(JobOperator jobOperator, JobRepository jobRepository, Job monthlyLoadJob, RunReport report,
            ScoreCommand scoreCommand, StoreQueries queries, ReloadCommand reloadCommand, RekeyCommand rekeyCommand, javax.sql.DataSource dataSource,
            netmarket.load.LoadContext loadContext, PipelineProperties props) {
        this.dataSource = dataSource;
        this.loadContext = loadContext;
        this.props = props;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.monthlyJob = monthlyLoadJob;
        this.report = report;
        this.scoreCommand = scoreCommand;
        this.queries = queries;
        this.reloadCommand = reloadCommand;
        this.rekeyCommand = rekeyCommand;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> commands = args.getNonOptionArgs();
        String command = commands.isEmpty() || args.containsOption("help") ? "help" : commands.get(0);
        switch (command) {
            case "load", "run" -> exitCode = load(period(args));
            case "reload" -> exitCode = reload(args.getOptionValues("file"), period(args));
            case "rekey" -> {
                Integer refused = rekeyCommand.prepare(args.getOptionValues("old-key-file"));
                exitCode = refused != null ? refused : load(period(args));
            }
            case "score" -> {
                String rubric = args.containsOption("rubric") ? args.getOptionValues("rubric").get(0) : null;
                if (args.containsOption("as-released")) {
                    java.time.LocalDate released = releasedDate(args.getOptionValues("as-released"));
                    exitCode = released == null ? 2
                            : scoreCommand.scoreAsReleased(period(args), regions(args), rubric, released).isEmpty() ? 3 : 0;
                } else {
                    exitCode = scoreCommand.score(period(args), regions(args), rubric).isEmpty() ? 3 : 0;
                }
            }
            case "export" -> {
                queries.export(System.out);
                exitCode = 0;
            }
            case "dictionary" -> {
                queries.dictionary(java.nio.file.Path.of(args.containsOption("out") ? args.getOptionValues("out").get(0)
                        : "sql/DATA_DICTIONARY.md"), System.out);
                exitCode = 0;
            }
            case "status" -> exitCode = queries.status(period(args), System.out) >= 0 ? 0 : 1;
            case "history" -> exitCode = queries.history(System.out) >= 0 ? 0 : 1;
            case "diff" -> {
                if (!args.containsOption("from") || !args.containsOption("to")) {
                    System.err.println("用法 / usage: diff --from=快照编号 --to=快照编号（编号见 history）");
                    exitCode = 2;
                } else {
                    exitCode = queries.diffKnown(Long.parseLong(args.getOptionValues("from").get(0)),
                            Long.parseLong(args.getOptionValues("to").get(0)), System.out);
                }
            }
            case "whatif" -> exitCode = queries.whatIf(period(args), regions(args).get(0),
                    args.containsOption("rubric") ? args.getOptionValues("rubric").get(0) : null, args.getOptionValues("set"), System.out);
            case "withdraw" -> {
                if (!args.containsOption("snapshot")) {
                    throw UserError.arguments("用法：withdraw --snapshot=快照编号 --reason=原因（编号见 history）。本次未做任何操作",
                            "usage: withdraw --snapshot=ID --reason=TEXT (ids: see history); nothing was done");
                }
                exitCode = queries.withdraw(Long.parseLong(args.getOptionValues("snapshot").get(0)),
                        args.containsOption("reason") ? String.join(",", args.getOptionValues("reason")) : null, props.outputs(), System.out);
            }
            case "help" -> {
                System.out.println(HELP);
                exitCode = 0;
            }
            default -> {
                System.err.println("未知命令「" + command + "」。\n" + HELP);
                exitCode = 2;
            }
        }
    }

    private static List<String> listOption(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null ? List.of() : values.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).toList();
    }

    /** --region values as GB/T 2260 codes: a name (三明市) is looked up in the region table. */
    private List<String> regions(ApplicationArguments args) {
        return listOption(args, "region").stream()
                .map(r -> loadContext.regions().byCode(r).or(() -> loadContext.regions().resolve(r)).map(x -> x.code()).orElse(r)).toList();
    }

    /** The date of --as-released=YYYY-MM-DD, or null (after saying why) when it is not one. */
    private static java.time.LocalDate releasedDate(List<String> values) {
        String v = values == null || values.isEmpty() ? "" : values.get(0);
        try {
            return java.time.LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            System.err.println("--as-released 应为日期，如 --as-released=2025-01-31（写的是「" + v + "」）/ --as-released takes a date (YYYY-MM-DD)");
            return null;
        }
    }

    private YearMonth period(ApplicationArguments args) {
        List<String> values = args.getOptionValues("period");
        return values == null || values.isEmpty() ? YearMonth.now().minusMonths(1) : YearMonth.parse(values.get(0));
    }

    /** Starts the monthly job, or continues the last one if it did not finish. */
    public int load(YearMonth period) throws Exception {
        String keyProblem = netmarket.store.InTransaction.with(dataSource, conn -> netmarket.load.PiiKeyCheck.verify(conn, loadContext.pii(),
                System.getenv("NETMARKET_PII_KEY") != null && !System.getenv("NETMARKET_PII_KEY").isBlank()
                        ? "环境变量 NETMARKET_PII_KEY" : props.piiKeyFile().toString()));
        if (keyProblem != null) {
            System.err.println(keyProblem);
            return 2;
        }
        JobInstance last = jobRepository.getLastJobInstance(MonthlyJobConfig.JOB_NAME);
        JobExecution previous = last == null ? null : jobRepository.getLastJobExecution(last);
        JobExecution execution;
        if (previous != null && previous.getStatus().isRunning()) {
            // this process holds the run lock, so no other run is alive: the execution was interrupted (a crash, kill -9)
            log.warn("上次运行（编号 {}）被中断，先将其标记为失败再继续", previous.getId());
            previous = jobOperator.recover(previous);
        }
        if (previous != null && (previous.getStatus() == BatchStatus.UNKNOWN
                || previous.getStepExecutions().stream().anyMatch(step -> step.getStatus() == BatchStatus.UNKNOWN))) {
            // a run cut short by a fatal error (a full disk invalidates the store's connection) could not record how it ended;
            // Batch will not restart it, but nothing is lost by starting afresh: committed files are known by their content hash
            log.warn("上次运行（编号 {}）的结束状态未能记录（多为磁盘写满等致命错误），重新开始；已完成的文件不会重复加载", previous.getId());
            previous = null;
        }
        if (previous != null && (previous.getStatus() == BatchStatus.FAILED || previous.getStatus() == BatchStatus.STOPPED)) {
            log.info("继续上次未完成的运行（编号 {}），已完成的文件不会重复加载", previous.getId());
            execution = jobOperator.restart(previous);
        } else {
            JobParameters params = new JobParametersBuilder()
                    .addString("period", period.toString())
                    .addLong("run.id", last == null ? 1L : last.getInstanceId() + 1)
                    .toJobParameters();
            execution = jobOperator.start(monthlyJob, params);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            UserError explained = cause == null
                    ? new UserError(UserError.FAILED, "运行未完成（状态 " + execution.getStatus() + "）。再次执行同一命令即可从中断处继续",
                            "the run did not complete (" + execution.getStatus() + "); run the same command again to continue")
                    : Failures.explain(cause, props.store().toAbsolutePath().getParent());
            org.slf4j.LoggerFactory.getLogger("netmarket.failure").error("运行 {} 未完成（状态 {}）", execution.getId(), execution.getStatus(), cause);
            System.err.println(explained.text());
            System.err.println("详细信息见日志 / details in the log: " + System.getProperty("netmarket.log-file", "(未设置)"));
            return explained.exitCode();
        }
        boolean anyFailed = report.outcomes().stream().anyMatch(o -> o.is(netmarket.load.LoadStatus.FAILED));
        return anyFailed ? 3 : 0;
    }

    /**
     * Marks the loaded files under the inputs folder whose names match the patterns, then runs the
     * monthly job, which loads them again (each a new load replacing the old one), scores and exports.
     * Exit code 2, and nothing done, when no pattern is given or none matches a loaded file.
     */
    public int reload(List<String> patterns, YearMonth period) throws Exception {
        if (patterns == null || patterns.isEmpty() || patterns.stream().allMatch(String::isBlank)) {
            System.err.println("用法 / usage: reload --file=模式（相对于输入目录，如 '统计局/*' / a pattern relative to the inputs folder, "
                    + "e.g. '统计局/*'）[--period=YYYY-MM]");
            return 2;
        }
        List<String> files;
        try {
            files = reloadCommand.request(patterns);
        } catch (java.util.regex.PatternSyntaxException e) {
            System.err.println("文件名模式有误 / invalid pattern: " + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            System.err.println("输入目录中没有与 " + patterns + " 匹配的已加载文件，未做任何操作。/ No loaded file in the inputs folder matches "
                    + patterns + "; nothing was done.");
            return 2;
        }
        System.out.println("将重新加载 " + files.size() + " 个文件 / reloading " + files.size() + " file(s):");
        files.forEach(f -> System.out.println("  " + netmarket.publish.SafeText.visible(f)));
        return load(period);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    public static final String HELP = """
            网络市场监管与服务示范区 数据管道 / Online market demonstration zone data pipeline

            用法 Usage: java -jar target/netmarket.jar <命令> [选项]

            命令 Commands:
              load | run   加载输入目录中的新文件、评分并输出汇总 / load new input files, score, print a summary
              reload       重新加载与模式匹配的已加载文件（替换原加载批次），再同 run / load matching files again
                           (replacing their loads), then as run: --file='统计局/*' [--period=YYYY-MM]
              score        只评分，不加载 / score only: --period=YYYY-MM [--region=350400,东营区] [--rubric=national]
                           [--as-released=YYYY-MM-DD] 只用该日及以前发布的数据评分，不保存 / with what was released by then, nothing stored
              export       输出所有快照的 XLSX、CSV、HTML 与 Parquet / write every snapshot's exports to outputs/
              status       某统计期各地区各数据源是否到位 / what is loaded and missing: --period=YYYY-MM
              history      运行记录与快照版本 / past runs and snapshot versions
              diff         比较两个快照 / compare two snapshots: --from=ID --to=ID
              whatif       假设分析：某些数值不同时的评分与变化，不保存 / the scorecard if some figures were different, nothing stored:
                           --period=YYYY-MM --region=地区 --set=online_retail_sales.growth=9.5 [--set=market_entities=120000]
              withdraw     撤回一个正式快照（保留并标记，输出移至 outputs/withdrawn/）/ withdraw a final snapshot:
                           --snapshot=ID --reason=原因
              dictionary   由数据库生成数据字典 / write the data dictionary: [--out=sql/DATA_DICTIONARY.md]
              schedule     常驻，按计划每月运行 / stay running, run monthly on a cron (--netmarket.schedule.cron)
              validate     检查 jobs/ 中所有数据源定义、参考数据和评估指标体系，不运行任何任务 / check every definition, run nothing
              preview      预览一个文件将如何加载（不写数据库）/ what loading one file would do, nothing stored:
                           preview 文件路径 [--source=定义id]
              rekey        更换个人信息哈希密钥：用新密钥重新读取含个人信息的文件 / re-hash personal data with the current key:
                           rekey --old-key-file=原密钥文件（须持有原密钥，原文件须仍在输入目录）
              help         显示本帮助 / show this help

            选项 Options:
              --period=YYYY-MM                 统计期（默认上个月）/ period (default: last month)
              --netmarket.store=PATH           数据库文件 / DuckDB store file (default data/netmarket.duckdb)
              --netmarket.inputs=DIR           输入目录 / inputs folder (default inputs)
              --netmarket.jobs=DIR             数据源定义目录 / source definitions (default jobs)
              --netmarket.busy-wait=10m        数据库被占用时最多等待多久 / how long to wait for a busy store (default 10m)
              --netmarket.backup=true          写入前保留数据库副本 <数据库>.prev / keep a copy of the store before a run that writes

            退出码 Exit codes: 0 成功 ok; 1 运行失败，再次执行将从中断处继续 failed, rerun continues;
                               2 参数或数据源定义错误，或 reload 没有匹配的已加载文件 bad arguments or definitions, or nothing for reload;
                               3 部分文件未能加载 some files not loaded;
                               4 数据库被另一个运行或程序占用（已等待），未做任何操作 store busy (after waiting), nothing done
            出错时详细信息写入日志 <数据库>.log / on failure the full details go to the log file <store>.log
            """;
}
