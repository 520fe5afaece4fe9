package netmarket.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import netmarket.Application;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

/**
 * The one-shot command after a definition changed, and {@code reload --file=PATTERN}: what the
 * data office sees (summary, exit code) and what the store then holds. Two sample files only.
 */
class ReloadCommandTest {

    static final String STATS = "统计局/三明市社会消费品零售总额和网上零售额_2024年1-12月.xlsx";
    static final String POSTAL = "邮政管理局/快递业务量_2021-2025年.csv";

    @TempDir
    Path dir;

    Path store;

    /** What one run printed, and its exit code. */
    record Run(int exit, String out, String err) {}

    @BeforeEach
    void inputs() throws Exception {
        store = dir.resolve("store/netmarket.duckdb");
        for (String f : List.of(STATS, POSTAL)) {
            Files.createDirectories(dir.resolve("inputs").resolve(f).getParent());
            Files.copy(Path.of("inputs").resolve(f), dir.resolve("inputs").resolve(f));
        }
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--period=2025-06", "--netmarket.store=" + store, "--netmarket.inputs=" + dir.resolve("inputs"),
                "--netmarket.outputs=" + dir.resolve("outputs"), "--netmarket.pii-key-file=" + dir.resolve("pii.key")));
        if (all.stream().noneMatch(a -> a.startsWith("--netmarket.jobs="))) {
            all.add("--netmarket.jobs=jobs");
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SpringApplication.exit(SpringApplication.run(Application.class, all.toArray(String[]::new)));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private List<String> query(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? " " : "").append(rs.getObject(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private long loadId(String file) throws Exception {
        return Long.parseLong(query("SELECT load_id FROM meta.load WHERE status = 'loaded' AND file_name = '" + file + "'").get(0));
    }

    @Test
    void afterADefinitionIsEditedTheNextRunReloadsItsFilesAndTheSummarySaysSo() throws Exception {
        Path jobs = dir.resolve("jobs");
        try (Stream<Path> walk = Files.walk(Path.of("jobs"))) {
            for (Path p : walk.toList()) {
                Path target = jobs.resolve(Path.of("jobs").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        String jobsOption = "--netmarket.jobs=" + jobs;
        assertThat(run("run", jobsOption).exit()).isZero();
        long postal = loadId(POSTAL);
        long stats = loadId(STATS);
        String definition = Files.readString(jobs.resolve("postal_express.yml"), StandardCharsets.UTF_8);
        assertThat(definition).contains("synonyms: [增速]");
        Files.writeString(jobs.resolve("postal_express.yml"), definition.replace("synonyms: [增速]", "synonyms: [增速, 增长率]"),
                StandardCharsets.UTF_8);

        Run second = run("run", jobsOption);

        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("重新加载", POSTAL, "数据源定义已修改，重新加载（替换加载批次 " + postal + "）")
                .contains("已加载过").doesNotContain("替换加载批次 " + stats);
        assertThat(query("SELECT file_name, status, superseded_by IS NOT NULL FROM meta.load ORDER BY load_id")).containsExactlyInAnyOrder(
                POSTAL + " superseded true", STATS + " loaded false", POSTAL + " loaded false");
        assertThat(query("SELECT superseded_by FROM meta.load WHERE load_id = " + postal)).containsExactly(String.valueOf(loadId(POSTAL)));
        assertThat(query("SELECT count(*) FROM meta.load_reconciliation WHERE NOT reconciles")).containsExactly("0");

        Run third = run("run", jobsOption);

        assertThat(third.exit()).isZero();
        assertThat(third.out()).doesNotContain("数据源定义已修改");
        assertThat(query("SELECT count(*) FROM meta.load")).containsExactly("3");
    }

    @Test
    void reloadLoadsTheMatchingFilesAgainAndOnlyThem() throws Exception {
        assertThat(run("run").exit()).isZero();
        long stats = loadId(STATS);
        long postal = loadId(POSTAL);
        List<String> statsFacts = query("SELECT count(*) FROM fact.metric_value WHERE load_id = " + stats);
        List<String> allFacts = query("SELECT count(*) FROM fact.metric_value");

        Run reload = run("reload", "--file=统计局/*");

        assertThat(reload.exit()).isZero();
        assertThat(reload.out()).contains("将重新加载 1 个文件", STATS, "按 reload 命令重新加载（替换加载批次 " + stats + "）")
                .contains("本次运行汇总");
        long reloaded = loadId(STATS);
        assertThat(reloaded).isGreaterThan(stats);
        assertThat(loadId(POSTAL)).isEqualTo(postal);
        assertThat(query("SELECT status, superseded_by, reload_requested FROM meta.load WHERE load_id = " + stats))
                .containsExactly("superseded " + reloaded + " false");
        assertThat(query("SELECT count(*) FROM fact.metric_value WHERE load_id = " + stats)).containsExactly("0");
        assertThat(query("SELECT count(*) FROM fact.metric_value WHERE load_id = " + reloaded)).isEqualTo(statsFacts);
        assertThat(query("SELECT count(*) FROM fact.metric_value")).isEqualTo(allFacts);
        assertThat(query("SELECT count(*) FROM meta.load_reconciliation WHERE NOT reconciles")).containsExactly("0");

        Run after = run("run");

        assertThat(after.exit()).isZero();
        assertThat(after.out()).doesNotContain("按 reload 命令重新加载");
        assertThat(query("SELECT count(*) FROM meta.load")).containsExactly("3");
    }

    @Test
    void reloadWithAPatternThatMatchesNoLoadedFileExitsWithTwoAndDoesNothing() throws Exception {
        Run beforeAnyLoad = run("reload", "--file=统计局/*");

        assertThat(beforeAnyLoad.exit()).as("the file is there but was never loaded").isEqualTo(2);
        assertThat(beforeAnyLoad.err()).contains("没有与", "已加载文件", "No loaded file", "nothing was done");
        assertThat(query("SELECT count(*) FROM meta.load")).containsExactly("0");
        assertThat(run("run").exit()).isZero();

        Run otherAgency = run("reload", "--file=税务局/*");
        Run noPattern = run("reload");
        Run notAGlob = run("reload", "--file=统计局/[");

        assertThat(otherAgency.exit()).isEqualTo(2);
        assertThat(otherAgency.err()).contains("税务局/*", "nothing was done");
        assertThat(noPattern.exit()).isEqualTo(2);
        assertThat(noPattern.err()).contains("reload --file=");
        assertThat(notAGlob.exit()).isEqualTo(2);
        assertThat(query("SELECT count(*), count(*) FILTER (WHERE status = 'loaded' AND NOT reload_requested) FROM meta.load"))
                .containsExactly("2 2");
        assertThat(query("SELECT count(*) FROM batch.BATCH_JOB_EXECUTION")).as("no job was started").containsExactly("1");
    }
}
