package netmarket.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Layouts are data: no header word a fixture's definition matches on (地区, 网上零售额, 快递业务量,
 * 统一社会信用代码, 销售额, …) may appear as a word of its own in a string literal of src/main/java.
 * Comments are not code and are not read. A literal counts when its Chinese text is made only of
 * such words: "地区" or "(网上零售额|快递业务量)" would, "未知地区「" or "表头中没有「" (messages) do not.
 */
class NoFeedSpecificJavaTest {

    private static final Path MAIN = Path.of("src/main/java");

    /**
     * Where such a word may stand today, and why it is not feed-specific (path prefix and word).
     * A new occurrence anywhere else fails. (The kind column's vocabulary, 绝对值, 同比增长…, is data:
     * value_kinds in jobs/reference/metrics.yml.)
     */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("netmarket/load/MetricRows.java:单位", "reject reasons quoting a unit: \"单位「…」不在单位表\""),
            Map.entry("netmarket/load/FieldValues.java:单位", "reject reasons quoting a unit: \"单位「…」不在单位表\""),
            Map.entry("netmarket/load/RowCells.java:年份", "the prefix of a reject reason for a bad year cell"),
            Map.entry("netmarket/load/FieldValues.java:年度", "year grammar: \"2024年度\" is 2024 in any year cell"),
            Map.entry("netmarket/load/SheetLayout.java:年份", "a problem message naming what a column header lacks"),
            Map.entry("netmarket/normalize/MetricCatalog.java:指标", "a reject reason: \"指标「…」不在指标目录\""),
            Map.entry("netmarket/normalize/Period.java:年度", "period grammar: 全年/年度 in a period cell mean the whole year"),
            Map.entry("netmarket/normalize/UnitTable.java:单位", "the unit syntax every feed uses: \"单位：亿元\""),
            Map.entry("netmarket/load/Preview.java:地区", "labels of what preview prints, not read from a feed"),
            Map.entry("netmarket/load/Preview.java:年份", "labels of what preview prints, not read from a feed"),
            Map.entry("netmarket/load/Preview.java:数值", "labels of what preview prints, not read from a feed"),
            Map.entry("netmarket/load/Preview.java:单位", "labels of what preview prints, not read from a feed"),
            Map.entry("netmarket/score/RubricCheck.java:指标", "messages naming a rubric's indicator, not read from a feed"),
            Map.entry("netmarket/score/RubricCheck.java:子项", "messages naming a rubric's sub-item, not read from a feed"),
            Map.entry("netmarket/publish/:得分", "column labels of the scorecards written to outputs/, not read from a feed"),
            Map.entry("netmarket/publish/:数值", "column labels of the scorecards written to outputs/, not read from a feed"),
            Map.entry("netmarket/publish/:统计期", "labels of the HTML report written to outputs/, not read from a feed"));

    @Test
    void noHeaderWordOfTheCorpusIsAStringLiteralInMainCode() throws IOException {
        Set<String> words = headerWords();
        assertThat(words).as("header words collected from the corpus definitions")
                .contains("地区", "网上零售额", "快递业务量", "统一社会信用代码", "销售额", "姓名", "年份", "指标");

        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = MAIN.relativize(file).toString().replace('\\', '/');
                for (String literal : JavaLiterals.strings(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (isKey(literal, words) && !allowed(relative, literal)) {
                        found.add(relative + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("feed-specific words in Java string literals (put them in a jobs/*.yml definition)").isEmpty();
    }

    @Test
    void theScanFlagsAHeaderWordAsALiteralButNotInACommentOrInsideAMessage() throws IOException {
        String code = """
                class X {
                    // "地区" in a comment
                    /* "快递业务量" in a block comment */
                    String a = "地区";
                    String b = "未知地区「";
                    String c = "(网上零售额|快递业务量)";
                    char d = '"';
                    String e = "\\"统一社会信用代码\\"";
                    String f = "表头中没有「" + "销售额" + "」";
                }
                """;
        Set<String> words = headerWords();

        assertThat(JavaLiterals.strings(code).stream().filter(l -> isKey(l, words)).toList())
                .containsExactly("地区", "(网上零售额|快递业务量)", "\"统一社会信用代码\"", "销售额");
    }

    private static boolean allowed(String relative, String literal) {
        for (String run : chineseRuns(literal)) {
            boolean ok = ALLOWED.keySet().stream().anyMatch(k -> {
                int colon = k.lastIndexOf(':');
                return relative.startsWith(k.substring(0, colon)) && k.substring(colon + 1).equals(run);
            });
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a literal has the shape of feed-specific code: Chinese text made only of header words
     * ("地区", "(网上零售额|网络零售额)", "快递业务量（万件）"), as a comparison or a pattern would hold
     * it. A sentence around such a word ("未知地区「", "==== 数据到位情况（统计期 ") is a message.
     */
    static boolean isKey(String literal, Set<String> words) {
        List<String> runs = chineseRuns(literal);
        return !runs.isEmpty() && words.containsAll(runs);
    }

    /** Every header text the corpus definitions match on: header, synonyms, find, requires, year_header, parts split at "/". */
    static Set<String> headerWords() throws IOException {
        Set<String> words = new TreeSet<>(List.of("地区", "网上零售额", "快递业务量", "统一社会信用代码", "销售额"));
        try (Stream<Path> files = Files.list(LayoutCorpus.JOBS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    collect(new Yaml(new SafeConstructor(new LoaderOptions())).load(r), false, words);
                }
            }
        }
        return words;
    }

    private static void collect(Object node, boolean isHeader, Set<String> words) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> collect(v, Set.of("header", "synonyms", "find", "requires", "year_header").contains(String.valueOf(k))
                    || (isHeader && k == null), words));
        } else if (node instanceof List<?> l) {
            l.forEach(x -> collect(x, isHeader, words));
        } else if (isHeader && node instanceof String s) {
            for (String part : s.split("/")) {
                String w = part.strip().replaceFirst("^=", "").strip();
                if (!chineseRuns(w).isEmpty()) {
                    words.addAll(chineseRuns(w));
                }
            }
        }
    }

    /** The maximal runs of Chinese characters in a text. */
    static List<String> chineseRuns(String s) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                run.appendCodePoint(cp);
            } else if (run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
        });
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs;
    }

    /** A small Java lexer: the string literals (text blocks included) of a source file, comments and char literals passed over. */
    static final class JavaLiterals {
        private JavaLiterals() {}

        static List<String> strings(String src) {
            List<String> out = new ArrayList<>();
            int i = 0;
            int n = src.length();
            while (i < n) {
                char c = src.charAt(i);
                if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                    i = src.indexOf('\n', i);
                    i = i < 0 ? n : i;
                } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                    int end = src.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                } else if (c == '\'') {
                    i = skipQuoted(src, i + 1, '\'', null);
                } else if (src.startsWith("\"\"\"", i)) {
                    int end = src.indexOf("\"\"\"", i + 3);
                    while (end > 0 && src.charAt(end - 1) == '\\') {
                        end = src.indexOf("\"\"\"", end + 1);
                    }
                    end = end < 0 ? n : end;
                    out.add(src.substring(i + 3, end));
                    i = Math.min(n, end + 3);
                } else if (c == '"') {
                    StringBuilder lit = new StringBuilder();
                    i = skipQuoted(src, i + 1, '"', lit);
                    out.add(lit.toString());
                } else {
                    i++;
                }
            }
            return out;
        }

        /** Reads up to the closing quote (escapes honoured), appending the text to {@code into}; returns the index after it. */
        private static int skipQuoted(String src, int i, char quote, StringBuilder into) {
            while (i < src.length()) {
                char c = src.charAt(i);
                if (c == '\\' && i + 1 < src.length()) {
                    if (into != null) {
                        into.append(src.charAt(i + 1));
                    }
                    i += 2;
                } else if (c == quote || c == '\n') {
                    return i + 1;
                } else {
                    if (into != null) {
                        into.append(c);
                    }
                    i++;
                }
            }
            return i;
        }
    }
}
