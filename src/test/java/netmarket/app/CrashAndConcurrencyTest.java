package netmarket.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import netmarket.normalize.CreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes, really killed: a run stopped with SIGKILL in the middle of a load, of scoring
 * or of the exports is recovered by the next run on its own, which ends with exactly what one
 * uninterrupted run gives; a second run started while one is going stops at once, touching nothing.
 */
class CrashAndConcurrencyTest {

    static final int REGISTER_ROWS = 300_000;

    @TempDir
    Path dir;

    Path inputs;
    Path store;
    Path outputs;

    @BeforeEach
    void inputsWithALargeRegister() throws Exception {
        inputs = Files.createDirectories(dir.resolve("inputs"));
        store = dir.resolve("store/netmarket.duckdb");
        outputs = dir.resolve("outputs");
        for (String sample : List.of("专家评审/专家评估表_东营区_2025年.xlsx", "市场监管局/市场主体数量_2025年6月.xlsx", "基准数据/全国及省级公开数据.csv")) {
            Files.createDirectories(inputs.resolve(sample).getParent());
            Files.copy(Path.of("inputs").resolve(sample), inputs.resolve(sample));
        }
        Path register = Files.createDirectories(inputs.resolve("市场监管局")).resolve("网络交易经营者名录_东营区_2025-06-30.csv");
        try (Writer w = Files.newBufferedWriter(register, StandardCharsets.UTF_8)) {
            w.write("序号,统一社会信用代码/身份证号,经营者名称,所在平台,所在地区,成立日期,注销日期,经营状态,联系电话\n");
            String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
            for (int i = 0; i < REGISTER_ROWS; i++) {
                StringBuilder code = new StringBuilder("9137050");
                for (int n = i, k = 0; k < 10; k++, n /= 31) {
                    code.append(alphabet.charAt(n % 31));
                }
                code.append(CreditCode.checkCharacter(code.toString()));
                w.write(i + "," + code + ",测试网络科技有限公司" + i + ",淘宝,东营区,2019-0" + (1 + i % 9) + "-15,,存续,\n");
            }
        }
    }

    @Test
    void aRunKilledInTheMiddleOfALoadIsRecoveredByTheNextWithNothingTwice() throws Exception {
        Process first = start("load");
        waitFor(first, "已读");
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Run second = run("load");

        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).contains("被中断");
        assertOneCompleteLoad();
        assertThat(query("SELECT string_agg(STATUS, ',' ORDER BY JOB_EXECUTION_ID) FROM batch.BATCH_JOB_EXECUTION")).isEqualTo("FAILED,COMPLETED");
    }

    @Test
    void aRunKilledWhileScoringIsRecoveredAndScoresOnce() throws Exception {
        Process first = start("load");
        waitFor(first, "评分：");
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Run second = run("load");

        assertThat(second.exit()).as(second.output()).isZero();
        assertOneCompleteLoad();
        assertThat(query("SELECT count(*) || ' ' || max(version) FROM score.snapshot")).isEqualTo("1 1");
    }

    @Test
    void aRunKilledWhileExportingLeavesNoHalfFileUnderItsNameAndTheNextRunCompletesTheExports() throws Exception {
        Process first = start("load");
        waitFor(first, "已输出");
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertNoPartialFileUnderAFinalName();

        Run second = run("load");

        assertThat(second.exit()).as(second.output()).isZero();
        assertNoPartialFileUnderAFinalName();
        // four of the period's feeds only: the scorecard is provisional, in its v1-provisional folder
        Path folder = outputs.resolve("370502-东营区/shandong/2025-06/v1-provisional");
        for (String f : List.of("scorecard.xlsx", "scorecard.csv", "report.html")) {
            assertThat(folder.resolve(f)).isRegularFile();
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(folder.resolve("scorecard.xlsx")))) {
            assertThat(wb.getSheet("汇总")).isNotNull();
        }
        assertThat(outputs.resolve("parquet/latest/period=2025-06")).isDirectory();
    }

    @Test
    void aSecondRunWhileOneIsGoingStopsNamingItAndTouchingNothing() throws Exception {
        Process first = start("load");
        waitFor(first, "已读");
        long lockFileBefore = Files.getLastModifiedTime(netmarket.store.RunLock.lockFile(store)).toMillis();

        // no waiting here (the first run could finish meanwhile): OperatorMistakesTest covers the wait
        Run second = run("load", "--netmarket.busy-wait=0s");

        assertThat(second.exit()).as(second.output()).isEqualTo(4);
        assertThat(second.output()).contains("另一个运行，进程 " + first.pid(), "本次未做任何操作");
        assertThat(Files.getLastModifiedTime(netmarket.store.RunLock.lockFile(store)).toMillis()).isEqualTo(lockFileBefore);
        assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        assertOneCompleteLoad();
    }

    private void assertOneCompleteLoad() throws Exception {
        assertThat(query("SELECT count(*) FROM meta.load WHERE status = 'loaded'")).isEqualTo("4");
        assertThat(query("SELECT count(*) - count(DISTINCT content_sha256) FROM meta.load")).isEqualTo("0");
        assertThat(query("SELECT count(*) FROM fact.operator")).isEqualTo(String.valueOf(REGISTER_ROWS));
        Path staging = Path.of(store + ".staging");
        if (Files.isDirectory(staging)) {
            try (var left = Files.list(staging)) {
                assertThat(left.toList()).as("staged copies left behind").isEmpty();
            }
        }
        assertThat(query("SELECT count(DISTINCT row_number) FROM fact.operator")).isEqualTo(String.valueOf(REGISTER_ROWS));
        assertThat(query("SELECT count(*) FROM meta.load_reconciliation WHERE NOT reconciles")).isEqualTo("0");
    }

    private void assertNoPartialFileUnderAFinalName() throws IOException {
        if (!Files.exists(outputs)) {
            return;
        }
        try (Stream<Path> files = Files.walk(outputs)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.equals("scorecard.xlsx")) {
                    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(f))) {
                        assertThat(wb.getNumberOfSheets()).isEqualTo(2);
                    }
                } else if (name.equals("report.html")) {
                    assertThat(Files.readString(f)).endsWith("</html>\n");
                }
            }
        }
    }

    private String query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "netmarket.Application"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--period=2025-06", "--netmarket.store=" + store, "--netmarket.inputs=" + inputs,
                "--netmarket.outputs=" + outputs, "--netmarket.pii-key-file=" + dir.resolve("pii.key")));
        return cmd;
    }

    private final StringBuffer firstOutput = new StringBuffer();

    private Process start(String... args) throws IOException {
        Process p = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
        CompletableFuture.runAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    firstOutput.append(line).append('\n');
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        });
        return p;
    }

    private void waitFor(Process p, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (!firstOutput.toString().contains(text)) {
            assertThat(p.isAlive()).as("the run ended before \"" + text + "\": " + firstOutput).isTrue();
            assertThat(System.currentTimeMillis()).as("waiting for \"" + text + "\"").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    record Run(int exit, String output) {}

    private Run run(String... args) throws Exception {
        Process p = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }
}
