package netmarket.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistake in a definition is an error at once, naming file, line and key, never a silently wrong load. */
class StrictDefinitionsTest {

    private static final Path REFERENCE = Path.of("jobs/reference");

    @TempDir
    Path jobs;

    private static final String POSTAL = """
            id: postal
            name: 快递业务量
            files: ["邮政管理局/*快递*.csv"]
            header:
              find: 地区
            region: {from: column, header: 地区}
            period: {from: column, header: 时期}
            values:
              - header: 快递业务量
                metric: express_volume
            """;

    private List<String> problemsOf(String yaml) throws IOException {
        Files.writeString(jobs.resolve("feed.yml"), yaml, StandardCharsets.UTF_8);
        return SourceDefinitions.problems(jobs, REFERENCE);
    }

    @Test
    void theShippedDefinitionsAreAllValid() {
        assertThat(SourceDefinitions.problems(Path.of("jobs"), REFERENCE)).isEmpty();
    }

    @Test
    void aMisspeltKeyIsNamedWithItsLineAndTheNearestValidKey() throws IOException {
        List<String> problems = problemsOf(POSTAL.replace("header:\n  find", "heaer:\n  find"));

        assertThat(problems).singleElement().asString()
                .contains("feed.yml 第 4 行", "未知的键「heaer」", "是否应为「header」", "did you mean 'header'");
    }

    @Test
    void aMisspeltKeyInsideAValueColumnNamesWhereItIs() throws IOException {
        List<String> problems = problemsOf(POSTAL.replace("    metric: express_volume", "    metirc: express_volume"));

        assertThat(problems).singleElement().asString().contains("第 10 行", "「metirc」", "values[1]", "「metric」");
    }

