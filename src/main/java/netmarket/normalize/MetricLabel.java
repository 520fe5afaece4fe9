package netmarket.normalize;

import java.util.regex.Pattern;

/**
 * The metric name in a row label as statistical tables write it: "  其中：农村网络零售额（亿元）"
 * is 农村网络零售额. Indentation, "其中", list numbering ("1.", "（一）", "一、") and a trailing
 * parenthesis (the unit, read separately) are not part of the name.
 */
public final class MetricLabel {

    private static final Pattern LEADING = Pattern.compile(
            "^(?:其中\\s*[:：]?|[(（]?\\s*[一二三四五六七八九十\\d]{1,3}\\s*[)）.、．]|\\s|[-—•·])+");
    private static final Pattern TRAILING = Pattern.compile("(?:\\s*[(（][^()（）]*[)）]|\\s*[:：])+\\s*$");

    private MetricLabel() {}

    public static String name(String label) {
        return TRAILING.matcher(withoutLeading(label)).replaceFirst("").strip();
    }

    /**
     * The names a label may stand for, most literal first: "跨境电商交易额(发制品)" as written (a
     * name in the catalog may carry its parenthesis), then without it ("网上零售额（亿元）" is
     * 网上零售额, the parenthesis being its unit).
     */
    public static java.util.List<String> names(String label) {
        String whole = withoutLeading(label);
        String bare = name(label);
        return whole.equals(bare) ? java.util.List.of(bare) : java.util.List.of(whole, bare);
    }

    private static String withoutLeading(String label) {
        if (label == null) {
            return "";
        }
        String s = TextCleaner.halfWidth(label).strip();
        return LEADING.matcher(s).replaceFirst("").strip();
    }
}
