package netmarket.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import netmarket.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

/** The one-shot command as the data office runs it: exit codes, summary, and a store left free for analysts. */
class CommandLineTest {

    @TempDir
    Path dir;

    private int run(String... args) {
        return SpringApplication.exit(SpringApplication.run(Application.class, args));
    }

    /** The command's arguments plus the test's own store, inputs, outputs and key (an argument given wins). */
    private String[] paths(String... more) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(more));
        java.util.Map<String, String> defaults = java.util.Map.of(
                "--netmarket.store=", dir.resolve("store/netmarket.duckdb").toString(),
                "--netmarket.inputs=", "inputs",
                "--netmarket.outputs=", dir.resolve("outputs").toString(),
                "--netmarket.pii-key-file=", dir.resolve("pii.key").toString());
        defaults.forEach((option, value) -> {
            if (all.stream().noneMatch(a -> a.startsWith(option))) {
                all.add(option + value);
            }
        });
        return all.toArray(String[]::new);
    }

    @Test
    void afterALoadTheStoreOpensReadOnlyFromAnotherProcess() throws Exception {
        int exit = run(paths("load", "--period=2025-06"));

        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReadOnlyProbe.class.getName(),
                dir.resolve("store/netmarket.duckdb").toString(), "SELECT count(*) FROM fact.metric_value")
                .redirectErrorStream(true).start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(exit).isZero();
        assertThat(probe.exitValue()).as(out).isZero();
        assertThat(Long.parseLong(out.lines().reduce((a, b) -> b).orElseThrow())).isPositive();
    }

    @Test
    void theRunEndsWithASummaryInChinese() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run(paths("load", "--period=2025-06"));
        } finally {
            System.setOut(original);
        }
        String summary = captured.toString(StandardCharsets.UTF_8);

        assertThat(summary).contains("本次运行汇总", "读取行", "加载行", "拒绝行", "跳过行", "行数核对一致")
                .contains("统计局/三明市社会消费品零售总额和网上零售额_2024年1-12月.xlsx");
    }

    @Test
    void theScoreCommandScoresTheRegionsNamedForThePeriodAsked() {
        run(paths("load", "--period=2025-06"));
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = run(paths("score", "--period=2024-12", "--region=350400"));
        } finally {
            System.setOut(original);
        }

        assertThat(exit).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("评分快照 三明市", "2024-12 第 1 版（新）").doesNotContain("东营区");
    }

    @Test
    void noPersonalIdOrPhoneNumberAppearsInClearInTheLogsOrTheOutputs() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            run(paths("load", "--period=2025-06", "--netmarket.outputs=" + dir.resolve("outputs")));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        java.util.List<String> secrets = netmarket.samples.PersonalData.inFiles(Path.of("inputs"));
        StringBuilder everything = new StringBuilder(captured.toString(StandardCharsets.UTF_8));
        try (var files = Files.walk(dir.resolve("outputs"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.toString().endsWith(".xlsx")) {
                    try (var zip = new java.util.zip.ZipFile(f.toFile())) {
                        for (var e : java.util.Collections.list(zip.entries())) {
                            everything.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                } else {
                    everything.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                }
            }
        }

        assertThat(secrets).hasSizeGreaterThan(100);
        assertThat(everything.length()).isGreaterThan(10_000);
        for (String secret : secrets) {
            assertThat(everything.indexOf(secret)).as("found in logs or outputs").isNegative();
        }
    }

    @Test
    void aBrokenFileIsReportedAndTheRestOfTheRunGoesOn() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("mixed/邮政管理局"));
        Files.copy(Path.of("inputs/邮政管理局/快递业务量_2021-2025年.csv"), inputs.resolve("快递业务量_2021-2025年.csv"));
        Files.write(dir.resolve("mixed/邮政管理局/快递业务量_损坏.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = run(paths("load", "--period=2025-06", "--netmarket.inputs=" + dir.resolve("mixed")));
        } finally {
            System.setOut(original);
        }

        assertThat(exit).isEqualTo(3);
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("已加载", "邮政管理局/快递业务量_2021-2025年.csv")
                .contains("失败", "邮政管理局/快递业务量_损坏.xlsx", "原因");
    }

    @Test
    void anUnknownCommandExitsWithTwo() {
        assertThat(run(paths("frobnicate"))).isEqualTo(2);
    }

    @Test
    void missingFeedsAreListedForThePeriod() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("only-baselines/基准数据"));
        Files.copy(Path.of("inputs/基准数据/全国及省级公开数据.csv"), inputs.resolve("全国及省级公开数据.csv"));
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run(paths("load", "--period=2025-06", "--netmarket.inputs=" + dir.resolve("only-baselines")));
        } finally {
            System.setOut(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("本期尚缺的数据源", "快递业务量（邮政管理局）：尚无数据");
    }

    @Test
    void aFileFittingNoneOfTheDefinitionsItsNameMatchesFailsAloneAndTheRunGoesOn() throws Exception {
        Path jobs = copyTree(Path.of("jobs"), dir.resolve("jobs"));
        Path inputs = copyTree(Path.of("inputs"), dir.resolve("inputs"));
        // a second agency's definition for the same file names, told apart by its header
        Files.writeString(jobs.resolve("other_complaints.yml"), """
                id: other_complaints
                name: 另一机构的投诉统计
                files: ["市场监管局/*12315*.xlsx"]
                header: {find: 地区, requires: [投诉举报总量]}
                region: {from: column, header: 地区}
                period: {from: title}
                values:
                  - {header: 投诉举报总量, metric: complaints_received, unit: 件}
                """, StandardCharsets.UTF_8);
        netmarket.samples.Workbooks wb = netmarket.samples.Workbooks.xlsx("表1");
        wb.row("2024年12315情况").row("地区", "其他数").row("三明市", 5);
        wb.write(inputs.resolve("市场监管局/12315其他情况_2024年.xlsx"));

        int exit = run(paths("run", "--period=2025-06", "--netmarket.jobs=" + jobs, "--netmarket.inputs=" + inputs));

        assertThat(exit).isEqualTo(3);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("store/netmarket.duckdb"));
                java.sql.Statement st = c.createStatement()) {
            java.sql.ResultSet failed = st.executeQuery("SELECT source_id, message FROM meta.load WHERE status = 'failed'");
            assertThat(failed.next()).isTrue();
            assertThat(failed.getString(1)).isEqualTo("other_complaints|samr_complaints_12315");
            assertThat(failed.getString(2)).contains("表头不符合其中任何一个", "other_complaints", "samr_complaints_12315", "投诉举报总量");
            assertThat(failed.next()).isFalse();
            java.sql.ResultSet routed = st.executeQuery("SELECT source_id FROM meta.load WHERE file_name = '市场监管局/12315网络消费投诉处理情况_2024年.xlsx'");
            assertThat(routed.next()).isTrue();
            assertThat(routed.getString(1)).isEqualTo("samr_complaints_12315");
            java.sql.ResultSet scores = st.executeQuery("SELECT string_agg(region_code || '=' || total_points::VARCHAR, ',' ORDER BY region_code) FROM score.snapshot");
            scores.next();
            assertThat(scores.getString(1)).isEqualTo("350400=76.50,370502=93.50");
        }
    }

    @Test
    void aRunWithAnotherPersonalDataKeyIsRefusedBeforeLoadingAnything() throws Exception {
        Path inputs = copyTree(Path.of("inputs"), dir.resolve("inputs"));
        assertThat(run(paths("run", "--period=2025-06", "--netmarket.inputs=" + inputs))).isZero();
        // next month's register arrives, and the key file was lost: a new one would be created
        java.util.List<String> register = Files.readAllLines(inputs.resolve("市场监管局/网络交易经营者名录_东营区_2025-06-30.csv"));
        Files.write(inputs.resolve("市场监管局/网络交易经营者名录_东营区_2025-07-31.csv"), register.subList(0, 200));
        long loadsBefore = count("SELECT count(*) FROM meta.load");

        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = run(paths("run", "--period=2025-07", "--netmarket.inputs=" + inputs,
                    "--netmarket.pii-key-file=" + dir.resolve("lost-and-recreated.key")));
        } finally {
            System.setErr(original);
        }

        assertThat(exit).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("个人信息哈希密钥与数据库记录的不一致", "lost-and-recreated.key",
                "NETMARKET_PII_KEY", "nothing was done");
        assertThat(count("SELECT count(*) FROM meta.load")).isEqualTo(loadsBefore);
        assertThat(count("SELECT count(*) FROM meta.pii_key")).isEqualTo(1);
    }

    @Test
    void scoringAsReleasedOnAnEarlierDateStoresNothingAndSaysWhatItUsed() throws Exception {
        assertThat(run(paths("run", "--period=2025-06"))).isZero();
        long snapshots = count("SELECT count(*) FROM score.snapshot");

        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            // before the registers' export date (2025-06-30): no operator is known yet
            exit = run(paths("score", "--period=2025-06", "--region=350400", "--as-released=2025-06-29"));
        } finally {
            System.setOut(original);
        }

        assertThat(exit).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("按 2025-06-29 时已发布的数据评分（未保存）三明市");
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("总分 76.5 /");
        assertThat(count("SELECT count(*) FROM score.snapshot")).isEqualTo(snapshots);
        assertThat(run(paths("score", "--period=2025-06", "--as-released=June"))).isEqualTo(2);
    }

    @Test
    void rekeyReHashesEveryPersonWithTheNewKeyAndCountsNoOneTwice() throws Exception {
        assertThat(run(paths("run", "--period=2025-06"))).isZero();
        long operators = count("SELECT count(DISTINCT operator_key) FROM fact.operator");
        long personsWithOldKey = count("SELECT count(DISTINCT operator_key) FROM fact.operator WHERE operator_key LIKE 'P%'");
        String someOldKeys;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("store/netmarket.duckdb"));
                java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                        "SELECT string_agg('''' || operator_key || '''', ',') FROM (SELECT DISTINCT operator_key FROM fact.operator "
                                + "WHERE operator_key LIKE 'P%' ORDER BY 1 LIMIT 20)")) {
            rs.next();
            someOldKeys = rs.getString(1);
        }
        Path newKey = Files.writeString(dir.resolve("new.key"), "a-new-key-for-personal-data-0123456789");
        Path wrongOld = Files.writeString(dir.resolve("wrong.key"), "not-the-key-this-store-was-built-with");

        assertThat(run(paths("rekey", "--old-key-file=" + wrongOld, "--netmarket.pii-key-file=" + newKey))).isEqualTo(2);
        int exit = run(paths("rekey", "--period=2025-06", "--old-key-file=" + dir.resolve("pii.key"), "--netmarket.pii-key-file=" + newKey));

        assertThat(exit).isZero();
        assertThat(personsWithOldKey).isPositive();
        assertThat(count("SELECT count(DISTINCT operator_key) FROM fact.operator")).as("the same people, once each").isEqualTo(operators);
        assertThat(count("SELECT count(*) FROM fact.operator WHERE operator_key IN (" + someOldKeys + ")")).as("no old-key hash left").isZero();
        assertThat(count("SELECT count(*) FROM meta.pii_key WHERE fingerprint = '"
                + netmarket.normalize.PiiProtector.fromExistingFile(newKey).fingerprint() + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM fact.operator o JOIN meta.load l USING (load_id) WHERE l.reload_requested")).isZero();
        assertThat(run(paths("run", "--period=2025-06"))).as("the old key is refused now").isEqualTo(2);
        assertThat(run(paths("run", "--period=2025-06", "--netmarket.pii-key-file=" + newKey))).isZero();
    }

    private long count(String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("store/netmarket.duckdb"));
                java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Path copyTree(Path from, Path to) throws java.io.IOException {
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
        return to;
    }
}