    @Test
    void aWrongTypeNamesTheKeyAndWhatWasExpected() throws IOException {
        List<String> problems = problemsOf(POSTAL.replace("  find: 地区", "  find: 地区\n  rows: two"));

        assertThat(problems).singleElement().asString().contains("feed.yml", "header.rows", "应为整数");
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() throws IOException {
        List<String> problems = problemsOf(POSTAL.replace("region: {from: column, header: 地区}", "region: {from: column, header: 地区"));

        assertThat(problems).singleElement().asString().contains("feed.yml 第", "不是有效的 YAML");
    }

    @Test
    void anUnknownFrequencyIsRefusedNamingTheChoices() throws IOException {
        List<String> problems = problemsOf(POSTAL + "frequency: quarterly\n");

        assertThat(problems).singleElement().asString().contains("frequency", "quarterly", "monthly", "annual", "once");
    }

    @Test
    void aFeedWithoutFrequencyIsMonthly() throws IOException {
        Files.writeString(jobs.resolve("feed.yml"), POSTAL, StandardCharsets.UTF_8);

        assertThat(SourceDefinitions.load(jobs, REFERENCE).all()).extracting(SourceDefinition::frequency).containsExactly(Frequency.MONTHLY);
    }

    @Test
    void aKeyGivenTwiceIsAnError() throws IOException {
        List<String> problems = problemsOf(POSTAL + "name: 又一个名称\n");

        assertThat(problems).singleElement().asString().contains("feed.yml", "name");
    }

    @Test
    void anUnknownMetricIdSuggestsTheNearestOne() throws IOException {
        List<String> problems = problemsOf(POSTAL.replace("metric: express_volume", "metric: express_volum"));

        assertThat(problems).singleElement().asString()
                .contains("feed.yml 第 10 行", "values[1].metric", "不在指标目录", "express_volume");
    }

    @Test
    void anUnknownValueKindIsAnError() throws IOException {
        List<String> problems = problemsOf(POSTAL + "    kind: growth\n");

        assertThat(problems).singleElement().asString().contains("values[1].kind", "growth", "official_growth_pct");
    }

    @Test
    void aFieldTheTargetDoesNotHaveIsAnErrorWithTheNearestField() throws IOException {
        List<String> problems = problemsOf("""
                id: register
                name: 名录
                files: ["*.csv"]
                target: operator
                fields:
                  operator_id: {header: 统一社会信用代码}
                  region_code: {header: 地区}
                  establised_on: {header: 成立日期}
                  as_of_date: {from: title}
                """);

        assertThat(problems).singleElement().asString()
                .contains("第 8 行", "fields.establised_on", "不是 operator 的字段", "established_on");
    }

    @Test
    void aFieldOfATypeItCannotHoldIsAnError() throws IOException {
        List<String> problems = problemsOf("""
                id: register
                name: 名录
                files: ["*.csv"]
                target: operator
                fields:
                  operator_id: {header: 统一社会信用代码}
                  region_code: {header: 地区}
                  established_on: {header: 成立日期, type: text}
                  as_of_date: {from: title}
                """);

        assertThat(problems).singleElement().asString().contains("fields.established_on.type", "text", "[date]");
    }

    @Test
    void aRequiredFieldOfTheTargetMissingIsAnError() throws IOException {
        List<String> problems = problemsOf("""
                id: register
                name: 名录
                files: ["*.csv"]
                target: operator
                fields:
                  operator_id: {header: 统一社会信用代码}
                  region_code: {header: 地区}
                """);

        assertThat(problems).singleElement().asString().contains("as_of_date", "缺少");
    }

    @Test
    void aConstantOfTheWrongTypeIsAnError() throws IOException {
        List<String> problems = problemsOf(TRAINING + "constants: {trained: \"yes\"}\n");

        assertThat(problems).singleElement().asString().contains("constants.trained", "true 或 false");
    }

    @Test
    void aBooleanConstantIsStoredAsABoolean() throws IOException {
        Files.writeString(jobs.resolve("feed.yml"), TRAINING + "constants: {trained: true}\n", StandardCharsets.UTF_8);

        SourceDefinition def = SourceDefinitions.load(jobs, REFERENCE).byId("training").orElseThrow();

        assertThat(def.constants()).containsEntry("trained", Boolean.TRUE);
    }

    @Test
    void aRegionConstantIsStoredAsItsCode() throws IOException {
        Files.writeString(jobs.resolve("feed.yml"), TRAINING.replace("  region_code: {header: 所在地区}\n", "")
                + "constants: {region_code: 三明市}\n", StandardCharsets.UTF_8);

        SourceDefinition def = SourceDefinitions.load(jobs, REFERENCE).byId("training").orElseThrow();

        assertThat(def.constants()).containsEntry("region_code", "350400");
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() throws IOException {
        Files.writeString(jobs.resolve("a.yml"), POSTAL.replace("metric: express_volume", "metric: nope"), StandardCharsets.UTF_8);
        Files.writeString(jobs.resolve("b.yml"), POSTAL.replace("id: postal", "id: postal2").replace("header:\n", "heaer:\n"),
                StandardCharsets.UTF_8);

        assertThat(SourceDefinitions.problems(jobs, REFERENCE)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("a.yml", "nope"))
                .anySatisfy(p -> assertThat(p).contains("b.yml", "heaer"));
    }

    @Test
    void twoDefinitionsWithTheSameIdAreAnError() throws IOException {
        Files.writeString(jobs.resolve("a.yml"), POSTAL, StandardCharsets.UTF_8);
        Files.writeString(jobs.resolve("b.yml"), POSTAL, StandardCharsets.UTF_8);

        assertThat(SourceDefinitions.problems(jobs, REFERENCE)).singleElement().asString().contains("b.yml", "postal", "a.yml");
    }

    @Test
    void theDefinitionHashIgnoresCommentsButNotContent() throws IOException {
        Files.writeString(jobs.resolve("feed.yml"), POSTAL, StandardCharsets.UTF_8);
        String plain = SourceDefinitions.load(jobs, REFERENCE).all().get(0).definitionSha256();
        Files.writeString(jobs.resolve("feed.yml"), "# 注释\n" + POSTAL, StandardCharsets.UTF_8);
        String commented = SourceDefinitions.load(jobs, REFERENCE).all().get(0).definitionSha256();
        Files.writeString(jobs.resolve("feed.yml"), POSTAL.replace("find: 地区", "find: 区域"), StandardCharsets.UTF_8);
        String changed = SourceDefinitions.load(jobs, REFERENCE).all().get(0).definitionSha256();

        assertThat(commented).isEqualTo(plain);
        assertThat(changed).isNotEqualTo(plain);
    }

    @Test
    void aLongSheetWithoutALabelColumnIsAnError() throws IOException {
        List<String> problems = problemsOf(POSTAL.replace("values:\n  - header: 快递业务量\n    metric: express_volume\n",
                "fields:\n  value: {header: 数值}\n"));

        assertThat(problems).singleElement().asString().contains("fields.metric", "长表");
    }

    @Test
    void aKindMapMustNameKnownKinds() throws IOException {
        List<String> problems = problemsOf(POSTAL.replace("values:\n  - header: 快递业务量\n    metric: express_volume\n",
                "fields:\n  metric: {header: 指标}\n  value: {header: 数值}\n  kind: {header: 类型, map: {增幅: growth}}\n"));

        assertThat(problems).singleElement().asString().contains("fields.kind.map", "growth", "official_growth_pct");
    }

    private static final String TRAINING = """
            id: training
            name: 培训台账
            files: ["*.xlsx"]
            target: staff_training
            period: {from: title}
            fields:
              name_masked: {header: 姓名, type: person_name}
              region_code: {header: 所在地区}
              hours: {header: 学时, required: false}
              training_year: {from: title, type: year}
            """;
}
