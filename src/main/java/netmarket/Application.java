package netmarket;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the monthly pipeline: extract, normalize, load (and later derive, score, publish). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    /** Held for the life of the process: the operating system releases it when the process ends. */
    private static netmarket.store.RunLock runLock;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("schedule")) {
            // the scheduler never opens the store: each run is a child process, so the file is free between runs
            System.exit(netmarket.app.Scheduler.main(args));
        }
        Integer early = beforeStore(args, System.out, System.err);
        if (early != null) {
            System.exit(early);
        }
        boolean needsStore = args.length > 0 && !args[0].equals("help") && !java.util.Arrays.asList(args).contains("--help");
        if (needsStore) {
            java.nio.file.Path store = java.nio.file.Path.of(option(args, "netmarket.store", "NETMARKET_STORE", "data/netmarket.duckdb"));
            java.util.Optional<netmarket.store.RunLock> lock = netmarket.store.RunLock.tryAcquire(store);
            if (lock.isEmpty()) {
                System.err.println("另一个运行正在使用数据库 " + store + "（进程 " + netmarket.store.RunLock.holder(store)
                        + "），本次未做任何操作；请等它结束后再运行。/ Another run (process " + netmarket.store.RunLock.holder(store)
                        + ") is using the store; nothing was done.");
                System.exit(4);
            }
            runLock = lock.get();
        }
        System.exit(SpringApplication.exit(SpringApplication.run(Application.class, args)));
    }

    /**
     * What is answered before the store is opened: {@code validate} and {@code preview} (which
     * need neither the store nor Spring), and the check of every definition that precedes any other
     * command, so a mistake in jobs/ exits 2 having changed nothing. Null: go on to the store.
     */
    public static Integer beforeStore(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        java.util.List<String> words = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        String command = words.isEmpty() ? "help" : words.get(0);
        java.nio.file.Path jobs = java.nio.file.Path.of(option(args, "netmarket.jobs", "NETMARKET_JOBS", "jobs"));
        if (command.equals("validate")) {
            return netmarket.app.QuickCommands.validate(jobs, out, err);
        }
        if (command.equals("preview")) {
            return netmarket.app.QuickCommands.preview(words.size() > 1 ? words.get(1) : null, option(args, "source", "-", null),
                    jobs, java.nio.file.Path.of(option(args, "netmarket.inputs", "NETMARKET_INPUTS", "inputs")), out, err);
        }
        if (command.equals("help") || java.util.Arrays.asList(args).contains("--help")) {
            return null;
        }
        String period = option(args, "period", "-", null);
        if (period != null && periodProblem(period) != null) {
            err.println(periodProblem(period));
            return 2;
        }
        java.util.List<String> problems = netmarket.app.DefinitionCheck.problems(jobs);
        if (!problems.isEmpty()) {
            err.println(netmarket.app.DefinitionCheck.message(jobs, problems));
            return 2;
        }
        return null;
    }

    /** Why {@code --period} is not a month the pipeline can score (null when it is one): YYYY-MM, 1990 to next year. */
    static String periodProblem(String value) {
        java.time.YearMonth p;
        try {
            p = java.time.YearMonth.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            p = null;
        }
        int latest = java.time.Year.now().getValue() + 1;
        if (p != null && p.getYear() >= 1990 && p.getYear() <= latest) {
            return null;
        }
        return "--period 应为统计期的年月，如 --period=2025-06（1990 年到 " + latest + " 年；写的是「" + value + "」），本次未做任何操作。\n"
                + "--period takes a month such as 2025-06 (1990 to " + latest + "); nothing was done.";
    }

    /** A setting from the command line or the environment, before Spring reads them. */
    private static String option(String[] args, String name, String env, String fallback) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
        }
        String e = env.equals("-") ? null : System.getenv(env);
        return e != null && !e.isBlank() ? e : fallback;
    }
}
