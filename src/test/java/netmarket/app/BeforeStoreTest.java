package netmarket.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import netmarket.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Definitions are checked before the store is opened: validate, preview, and a bad definition stopping a run. */
class BeforeStoreTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Integer run(String... args) {
        return Application.beforeStore(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path jobsWith(String file, String from, String to) throws IOException {
        Path jobs = dir.resolve("jobs");
        copy(Path.of("jobs"), jobs);
        Path f = jobs.resolve(file);
        String yaml = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(yaml).contains(from);
        Files.writeString(f, yaml.replace(from, to), StandardCharsets.UTF_8);
        return jobs;
    }

    @Test
    void validateSaysEveryDefinitionIsValid() {
        assertThat(run("validate")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("均有效", "are valid");
    }

    @Test
    void aMisspeltKeyStopsARunWithExitCode2BeforeTheStoreIsOpened() throws IOException {
        Path jobs = jobsWith("stats_retail.yml", "\nheader:", "\nheaer:");
        Path store = dir.resolve("store/netmarket.duckdb");

        Integer exit = run("run", "--period=2025-06", "--netmarket.jobs=" + jobs, "--netmarket.store=" + store);

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(2);
        assertThat(message).contains("未做任何操作", "nothing was done", "stats_retail.yml 第", "heaer", "header");
        assertThat(message).doesNotContain("Exception", "\tat ");
        assertThat(store.getParent()).doesNotExist();
    }

    @Test
    void validateListsEveryProblemAndExits2() throws IOException {
        Path jobs = jobsWith("postal_express.yml", "metric: express_volume\n    kind: level", "metric: express_volum\n    kind: level");

        assertThat(run("validate", "--netmarket.jobs=" + jobs)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("postal_express.yml 第", "express_volum", "express_volume");
    }

    @Test
    void aPeriodThatIsNotAMonthIsAWrongArgument() {
        for (String bad : java.util.List.of("2025-13", "2025-6", "abc", "1900-01", "2099-12")) {
            err.reset();
            assertThat(run("run", "--period=" + bad, "--netmarket.store=" + dir.resolve("s.duckdb"))).as(bad).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("--period", bad, "本次未做任何操作", "Nothing was done").doesNotContain("Exception");
        }
        assertThat(dir.resolve("s.duckdb")).doesNotExist();
        assertThat(run("run", "--period=2025-06", "--netmarket.store=" + dir.resolve("s.duckdb"))).isNull();
    }

    @Test
    void aMisspeltSettingIsRefusedNamingTheNearestOne() {
        Path store = dir.resolve("s.duckdb");

        assertThat(run("run", "--period=2025-06", "--netmarket.stroe=" + store)).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--netmarket.stroe", "--netmarket.store", "本次未做任何操作", "Nothing was done");
        assertThat(store).doesNotExist();
    }

    @Test
    void aMemoryLimitThatIsNotASizeIsAWrongArgument() {
        for (String bad : java.util.List.of("lots", "512", "-1GB")) {
            err.reset();
            assertThat(run("run", "--period=2025-06", "--netmarket.duckdb.memory-limit=" + bad, "--netmarket.store=" + dir.resolve("s.duckdb")))
                    .as(bad).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("--netmarket.duckdb.memory-limit", bad, "512MB");
        }
        err.reset();
        assertThat(run("run", "--period=2025-06", "--netmarket.duckdb.threads=two", "--netmarket.store=" + dir.resolve("s.duckdb"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--netmarket.duckdb.threads", "two");
    }

    @Test
    void helpAnswersAtOnceWithoutDefinitionsOrAStore() {
        assertThat(run("help", "--netmarket.jobs=" + dir.resolve("none"), "--netmarket.store=" + dir.resolve("s.duckdb"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("用法 Usage", "退出码 Exit codes");
        assertThat(dir.resolve("s.duckdb")).doesNotExist();
    }

    @Test
    void previewShowsTheDefinitionTheHeaderAndTheFactsWithoutWritingAStore() {
        Integer exit = run("preview", "inputs/统计局/三明市社会消费品零售总额和网上零售额_2024年1-12月.xlsx");

        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(shown).contains("stats_retail", "表头 Header", "社会消费品零售总额", "→ 地区 region", "将存储的数值",
                "网上零售额 | 三明市 | 2024年 | level", "跳过的行", "合计 / total", "未写入数据库");
    }

    @Test
    void previewOfAFileNoDefinitionMatchesExits3WithTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("某局/未知文件.csv".replace("/", "_")), "a,b\n1,2\n", StandardCharsets.UTF_8);

        assertThat(run("preview", file.toString())).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("没有数据源定义的 files 模式匹配此文件名");
    }

    @Test
    void previewOfABrokenWorkbookSaysSoWithoutATrace() throws IOException {
        byte[] good = Files.readAllBytes(Path.of("inputs/统计局/三明市社会消费品零售总额和网上零售额_2024年1-12月.xlsx"));
        Path broken = Files.createDirectories(dir.resolve("统计局")).resolve("三明市零售_2024年1-12月.xlsx");
        Files.write(broken, java.util.Arrays.copyOf(good, good.length / 2));

        Integer exit = run("preview", broken.toString());

        String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(3);
        assertThat(said).doesNotContain("Exception", "\tat ");
    }

    @Test
    void previewOfAMissingFileIsAWrongArgument() {
        assertThat(run("preview", dir.resolve("nothing.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("找不到文件");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
