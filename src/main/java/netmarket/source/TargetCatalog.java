package netmarket.source;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import netmarket.config.DefinitionException;
import netmarket.config.StrictYaml;

/**
 * What each target table of a feed can receive (jobs/reference/targets.yml): the fields a
 * definition may declare, each with its type(s), and which ones every definition must provide.
 * A misspelt field name or a field of the wrong type is a definition error, not a silent column.
 */
public final class TargetCatalog {

    /** One declarable field: its allowed types (the first is the default), whether it must be given, its base unit if an amount. */
    public record FieldSpec(String name, List<FieldType> types, boolean required, String unit, String description) {
        public FieldType defaultType() {
            return types.get(0);
        }
    }

    /** One target table. */
    public record Target(String id, String name, Map<String, FieldSpec> fields, List<String> requiredAny) {}

    private record File(Map<String, TargetKeys> targets) {}

    private record TargetKeys(String name, List<String> requiredAny, Map<String, FieldKeys> fields) {}

    private record FieldKeys(List<String> type, Boolean required, String unit, String description) {}

    private final Map<String, Target> targets;

    private TargetCatalog(Map<String, Target> targets) {
        this.targets = targets;
    }

    public static TargetCatalog load(Path file) {
        File f = StrictYaml.read(file, File.class);
        Map<String, Target> targets = new LinkedHashMap<>();
        f.targets().forEach((id, t) -> {
            Map<String, FieldSpec> fields = new LinkedHashMap<>();
            t.fields().forEach((name, k) -> {
                if (k.type() == null || k.type().isEmpty()) {
                    throw new DefinitionException(file + ": targets." + id + ".fields." + name + " 缺少 type");
                }
                List<FieldType> types = new java.util.ArrayList<>();
                for (String type : k.type()) {
                    types.add(FieldType.of(type).orElseThrow(() -> new DefinitionException(file + ": targets." + id + ".fields." + name
                            + " 的类型「" + type + "」不是已知的字段类型，可选: " + java.util.Arrays.toString(FieldType.values()))));
                }
                fields.put(name, new FieldSpec(name, List.copyOf(types), Boolean.TRUE.equals(k.required()), k.unit(), k.description()));
            });
            targets.put(id, new Target(id, t.name(), java.util.Collections.unmodifiableMap(fields),
                    t.requiredAny() == null ? List.of() : List.copyOf(t.requiredAny())));
        });
        return new TargetCatalog(java.util.Collections.unmodifiableMap(targets));
    }

    public Optional<Target> target(String id) {
        return Optional.ofNullable(targets.get(id));
    }

    public java.util.Set<String> ids() {
        return new java.util.TreeSet<>(targets.keySet());
    }
}
