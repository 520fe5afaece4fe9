package netmarket.normalize;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Metric identity as data (jobs/reference/metrics.yml): names and aliases, with the dates a
 * renamed series uses each name (网上零售额 became 网上商品和服务零售额 in 2026), look-alikes that
 * must not be read as a metric, and names that are out of scope.
 */
public final class MetricCatalog {

    private record Alias(Metric metric, YearMonth from, YearMonth until) {}

    /** How a name found in a file resolved. */
    public sealed interface Match permits Found, LookAlike, OutOfScope, Unknown {}

    public record Found(Metric metric) implements Match {}

    public record LookAlike(Metric of) implements Match {}

    public record OutOfScope() implements Match {}

    public record Unknown(String reason) implements Match {}

    private final Map<String, Metric> byId = new LinkedHashMap<>();
    private final Map<String, List<Alias>> byName = new HashMap<>();
    private final Map<String, Metric> lookAlikes = new HashMap<>();
    private final Set<String> outOfScope = new HashSet<>();
    private final Map<String, String> valueKinds = new HashMap<>();

    /** metrics.yml as written, bound strictly (an unknown key is an error naming its line). */
    private record File(List<MetricKeys> metrics, List<String> outOfScope, Map<String, String> valueKinds) {}

    private record MetricKeys(String id, String name, String unit, String agency, List<Object> aliases,
            @com.fasterxml.jackson.annotation.JsonProperty("not") List<String> not, String note) {}

    public static MetricCatalog load(Path file) {
        File root = netmarket.config.StrictYaml.read(file, File.class);
        MetricCatalog c = new MetricCatalog();
        for (MetricKeys m : root.metrics() == null ? List.<MetricKeys>of() : root.metrics()) {
            if (m.id() == null || m.name() == null || m.unit() == null) {
                throw new netmarket.config.DefinitionException(file + ": 指标 " + m.id() + " 缺少 id、name 或 unit / id, name and unit are required");
            }
            Metric metric = new Metric(m.id(), m.name(), m.unit(), m.agency(), m.note());
            if (c.byId.put(metric.id(), metric) != null) {
                throw new netmarket.config.DefinitionException(file + ": 指标目录中 id 重复: " + metric.id() + " / duplicate metric id");
            }
            c.alias(metric.name(), new Alias(metric, null, null));
            for (Object a : m.aliases() == null ? List.of() : m.aliases()) {
                if (a instanceof Map<?, ?> am) {
                    Set<String> allowed = Set.of("name", "from", "until");
                    for (Object k : am.keySet()) {
                        if (!allowed.contains(String.valueOf(k))) {
                            throw new netmarket.config.DefinitionException(file + ": 指标 " + m.id() + " 的别名中未知的键「" + k
                                    + "」，可用: name, from, until / unknown key in an alias");
                        }
                    }
                    c.alias(str(am.get("name")), new Alias(metric, month(am.get("from")), month(am.get("until"))));
                } else {
                    c.alias(str(a), new Alias(metric, null, null));
                }
            }
            for (String n : m.not() == null ? List.<String>of() : m.not()) {
                c.lookAlikes.put(TextCleaner.key(n), metric);
            }
        }
        for (String n : root.outOfScope() == null ? List.<String>of() : root.outOfScope()) {
            c.outOfScope.add(TextCleaner.key(n));
        }
        if (root.valueKinds() != null) {
            root.valueKinds().forEach((text, kind) -> {
                if (ValueKind.of(kind).isEmpty()) {
                    throw new netmarket.config.DefinitionException(file + ": value_kinds 中「" + text + "」对应的「" + kind + "」不是 "
                            + ValueKind.codes() + " 之一 / unknown value kind");
                }
                c.valueKinds.put(TextCleaner.key(text).toLowerCase(), kind);
            });
        }
        return c;
    }

    private void alias(String name, Alias alias) {
        byName.computeIfAbsent(TextCleaner.key(name), k -> new ArrayList<>()).add(alias);
    }

    /** The value kind (level, official_growth_pct, share_pct) a kind column's text names, if any. */
    public Optional<String> valueKind(String text) {
        return Optional.ofNullable(valueKinds.get(TextCleaner.key(text).toLowerCase()));
    }

    public Optional<Metric> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Metric> all() {
        return byId.values();
    }

    /** Resolves a metric name as written in a file for a period (series names change over time). */
    public Match resolve(String name, Period period) {
        String k = TextCleaner.key(name);
        List<Alias> aliases = byName.get(k);
        if (aliases != null) {
            YearMonth at = YearMonth.of(period.year(), period.month());
            for (Alias a : aliases) {
                if ((a.from == null || !at.isBefore(a.from)) && (a.until == null || !at.isAfter(a.until))) {
                    return new Found(a.metric);
                }
            }
            Alias a = aliases.get(0);
            return new Unknown("「" + name + "」是" + a.metric.name() + "在"
                    + (a.from != null ? a.from + "起" : "") + (a.until != null ? a.until + "前" : "") + "使用的名称，不适用于" + period.label());
        }
        if (lookAlikes.containsKey(k)) {
            return new LookAlike(lookAlikes.get(k));
        }
        if (outOfScope.contains(k)) {
            return new OutOfScope();
        }
        return new Unknown("指标「" + name + "」不在指标目录（jobs/reference/metrics.yml）中");
    }

    /**
     * Whether {@code text} (a column header) names a look-alike of the metric {@code metricId}: a
     * different statistic ("限额以上社会消费品零售总额") that must never be read as it.
     */
    public boolean namesLookAlike(String text, String metricId) {
        String k = TextCleaner.key(text);
        for (Map.Entry<String, Metric> e : lookAlikes.entrySet()) {
            if (e.getValue().id().equals(metricId) && k.contains(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    private static YearMonth month(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.util.Date d) { // YAML reads 2026-01-01 as a timestamp (UTC midnight)
            return YearMonth.from(d.toInstant().atZone(java.time.ZoneOffset.UTC));
        }
        String s = String.valueOf(o);
        return YearMonth.parse(s.length() == 7 ? s : s.substring(0, 7));
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
