package netmarket.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code schedule}: stays running and, at each time of its cron (default 02:00 on the 3rd of every
 * month), runs the one-shot {@code load} for last month in a child process if the inputs folder
 * changed since the last successful run. A run that fails or is refused (the store busy) is tried
 * again every hour (setting {@code netmarket.schedule.retry}) until one succeeds, and the log says
 * when. It never opens the store itself, so between runs the store is free for analysts. A system
 * cron or systemd timer calling {@code load} does the same, without the retries.
 */
public final class Scheduler {


    private final CronExpression cron;
    private final Path inputs;
    private final Path state;
    private final List<String> passThrough;
    private final int maxRuns;
    private final Duration retry;

    Scheduler(String cron, Path inputs, Path state, List<String> passThrough, int maxRuns) {
        this(cron, inputs, state, passThrough, maxRuns, Duration.ofHours(1));
    }

    Scheduler(String cron, Path inputs, Path state, List<String> passThrough, int maxRuns, Duration retry) {
        this.retry = retry;
        this.cron = CronExpression.parse(cron);
        this.inputs = inputs;
        this.state = state;
        this.passThrough = passThrough;
        this.maxRuns = maxRuns;
    }

    /** Runs until stopped (or, with --netmarket.schedule.max-runs=N, after N scheduled times). */
    public static int main(String[] args) throws Exception {
        String cron = Setting.SCHEDULE_CRON.value(args);
        Path inputs = Path.of(Setting.INPUTS.value(args));
        Path store = Path.of(Setting.STORE.value(args));
        int maxRuns = Integer.parseInt(Setting.SCHEDULE_MAX_RUNS.value(args));
        List<String> pass = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--") && !a.startsWith("--netmarket.schedule.")) {
                pass.add(a);
            }
        }
        Duration retry = org.springframework.boot.convert.DurationStyle.detectAndParse(
                Setting.SCHEDULE_RETRY.value(args));
        Path state = store.toAbsolutePath().resolveSibling(store.getFileName() + ".scheduler");
        return new Scheduler(cron, inputs, state, pass, maxRuns, retry).loop();
    }

    int loop() throws Exception {
        log("计划运行已启动，计划：" + cron + "，失败后每 " + retry.toMinutes() + " 分钟重试，输入目录：" + inputs.toAbsolutePath());
        YearMonth retrying = null;
        LocalDateTime retryAt = null;
        for (int fired = 0; maxRuns == 0 || fired < maxRuns; fired++) {
            LocalDateTime next = retryAt != null ? retryAt : cron.next(LocalDateTime.now());
            log((retryAt != null ? "下次重试时间：" : "下次运行时间：") + next);
            Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(), next).toMillis()));
            String fingerprint = fingerprint(inputs);
            if (retrying == null && Files.exists(state) && Files.readString(state).strip().equals(fingerprint)) {
                log("输入目录自上次运行以来没有变化，本次不运行。");
                continue;
            }
            YearMonth period = retrying != null ? retrying : YearMonth.now().minusMonths(1);
            log((retrying != null ? "重试" : "发现新文件，开始运行") + "月度任务，统计期 " + period);
            int exit = runChild(period);
            if (exit == 0 || exit == 3) {
                log("月度任务结束，退出码 " + exit);
                Files.createDirectories(state.getParent());
                Files.writeString(state, fingerprint);
                retrying = null;
                retryAt = null;
            } else {
                retrying = period;
                retryAt = LocalDateTime.now().plus(retry).withNano(0);
                log("月度任务未成功（退出码 " + exit + (exit == 4 ? "，数据库被占用" : "") + "），将于 " + retryAt + " 重试 / the run failed (exit "
                        + exit + "); retrying at " + retryAt);
            }
        }
        return 0;
    }

    private int runChild(YearMonth period) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String cp = System.getProperty("java.class.path");
        if (cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator)) {
            cmd.add("-jar");
            cmd.add(cp);
        } else {
            cmd.add("-cp");
            cmd.add(cp);
            cmd.add("netmarket.Application");
        }
        cmd.add("load");
        cmd.add("--period=" + period);
        cmd.addAll(passThrough);
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }

    /** A hash of every file's path, size and modification time under the inputs folder. */
    static String fingerprint(Path inputs) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        if (Files.isDirectory(inputs)) {
            try (Stream<Path> walk = Files.walk(inputs)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    md.update((inputs.relativize(p) + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis() + "\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }


    private static void log(String message) {
        System.out.println(LocalDateTime.now().withNano(0) + " " + message);
    }
}
