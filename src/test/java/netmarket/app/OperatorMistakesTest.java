package netmarket.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import netmarket.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person running the pipeline meets when something is wrong, each case reproduced for
 * real: one plain message in Chinese and English naming what, where and what to do, the documented
 * exit code, no stack trace on the terminal, nothing lost and nothing published that should not be.
 */
class OperatorMistakesTest {

    private static final Path JOBS = Path.of("jobs").toAbsolutePath();
    private static final Path INPUTS = Path.of("inputs").toAbsolutePath();

    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve("data/netmarket.duckdb");
    }

    /** The arguments plus this test's own store, jobs, inputs, outputs and key (an argument given wins). */
    private String[] with(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        for (String[] d : new String[][] {{"--netmarket.store=", store().toString()}, {"--netmarket.jobs=", JOBS.toString()},
                {"--netmarket.inputs=", INPUTS.toString()}, {"--netmarket.outputs=", dir.resolve("outputs").toString()},
                {"--netmarket.pii-key-file=", dir.resolve("pii.key").toString()}}) {
            if (all.stream().noneMatch(a -> a.startsWith(d[0]))) {
                all.add(d[0] + d[1]);
            }
        }
        return all.toArray(String[]::new);
    }

    private Launcher.Result launch(String... args) throws Exception {
        return Launcher.run(dir, with(args));
    }

    // ---- arguments, checked before anything starts ----

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Integer beforeStore(String... args) {
        return Application.beforeStore(with(args), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aPeriodThatIsNotAMonthOrOutsideTheDataExits2NamingTheRange() {
        for (String period : List.of("2025-13", "2025-6", "abc", "1900-01", "2099-12", "2021-12", java.time.YearMonth.now().toString())) {
            err.reset();
            assertThat(beforeStore("load", "--period=" + period)).as(period).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(period).contains("--period", "「" + period + "」", "2022-01", "本次未做任何操作",
                    "Nothing was done").doesNotContain("Exception", "\tat ");
        }
        assertThat(store().getParent()).doesNotExist();
    }

    @Test
    void anUnknownRegionIsNamedAndARegionCanBeGivenByName() {
        assertThat(beforeStore("score", "--period=2025-06", "--region=350400,三明市,999999,东营")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("999999", "东营").doesNotContain("350400、", "三明市、");
        err.reset();
        assertThat(beforeStore("score", "--period=2025-06", "--region=350400,东营区")).isNull();
    }

    @Test
    void anUnknownRubricIsNamedWithTheOnesThatExist() {
        assertThat(beforeStore("score", "--period=2025-06", "--rubric=shandng")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("shandng", "national", "shandong");
    }

    @Test
    void aMisspeltOptionOrCommandIsNamedWithTheNearestRightOne() {
        assertThat(beforeStore("load", "--perod=2025-06")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--perod", "--period");
        err.reset();
        assertThat(beforeStore("scroe", "--period=2025-06")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("scroe", "score");
    }

    @Test
    void aMissingInputsFolderExits2InsteadOfAnEmptyRun() {
        assertThat(beforeStore("load", "--period=2025-06", "--netmarket.inputs=" + dir.resolve("nowhere"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("输入目录", dir.resolve("nowhere").toString(), "does not exist");
        assertThat(store().getParent()).doesNotExist();
    }

    @Test
    void aSnapshotIdThatIsNotANumberExits2() {
        assertThat(beforeStore("diff", "--from=1", "--to=abc")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--to", "abc", "history");
    }

    @Test
    void aYamlSyntaxErrorNamesTheFileAndLineAndExits2() throws IOException {
        Path jobs = copyOfJobs();
        Path f = jobs.resolve("stats_retail.yml");
        Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replaceFirst("\nheader:", "\nheader: [unclosed"), StandardCharsets.UTF_8);

        assertThat(beforeStore("load", "--period=2025-06", "--netmarket.jobs=" + jobs)).isEqualTo(2);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).contains("stats_retail.yml", "第").doesNotContain("\tat ", "Exception:");
        assertThat(store().getParent()).doesNotExist();
    }

    @Test
    void helpAnswersWithoutStartingTheApplicationOrTouchingAStore() throws Exception {
        Launcher.Result r = Launcher.run(dir, "help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("用法 Usage", "退出码 Exit codes");
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(r.showsStackTrace()).as(r.terminal()).isFalse();
    }

    // ---- definitions: a misspelt key stops everything, nothing scored or published ----

    @Test
    void aMisspeltKeyInADefinitionStopsTheRunBeforeAnythingIsScoredOrPublished() throws Exception {
        Path jobs = copyOfJobs();
        Path f = jobs.resolve("stats_retail.yml");
        Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replace("\nheader:", "\nheaer:"), StandardCharsets.UTF_8);

        Launcher.Result r = launch("load", "--period=2025-06", "--netmarket.jobs=" + jobs);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("stats_retail.yml", "heaer", "header", "nothing was done");
        assertThat(r.showsStackTrace()).as(r.terminal()).isFalse();
        assertThat(store().getParent()).doesNotExist();
        assertThat(dir.resolve("outputs")).doesNotExist();
    }

    // ---- the store: busy, unknown snapshot, damaged ----

    @Test
    void anAnalystsSessionMakesTheRunWaitThenExit4NamingTheHolder() throws Exception {
        assertThat(launch("history").exit()).isZero();
        byte[] before = Files.readAllBytes(store());
        Process analyst = Launcher.holdReadOnly(store(), 60_000);
        try {
            Launcher.Result r = launch("load", "--period=2025-06", "--netmarket.busy-wait=2s");

            assertThat(r.exit()).isEqualTo(4);
            assertThat(r.out()).contains("等待其释放");
            assertThat(r.err()).contains("正被另一个程序占用", "进程 " + analyst.pid(), "PID " + analyst.pid(), "nothing was done", "-readonly");
            assertThat(r.showsStackTrace()).as(r.terminal()).isFalse();
            assertThat(Files.readAllBytes(store())).isEqualTo(before);
        } finally {
            analyst.destroyForcibly().waitFor();
        }
    }

    @Test
    void aRunWaitsForTheAnalystToLetGoAndThenLoads() throws Exception {
        assertThat(launch("history").exit()).isZero();
        Process analyst = Launcher.holdReadOnly(store(), 3_000);
        try {
            Launcher.Result r = launch("load", "--period=2025-06", "--netmarket.busy-wait=2m");

            assertThat(r.exit()).as(r.terminal()).isZero();
            assertThat(r.out()).contains("等待其释放", "本次运行汇总", "行数核对一致");
        } finally {
            analyst.destroyForcibly().waitFor();
        }
    }

    @Test
    void diffWithASnapshotThatDoesNotExistExits2() throws Exception {
        Launcher.Result r = launch("diff", "--from=1", "--to=999");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("999", "history").doesNotContain("快照 1 → 999");
        assertThat(r.showsStackTrace()).as(r.terminal()).isFalse();
    }

    @Test
    void aDamagedStoreIsNamedNeverOverwrittenAndItsLastGoodCopyOffered() throws Exception {
        Files.createDirectories(store().getParent());
        byte[] garbage = new byte[300_000];
        new Random(7).nextBytes(garbage);
        Files.write(store(), garbage);

        Launcher.Result r = launch("load", "--period=2025-06");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(store().toString(), "无法读取", "未做任何修改", store() + ".prev", "cannot be read");
        assertThat(r.showsStackTrace()).as(r.terminal()).isFalse();
        assertThat(Files.readAllBytes(store())).isEqualTo(garbage);
        assertThat(dir.resolve("outputs")).doesNotExist();
    }

    @Test
    void anEmptyStoreFileIsNamedAndLeftAsItIs() throws Exception {
        Files.createDirectories(store().getParent());
        Files.createFile(store());

        Launcher.Result r = launch("status", "--period=2025-06");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(store().toString(), "无法读取");
        assertThat(r.showsStackTrace()).as(r.terminal()).isFalse();
        assertThat(Files.size(store())).isZero();
    }

    @Test
    void eachRunThatWritesKeepsTheStoreAsItWasBeforeAsPrev() throws Exception {
        assertThat(launch("load", "--period=2025-06").exit()).isZero();
        assertThat(Path.of(store() + ".prev")).doesNotExist(); // a new store has nothing to keep
        long loads = count(store(), "SELECT count(*) FROM meta.load");

        assertThat(launch("score", "--period=2025-06").exit()).isZero();

        Path prev = Path.of(store() + ".prev");
        assertThat(prev).exists();
        assertThat(count(prev, "SELECT count(*) FROM meta.load")).isEqualTo(loads);
    }

    // ---- a full disk: a plain message, nothing lost, and the next run finishes the job ----

    @Test
    void aFullDiskStopsTheRunWithAPlainMessageAndTheNextRunContinues() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        // 2 MB fills while the sample's files are committed (the store's log alone grows past it); at 3 MB the
        // last commits fit and only DuckDB's final checkpoint finds the disk full, which it leaves to the log
        assumeTrue(mount(small, "2m"), "skipped: mounting a 2 MB tmpfs to fill needs root (mount -t tmpfs); elsewhere this test cannot fill a disk");
        try {
            Path s = small.resolve("netmarket.duckdb");
            Launcher.Result full = launch("load", "--period=2025-06", "--netmarket.store=" + s, "--netmarket.backup=false");

            assertThat(full.exit()).isEqualTo(1);
            assertThat(full.err()).contains("磁盘空间不足", "再次运行同一命令", "disk is full");
            assertThat(full.err()).doesNotContain("should not be restarted", "Manual intervention");
            assertThat(full.showsStackTrace()).as(full.terminal()).isFalse();

            assertThat(exec("mount", "-o", "remount,size=80m", small.toString())).isTrue();
            Launcher.Result again = launch("load", "--period=2025-06", "--netmarket.store=" + s, "--netmarket.backup=false");

            assertThat(again.exit()).as(again.terminal()).isZero();
            assertThat(count(s, "SELECT count(*) FROM meta.load WHERE status = 'loaded'")).isEqualTo(27);
            assertThat(count(s, "SELECT count(*) FROM meta.load_reconciliation WHERE NOT reconciles")).isZero();
        } finally {
            exec("umount", small.toString());
        }
    }

    // ---- what is published, and what the terminal shows ----

    @Test
    void exportsAreReadableByOtherUsersAndTheStoreAndKeyByItsOwnerOnly() throws Exception {
        assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "skipped: no POSIX permissions here");
        assertThat(launch("load", "--period=2025-06").exit()).isZero();

        try (Stream<Path> all = Files.walk(dir.resolve("outputs"))) {
            for (Path p : all.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                        .isEqualTo(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--");
            }
        }
        for (Path p : List.of(store(), Path.of(store() + ".log"), dir.resolve("pii.key"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void aFileNameWithANewlineCannotForgeASummaryRow() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs/统计局"));
        Files.copy(INPUTS.resolve("基准数据/全国及省级公开数据.csv"), Files.createDirectories(dir.resolve("inputs/基准数据")).resolve("全国及省级公开数据.csv"));
        Files.writeString(inputs.resolve("说明\n已加载          999      999        0        0  伪造的文件.txt"), "x");

        Launcher.Result r = launch("load", "--period=2025-06", "--netmarket.inputs=" + dir.resolve("inputs"));

        assertThat(r.out().lines().filter(l -> l.contains("伪造的文件"))).hasSize(1)
                .allSatisfy(l -> assertThat(l).contains("说明\\n已加载").doesNotStartWith("已加载"));
    }

    private Path copyOfJobs() throws IOException {
        Path copy = dir.resolve("jobs");
        try (Stream<Path> all = Files.walk(JOBS)) {
            for (Path p : all.toList()) {
                Path to = copy.resolve(JOBS.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return copy;
    }

    private static long count(Path db, String sql) throws Exception {
        java.util.Properties ro = new java.util.Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, ro); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean mount(Path at, String size) {
        return exec("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString());
    }

    private static boolean exec(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
