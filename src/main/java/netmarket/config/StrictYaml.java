package netmarket.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The one reader of every YAML file in jobs/: binds a file to records and refuses what it does not
 * know. An unknown key names its line and the nearest valid key ("heaer → header?"); a wrong type
 * names its line and what was expected. Nothing from a definition is silently ignored.
 */
public final class StrictYaml {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictYaml() {}

    /** Reads {@code file} into a {@code type}; a file that does not fit fails with where and why. */
    public static <T> T read(Path file, Class<T> type) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            T value = MAPPER.readValue(r, type);
            if (value == null) {
                throw new DefinitionException(file + ": 文件为空 / the file is empty");
            }
            return value;
        } catch (IOException e) {
            throw new DefinitionException(file + ": 无法读取（" + e.getMessage() + "）/ cannot be read");
        } catch (JacksonException e) {
            throw new DefinitionException(describe(file, e));
        }
    }

    static String describe(Path file, JacksonException e) {
        String where = file + lineOf(e.getLocation());
        String key = path(e.getPath());
        if (e instanceof PropertyBindingException p) {
            String unknown = p.getPropertyName();
            // records are built once all their keys are read, so the parser's position is past the key: find it in the text
            where = file + lineOfKey(file, unknown).orElse(lineOf(e.getLocation()));
            List<JacksonException.Reference> refs = e.getPath();
            key = path(refs.isEmpty() ? refs : refs.subList(0, refs.size() - 1));
            List<String> known = names(p.getKnownPropertyIds());
            String nearest = Nearest.of(unknown, known);
            return where + ": 未知的键「" + unknown + "」" + (key.isEmpty() ? "" : "（在 " + key + " 中）")
                    + (nearest != null ? "，是否应为「" + nearest + "」？" : "。") + "可用的键: " + String.join(", ", known)
                    + "\n  unknown key '" + unknown + "'" + (nearest != null ? " (did you mean '" + nearest + "'?)" : "");
        }
        if (e instanceof tools.jackson.databind.exc.MismatchedInputException || e instanceof tools.jackson.databind.DatabindException) {
            return where + ": 「" + (key.isEmpty() ? "(根)" : key) + "」的值类型不对（" + expected(e) + "）"
                    + "\n  wrong type at '" + key + "': " + firstLine(e.getOriginalMessage());
        }
        return where + ": 不是有效的 YAML（" + firstLine(e.getOriginalMessage()) + "）\n  not valid YAML";
    }

    private static String expected(JacksonException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.contains("Boolean") || m.contains("boolean")) {
            return "应为 true 或 false";
        }
        if (m.contains("Integer") || m.contains("int") || m.contains("Long")) {
            return "应为整数";
        }
        if (m.contains("BigDecimal") || m.contains("Number")) {
            return "应为数字";
        }
        if (m.contains("Map") || m.contains("from Array") || m.contains("START_ARRAY")) {
            return "应为键值对或单个值，不是列表";
        }
        if (m.contains("String") || m.contains("START_OBJECT")) {
            return "应为文字，不是键值对";
        }
        return firstLine(m);
    }

    private static java.util.Optional<String> lineOfKey(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            java.util.regex.Pattern p = java.util.regex.Pattern.compile("(^|[\\s{,-])\"?" + java.util.regex.Pattern.quote(key) + "\"?\\s*:");
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                int hash = l.indexOf(" #");
                if (p.matcher(hash >= 0 ? l.substring(0, hash) : l).find()) {
                    return java.util.Optional.of(" 第 " + (i + 1) + " 行");
                }
            }
        } catch (IOException | RuntimeException e) {
            // the position from the parser is used instead
        }
        return java.util.Optional.empty();
    }

    private static String lineOf(TokenStreamLocation loc) {
        return loc == null || loc.getLineNr() <= 0 ? "" : " 第 " + loc.getLineNr() + " 行";
    }

    private static String path(List<JacksonException.Reference> refs) {
        return refs.stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + (r.getIndex() + 1) + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static List<String> names(Collection<Object> ids) {
        return ids == null ? List.of() : ids.stream().map(String::valueOf).sorted().toList();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
