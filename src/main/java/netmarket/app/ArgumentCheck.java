package netmarket.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import netmarket.config.Nearest;
import netmarket.normalize.RegionDirectory;
import netmarket.score.RubricFiles;

/**
 * The command line checked before anything starts (no Spring, no store): the command, every
 * option's name, the period (a month from the year the earliest rubric came into use to last month),
 * regions by code or name, rubric ids, snapshot ids, dates, the inputs folder. A mistake gets one
 * plain message and exit code 2, having touched nothing.
 */
public final class ArgumentCheck {

    /** Each command and the options it takes (besides --netmarket.*, --spring.*, --logging.* settings). */
    static final Map<String, Set<String>> COMMANDS = Map.ofEntries(
            Map.entry("load", Set.of("period")),
            Map.entry("run", Set.of("period")),
            Map.entry("reload", Set.of("file", "period")),
            Map.entry("rekey", Set.of("old-key-file", "period")),
            Map.entry("score", Set.of("period", "region", "rubric", "as-released")),
            Map.entry("export", Set.of()),
            Map.entry("status", Set.of("period")),
            Map.entry("history", Set.of()),
            Map.entry("diff", Set.of("from", "to")),
            Map.entry("withdraw", Set.of("snapshot", "reason")),
            Map.entry("whatif", Set.of("period", "region", "rubric", "set")),
            Map.entry("dictionary", Set.of("out")),
            Map.entry("schedule", Set.of()),
            Map.entry("validate", Set.of()),
            Map.entry("preview", Set.of("source")),
            Map.entry("help", Set.of()));

    /** The settings (--netmarket.NAME, README "Settings"): a misspelt one is refused, not silently ignored. */
    private static final Set<String> SETTINGS = Setting.names();

    /** Commands that read the inputs folder. */
    private static final Set<String> READS_INPUTS = Set.of("load", "run", "reload", "rekey");

    private ArgumentCheck() {}

