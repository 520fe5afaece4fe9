package netmarket.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The long-running mode: runs on its cron, skips when nothing new arrived, and leaves the store free between runs. */
class SchedulerTest {

    @TempDir
    Path dir;

    @Test
    void theSchedulerRunsOnceForNewFilesSkipsWhenNothingChangedAndHoldsNoLockBetweenRuns() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs/基准数据"));
        Files.copy(Path.of("inputs/基准数据/全国及省级公开数据.csv"), inputs.resolve("全国及省级公开数据.csv"));
        Path store = dir.resolve("store/netmarket.duckdb");
        String[] args = {"schedule", "--netmarket.schedule.cron=*/2 * * * * *", "--netmarket.schedule.max-runs=3",
            "--netmarket.inputs=" + dir.resolve("inputs"), "--netmarket.store=" + store,
            "--netmarket.pii-key-file=" + dir.resolve("pii.key"), "--netmarket.outputs=" + dir.resolve("outputs")};
        AtomicInteger exit = new AtomicInteger(-1);
        Thread scheduler = new Thread(() -> {
            try {
                exit.set(Scheduler.main(args));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        scheduler.start();

        // when the first run has finished, the scheduler waits for its next time: the store is free
        Path state = store.resolveSibling("netmarket.duckdb.scheduler");
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.exists(state) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(state).exists();
        assertThat(probe(store, "SELECT count(*) FROM meta.load WHERE status = 'loaded'")).isEqualTo("1");

        scheduler.join(120_000);
        assertThat(exit.get()).isZero();
        assertThat(probe(store, "SELECT count(*) FROM batch.BATCH_JOB_EXECUTION")).as("later times found nothing new").isEqualTo("1");
    }

    @Test
    void aRunRefusedBecauseAnAnalystHoldsTheStoreIsTriedAgainUntilItSucceeds() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs/基准数据"));
        Files.copy(Path.of("inputs/基准数据/全国及省级公开数据.csv"), inputs.resolve("全国及省级公开数据.csv"));
        Path store = dir.resolve("store/netmarket.duckdb");
        String[] paths = {"--netmarket.inputs=" + dir.resolve("inputs"), "--netmarket.store=" + store,
            "--netmarket.pii-key-file=" + dir.resolve("pii.key"), "--netmarket.outputs=" + dir.resolve("outputs"),
            "--netmarket.jobs=" + Path.of("jobs").toAbsolutePath()};
        java.util.List<String> history = new java.util.ArrayList<>(java.util.List.of("history"));
        history.addAll(java.util.List.of(paths));
        assertThat(Launcher.run(dir, history.toArray(String[]::new)).exit()).isZero();
        Process analyst = Launcher.holdReadOnly(store, 6_000);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("schedule", "--netmarket.schedule.cron=*/2 * * * * *",
                "--netmarket.schedule.max-runs=8", "--netmarket.schedule.retry=1s", "--netmarket.busy-wait=1s"));
        args.addAll(java.util.List.of(paths));
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Scheduler.main(args.toArray(String[]::new));
        } finally {
            System.setOut(original);
            analyst.destroyForcibly().waitFor();
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        assertThat(exit).isZero();
        assertThat(log).contains("退出码 4，数据库被占用", "重试", "下次重试时间：", "月度任务结束，退出码 0");
        assertThat(store.resolveSibling("netmarket.duckdb.scheduler")).exists();
        assertThat(probe(store, "SELECT count(*) FROM meta.load WHERE status = 'loaded'")).isEqualTo("1");
    }

    /** Opens the store read-only from another process, as an analyst's DuckDB would. */
    private static String probe(Path store, String sql) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ReadOnlyProbe.class.getName(), store.toString(), sql)
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().reduce((a, b) -> b).orElse("");
    }
}
