package netmarket.normalize;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Units to base units with exact factors (亿元 -> 元 x 100000000), from jobs/reference/units.csv. */
public final class UnitTable {

    /** A unit and what it converts to. */
    public record Unit(String name, String baseUnit, BigDecimal factor) {}

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private Pattern inText;

    public static UnitTable load(Path file) {
        UnitTable t = new UnitTable();
        for (Map<String, String> row : ReferenceCsv.read(file)) {
            t.units.put(row.get("unit"), new Unit(row.get("unit"), row.get("base_unit"), new BigDecimal(row.get("factor"))));
        }
        String alternatives = t.units.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElse("元");
        t.inText = Pattern.compile("单位\\s*[:：]\\s*(" + alternatives + ")|[(（]\\s*(?:单位\\s*[:：]\\s*)?(" + alternatives + ")\\s*[)）]");
        return t;
    }

    public java.util.Collection<Unit> all() {
        return units.values();
    }

    public Optional<Unit> get(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(units.get(TextCleaner.key(name)));
    }

    /** A unit written in a header or title: "单位：亿元", "（万件）", "(%)". */
    public Optional<Unit> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = inText.matcher(TextCleaner.halfWidth(text));
        if (!m.find()) {
            return Optional.empty();
        }
        return get(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
