package netmarket;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import netmarket.app.ArgumentCheck;
import netmarket.app.DefinitionCheck;
import netmarket.app.Failures;
import netmarket.app.PipelineCommand;
import netmarket.app.QuickReads;
import netmarket.app.QuickCommands;
import netmarket.app.Setting;
import netmarket.app.StoreGate;
import netmarket.app.UserError;
import netmarket.store.NativeLibraryTemp;
import netmarket.store.RunLock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.boot.convert.DurationStyle;

/**
 * Entry point of the monthly pipeline. What can be answered without the store is answered first
 * (help, validate, preview, every argument and definition checked); then the store is entered
 * (waiting for another holder, refusing an unreadable file, keeping a copy before a run that
 * writes) and the application runs. Every failure ends in one plain message and its exit code.
 */
@SpringBootConfiguration
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@ConfigurationPropertiesScan
// only what the pipeline uses, named: evaluating every auto-configuration on the classpath cost a third of
// a second at each start; the store (StoreDataSourceConfig, migrated there) and Batch (BatchRepositoryConfig) are the project's own
@ImportAutoConfiguration({DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class})
public class Application {

    /** Commands that change the store: a copy of it is kept before they run. */
    private static final Set<String> WRITES = Set.of("load", "run", "reload", "rekey", "score", "withdraw");

    /** Held for the life of the process: the operating system releases it when the process ends. */
    private static RunLock runLock;

    public static void main(String[] args) {
        NativeLibraryTemp.sweep();
        System.exit(launch(args));
    }

    /** Everything main does but exit: the exit code (0 done, 1 failed, 2 arguments or definitions, 3 some files not loaded, 4 store busy). */
    public static int launch(String[] args) {
        Integer early;
        try {
            early = beforeStore(args, System.out, System.err);
        } catch (Throwable t) {
            return Failures.report(t, null, System.err);
        }
        if (early != null) {
            return early;
        }
        String command = command(args);
        Path store = Path.of(Setting.STORE.value(args));
        String logSetting = Setting.LOG_FILE.value(args);
        Path logFile = Path.of(logSetting != null ? logSetting : System.getProperty("netmarket.log-file", store.toAbsolutePath() + ".log"));
        System.setProperty("netmarket.log-file", logFile.toString());
        try {
            if (command.equals("schedule")) {
                // the scheduler never opens the store: each run is a child process, so the file is free between runs
                return netmarket.app.Scheduler.main(args);
            }
            Duration wait = duration(Setting.BUSY_WAIT.value(args), "netmarket.busy-wait");
            boolean backup = !"false".equalsIgnoreCase(Setting.BACKUP.value(args));
            boolean writes = WRITES.contains(command) && !Arrays.stream(args).anyMatch(a -> a.startsWith("--as-released"));
            runLock = StoreGate.enter(store, logFile, wait, writes, backup, System.out);
            if (QuickReads.COMMANDS.contains(command) && java.nio.file.Files.exists(store)) {
                Integer answered = QuickReads.answer(command, args, store, System.out);
                if (answered != null) {
                    return answered;
                }
            }
            // logging is set up by logback.xml alone: Spring Boot's own setup would print logback's troubles
            // (a log file on a full disk) on the terminal
            System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
            return SpringApplication.exit(SpringApplication.run(Application.class, args));
        } catch (Throwable t) {
            return Failures.report(t, logFile, System.err);
        }
    }

    /**
     * What is answered before the store is opened: {@code help}, {@code validate} and {@code preview}
     * (which need neither the store nor Spring), the arguments, and the check of every definition
     * that precedes any other command, so a mistake exits 2 having changed nothing. Null: go on to the store.
     */
    public static Integer beforeStore(String[] args, PrintStream out, PrintStream err) {
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        String command = command(args);
        if (command.equals("help")) {
            out.println(PipelineCommand.HELP);
            return 0;
        }
        UserError wrong = ArgumentCheck.check(args);
        if (wrong != null) {
            err.println(wrong.text());
            return wrong.exitCode();
        }
        Path jobs = Path.of(Setting.JOBS.value(args));
        if (command.equals("validate")) {
            return QuickCommands.validate(jobs, out, err);
        }
        if (command.equals("preview")) {
            return QuickCommands.preview(words.size() > 1 ? words.get(1) : null, netmarket.app.EarlyOptions.value(args, "source", "-", null),
                    jobs, Path.of(Setting.INPUTS.value(args)), out, err);
        }
        if (QuickReads.COMMANDS.contains(command)) {
            return null; // status, history and diff read only the store: no definition is involved
        }
        List<String> problems = DefinitionCheck.problems(jobs);
        if (!problems.isEmpty()) {
            err.println(DefinitionCheck.message(jobs, problems));
            return UserError.ARGUMENTS;
        }
        return null;
    }

    private static String command(String[] args) {
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        return words.isEmpty() || Arrays.asList(args).contains("--help") ? "help" : words.get(0);
    }

    private static Duration duration(String text, String name) {
        try {
            return DurationStyle.detectAndParse(text);
        } catch (IllegalArgumentException e) {
            throw UserError.arguments("--" + name + " 应为时长，如 10m、90s、PT1H，写的是「" + text + "」。本次未做任何操作",
                    "--" + name + " takes a duration such as 10m, 90s or PT1H, not '" + text + "'. Nothing was done");
        }
    }
}
