package netmarket.source;

import java.util.ArrayList;
import java.util.List;
import netmarket.normalize.TextCleaner;

/**
 * How a column is recognised by its header text: "社会消费品零售总额 / 累计" matches a (possibly
 * merged, multi-row) header whose text contains both parts in that order. Synonyms are
 * alternatives. A part written "=text" must equal a whole header line.
 */
public record ColumnMatch(List<String> patterns) {

    public static ColumnMatch of(List<String> patterns) {
        return new ColumnMatch(List.copyOf(patterns));
    }

    public String describe() {
        return String.join(" 或 ", patterns);
    }

    /** Whether the header label (lines joined by "/") matches any pattern. */
    public boolean matches(String label) {
        String key = TextCleaner.key(label);
        List<String> lines = List.of(key.split("/"));
        for (String pattern : patterns) {
            if (matchesPattern(pattern, key, lines)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesPattern(String pattern, String key, List<String> lines) {
        if (pattern.strip().equals("*")) {
            return !key.isEmpty(); // any column with a header
        }
        List<String> parts = new ArrayList<>();
        for (String p : pattern.split("/")) {
            String k = TextCleaner.key(p);
            if (!k.isEmpty()) {
                parts.add(k);
            }
        }
        int from = 0;
        for (String part : parts) {
            if (part.startsWith("=")) {
                String whole = part.substring(1);
                if (!lines.contains(whole)) {
                    return false;
                }
                continue;
            }
            int at = key.indexOf(part, from);
            if (at < 0) {
                return false;
            }
            from = at + part.length();
        }
        return !parts.isEmpty();
    }
}