    /** The first mistake in the arguments, or null when they are usable. */
    public static UserError check(String[] args) {
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        String command = words.isEmpty() ? "help" : words.get(0);
        List<java.util.function.Supplier<UserError>> checks = List.of(() -> command(command), () -> options(command, args),
                () -> duckdbSettings(args), () -> values(command, args), () -> numbersAndDates(args), () -> inputs(command, args));
        for (java.util.function.Supplier<UserError> c : checks) {
            UserError e = c.get();
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** A command the program has. */
    private static UserError command(String command) {
        if (!COMMANDS.containsKey(command)) {
            String near = Nearest.of(command, COMMANDS.keySet());
            return UserError.arguments("未知命令「" + command + "」" + (near != null ? "，是否应为「" + near + "」？" : "。")
                    + "可用命令见 java -jar target/netmarket.jar help，本次未做任何操作",
                    "unknown command '" + command + "'" + (near != null ? " (did you mean '" + near + "'?)" : "")
                            + "; see help. Nothing was done");
        }
        return null;
    }

    /** Only settings that exist, and only the command's own options. */
    private static UserError options(String command, String[] args) {
        Set<String> allowed = COMMANDS.get(command);
        for (String a : args) {
            if (!a.startsWith("--")) {
                continue;
            }
            String name = a.substring(2).split("=", 2)[0];
            if (name.startsWith("netmarket.") && !SETTINGS.contains(name.substring("netmarket.".length()))) {
                String setting = name.substring("netmarket.".length());
                String near = Nearest.of(setting, SETTINGS);
                return UserError.arguments("没有设置项 --" + name + (near != null ? "，是否应为 --netmarket." + near + "？" : "。")
                        + "设置项见 README「Settings」。本次未做任何操作",
                        "there is no setting --" + name + (near != null ? " (did you mean --netmarket." + near + "?)" : "")
                                + "; see README, Settings. Nothing was done");
            }
            if (name.equals("help") || name.startsWith("netmarket.") || name.startsWith("spring.") || name.startsWith("logging.")) {
                continue;
            }
            if (!allowed.contains(name)) {
                Set<String> all = new java.util.TreeSet<>();
                COMMANDS.values().forEach(all::addAll);
                String near = Nearest.of(name, allowed.isEmpty() ? all : allowed);
                return UserError.arguments("命令 " + command + " 没有选项 --" + name + (near != null ? "，是否应为 --" + near + "？" : "。")
                        + (allowed.isEmpty() ? "该命令不带选项" : "可用选项: --" + String.join("、--", new java.util.TreeSet<>(allowed)))
                        + "。本次未做任何操作",
                        "command " + command + " has no option --" + name + (near != null ? " (did you mean --" + near + "?)" : "")
                                + "; nothing was done");
            }
        }
        return null;
    }

    /** A period, regions, what-if settings and a rubric that exist. */
    private static UserError values(String command, String[] args) {
        Path jobs = Path.of(Setting.JOBS.value(args));
        String period = value(args, "period");
        if (period != null) {
            UserError e = period(period, jobs.resolve("rubrics"));
            if (e != null) {
                return e;
            }
        }
        String regions = value(args, "region");
        if (regions != null) {
            UserError e = regions(regions, jobs.resolve("reference").resolve("regions.csv"));
            if (e != null) {
                return e;
            }
        }
        if (command.equals("whatif")) {
            UserError e = WhatIfArguments.check(args, jobs);
            if (e != null) {
                return e;
            }
        }
        String rubric = value(args, "rubric");
        if (rubric != null) {
            Set<String> ids = rubricIds(jobs.resolve("rubrics"));
            if (ids != null && !ids.contains(rubric)) {
                return UserError.arguments("没有指标体系「" + rubric + "」，可选: " + String.join("、", ids) + "（" + jobs.resolve("rubrics")
                        + "）。本次未做任何操作", "no rubric '" + rubric + "'; choose one of " + ids + ". Nothing was done");
            }
        }
        return null;
    }

    /** Snapshot ids that are numbers, a release date that is a date. */
    private static UserError numbersAndDates(String[] args) {
        for (String id : List.of("from", "to", "snapshot")) {
            String v = value(args, id);
            if (v != null && !v.matches("\\d{1,18}")) {
                return UserError.arguments("--" + id + " 应为快照编号（数字，见 history），写的是「" + v + "」。本次未做任何操作",
                        "--" + id + " takes a snapshot id (a number, see history), not '" + v + "'. Nothing was done");
            }
        }
        String released = value(args, "as-released");
        if (released != null) {
            try {
                LocalDate.parse(released);
            } catch (DateTimeParseException e) {
                return UserError.arguments("--as-released 应为日期，如 --as-released=2025-01-31，写的是「" + released + "」。本次未做任何操作",
                        "--as-released takes a date such as 2025-01-31, not '" + released + "'. Nothing was done");
            }
        }
        return null;
    }

    /** The inputs folder, for the commands that read it. */
    private static UserError inputs(String command, String[] args) {
        if (READS_INPUTS.contains(command)) {
            Path inputs = Path.of(Setting.INPUTS.value(args));
            if (!Files.isDirectory(inputs)) {
                return UserError.arguments("输入目录 " + inputs.toAbsolutePath() + " 不存在。请检查 --netmarket.inputs（或环境变量 NETMARKET_INPUTS），"
                        + "或在该处建立目录并放入各部门的文件。本次未做任何操作",
                        "the inputs folder " + inputs.toAbsolutePath() + " does not exist; check --netmarket.inputs (or NETMARKET_INPUTS). Nothing was done");
            }
        }
        return null;
    }

    /** DuckDB's memory limit and threads, checked before anything starts (the same checks bind them later). */
    private static UserError duckdbSettings(String[] args) {
        String threads = Setting.DUCKDB_THREADS.value(args);
        try {
            new PipelineProperties.Duckdb(Setting.DUCKDB_MEMORY_LIMIT.value(args), null,
                    threads == null ? null : Integer.valueOf(threads.strip()));
            return null;
        } catch (NumberFormatException e) {
            return UserError.arguments("--netmarket.duckdb.threads 应为正整数，写的是「" + threads + "」。本次未做任何操作",
                    "--netmarket.duckdb.threads takes a positive number, not '" + threads + "'. Nothing was done");
        } catch (UserError e) {
            return e;
        }
    }

    /** A month the rubrics can score: YYYY-MM, not before the year the earliest rubric came into use, not after last month. */
    static UserError period(String value, Path rubrics) {
        YearMonth p;
        try {
            p = value.matches("\\d{4}-\\d{2}") ? YearMonth.parse(value) : null;
        } catch (DateTimeParseException e) {
            p = null;
        }
        YearMonth last = YearMonth.now().minusMonths(1);
        OptionalInt first = earliestYear(rubrics);
        YearMonth earliest = YearMonth.of(first.orElse(2000), 1);
        if (p != null && !p.isBefore(earliest) && !p.isAfter(last)) {
            return null;
        }
        String range = earliest + " 至 " + last;
        String why = p == null ? "应为统计期的年月，如 --period=2025-06"
                : p.isAfter(last) ? "不能晚于上个月（" + last + "），该月的数据尚未完整"
                : "早于指标体系开始使用的年份（" + earliest.getYear() + " 年，见 jobs/rubrics 的 in_use_from）";
        return UserError.arguments("--period " + why + "；写的是「" + value + "」，可用范围 " + range + "。本次未做任何操作",
                "--period takes a month from " + earliest + " to " + last + " (YYYY-MM), not '" + value + "'. Nothing was done");
    }

    private static OptionalInt earliestYear(Path rubrics) {
        try {
            return RubricFiles.earliestYear(rubrics);
        } catch (RuntimeException e) {
            return OptionalInt.empty(); // the definitions check names what is wrong with the rubric files
        }
    }

    private static Set<String> rubricIds(Path rubrics) {
        try {
            return RubricFiles.ids(rubrics);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Regions by GB/T 2260 code or name (comma-separated); every unknown one named. */
    static UserError regions(String value, Path regionsCsv) {
        RegionDirectory directory;
        try {
            directory = RegionDirectory.load(regionsCsv);
        } catch (RuntimeException e) {
            return null; // the definitions check reports an unreadable regions.csv
        }
        List<String> unknown = new ArrayList<>();
        for (String r : value.split(",")) {
            String t = r.strip();
            if (t.isEmpty() || directory.byCode(t).isEmpty() && directory.resolve(t).isEmpty()) {
                unknown.add(t);
            }
        }
        if (unknown.isEmpty()) {
            return null;
        }
        return UserError.arguments("地区代码或名称不在地区表中: " + String.join("、", unknown) + "（" + regionsCsv + "）。"
                        + "请写 GB/T 2260 代码（如 350400）或名称（如 三明市）。本次未做任何操作",
                "unknown region(s) " + unknown + ": give a GB/T 2260 code (e.g. 350400) or a name from " + regionsCsv + ". Nothing was done");
    }

    /** The value of {@code --name=value} (empty for a bare {@code --name}), or null. */
    static String value(String[] args, String name) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
            if (a.equals("--" + name)) {
                return "";
            }
        }
        return null;
    }
}
