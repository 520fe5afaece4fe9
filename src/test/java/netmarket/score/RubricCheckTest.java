package netmarket.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rubric with an unknown rule, an unknown key or points that do not add up is refused before anything runs. */
class RubricCheckTest {

    @TempDir
    Path dir;

    private Path copyOfNational(String from, String to) throws IOException {
        String yaml = Files.readString(Path.of("jobs/rubrics/national.yml"), StandardCharsets.UTF_8);
        assertThat(yaml).contains(from);
        return Files.writeString(dir.resolve("national.yml"), yaml.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }

    @Test
    void theShippedRubricsAreValid() {
        assertThat(RubricCheck.problems(Path.of("jobs/rubrics"))).isEmpty();
    }

    @Test
    void theRulesTheCheckKnowsAreExactlyTheRulesTheFamiliesScore() throws IOException {
        java.util.Set<String> scored = new java.util.TreeSet<>();
        java.util.regex.Pattern items = java.util.regex.Pattern.compile("score\\.rubric_items\\(p_rubric, \\[([^\\]]*)\\]\\)");
        try (var files = Files.newDirectoryStream(Path.of("sql/migration"), "R__scoring_rules_*.sql")) {
            for (Path family : files) {
                java.util.regex.Matcher m = items.matcher(Files.readString(family, StandardCharsets.UTF_8));
                assertThat(m.find()).as(family + " names the rules it scores").isTrue();
                for (String rule : m.group(1).split(",")) {
                    assertThat(scored.add(rule.strip().replace("'", ""))).as(rule + " scored by one family only").isTrue();
                }
            }
        }

        assertThat(scored).isEqualTo(new java.util.TreeSet<>(RubricCheck.RULES));
    }

    @Test
    void aProvinceAssignedToAMisspeltRubricIsNamedWithTheNearestRubric() throws IOException {
        copyOfNational("id: national", "id: national");
        Files.writeString(dir.resolve("province-rubrics.csv"), "province_code,rubric_id\n370000,nationa\n", StandardCharsets.UTF_8);

        assertThat(RubricCheck.problems(dir)).singleElement().asString().contains("province-rubrics.csv", "第 2 行", "nationa", "「national」");
    }

    @Test
    void aProvinceCodeThatIsNotAProvinceIsAnError() throws IOException {
        copyOfNational("id: national", "id: national");
        Files.writeString(dir.resolve("province-rubrics.csv"), "province_code,rubric_id\n370500,national\n", StandardCharsets.UTF_8);

        assertThat(RubricCheck.problems(dir)).singleElement().asString().contains("province-rubrics.csv", "370500");
    }

    @Test
    void aMisspeltRuleIsNamedWithTheNearestRule() throws IOException {
        copyOfNational("rule: training", "rule: trainin");

        assertThat(RubricCheck.problems(dir)).singleElement().asString().contains("national.yml", "trainin", "「training」");
    }

    @Test
    void anUnknownKeyInARubricIsAnError() throws IOException {
        copyOfNational("threshold_pct:", "treshold_pct:");

        assertThat(RubricCheck.problems(dir)).singleElement().asString().contains("national.yml", "treshold_pct", "threshold_pct");
    }

    @Test
    void itemsThatDoNotAddUpToTheirIndicatorAreAnError() throws IOException {
        copyOfNational("        points: 2\n        rule: growth_vs_baseline", "        points: 1.5\n        rule: growth_vs_baseline");

        assertThat(RubricCheck.problems(dir)).anySatisfy(p -> assertThat(p).contains("指标 1", "标注 2 分", "子项合计 1.5 分"));
    }

    @Test
    void aGroupWhoseIndicatorsExceedItsPointsMustSaySo() throws IOException {
        String yaml = Files.readString(Path.of("jobs/rubrics/shandong.yml"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("shandong.yml"), yaml.replaceFirst("\n    indicators_sum: 22[^\n]*", ""), StandardCharsets.UTF_8);

        assertThat(RubricCheck.problems(dir)).singleElement().asString().contains("优化服务", "标注 20 分", "合计 22 分", "indicators_sum: 22");
    }
}
