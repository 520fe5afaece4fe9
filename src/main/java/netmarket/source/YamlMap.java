package netmarket.source;

import java.util.List;
import java.util.Map;

/** Typed, checked access to one YAML mapping, with messages that name the file and the key. */
record YamlMap(String where, Map<String, Object> map) {

    @SuppressWarnings("unchecked")
    static YamlMap of(String where, Object o) {
        if (o == null) {
            return new YamlMap(where, Map.of());
        }
        if (!(o instanceof Map<?, ?>)) {
            throw new DefinitionException(where + " 应为键值对（key: value）");
        }
        return new YamlMap(where, (Map<String, Object>) o);
    }

    boolean has(String key) {
        return map.containsKey(key) && map.get(key) != null;
    }

    String string(String key) {
        Object v = map.get(key);
        return v == null ? null : String.valueOf(v);
    }

    String required(String key) {
        String v = string(key);
        if (v == null || v.isBlank()) {
            throw new DefinitionException(where + " 缺少必填项「" + key + "」");
        }
        return v;
    }

    int integer(String key, int defaultValue) {
        Object v = map.get(key);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(String.valueOf(v));
        } catch (NumberFormatException e) {
            throw new DefinitionException(where + " 的「" + key + "」应为整数，实为 " + v);
        }
    }

    boolean bool(String key, boolean defaultValue) {
        Object v = map.get(key);
        return v == null ? defaultValue : Boolean.parseBoolean(String.valueOf(v));
    }

    /** A list of strings; a single string is a list of one. */
    List<String> strings(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(v));
    }

    YamlMap child(String key) {
        return of(where + "." + key, map.get(key));
    }

    List<YamlMap> children(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw new DefinitionException(where + "." + key + " 应为列表");
        }
        return java.util.stream.IntStream.range(0, l.size())
                .mapToObj(i -> of(where + "." + key + "[" + (i + 1) + "]", l.get(i)))
                .toList();
    }
}
