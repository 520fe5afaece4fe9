package netmarket.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads and checks every source definition in the jobs folder (one YAML file per feed). */
public final class SourceDefinitions {

    static final Set<String> TARGETS = Set.of("metric_value", "operator", "operator_sales", "staff_training",
            "institutional_document", "expert_score");
    static final Set<String> KINDS = Set.of("level", "official_growth_pct", "share_pct");
    static final Set<String> FIELD_TYPES = Set.of("text", "region", "date", "year", "integer", "decimal", "boolean",
            "operator_id", "person_id", "phone", "person_name", "credit_code", "metric", "value_kind", "unit", "period");

    private final List<SourceDefinition> definitions;

    private SourceDefinitions(List<SourceDefinition> definitions) {
        this.definitions = definitions;
    }

    public static SourceDefinitions load(Path jobsDir) {
        List<SourceDefinition> defs = new ArrayList<>();
        try (Stream<Path> files = Files.list(jobsDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList()) {
                defs.add(parse(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取数据源定义目录 " + jobsDir, e);
        }
        Set<String> ids = new java.util.HashSet<>();
        for (SourceDefinition d : defs) {
            if (!ids.add(d.id())) {
                throw new DefinitionException("数据源定义 id 重复: " + d.id());
            }
        }
        return new SourceDefinitions(List.copyOf(defs));
    }

    public List<SourceDefinition> all() {
        return definitions;
    }

    /** The definition whose file patterns match; an error if two do (the layout would be ambiguous). */
    public Optional<SourceDefinition> match(Path relative) {
        List<SourceDefinition> hits = definitions.stream().filter(d -> d.matches(relative)).toList();
        if (hits.size() > 1) {
            throw new DefinitionException("文件 " + relative + " 同时匹配多个数据源定义: "
                    + hits.stream().map(SourceDefinition::id).toList());
        }
        return hits.stream().findFirst();
    }

    public Optional<SourceDefinition> byId(String id) {
        return definitions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    static SourceDefinition parse(Path file) {
        Object root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取数据源定义 " + file, e);
        } catch (RuntimeException e) {
            throw new DefinitionException(file.getFileName() + " 不是有效的 YAML: " + e.getMessage());
        }
        YamlMap y = YamlMap.of(file.getFileName().toString(), root);
        String target = y.has("target") ? y.string("target") : "metric_value";
        if (!TARGETS.contains(target)) {
            throw new DefinitionException(y.where() + " 的 target「" + target + "」无效，可选: " + TARGETS);
        }
        YamlMap h = y.child("header");
        SourceDefinition.Header header = new SourceDefinition.Header(
                h.has("row") ? h.integer("row", 1) : null, h.strings("find"), h.integer("rows", 1));
        YamlMap s = y.child("skip");
        SourceDefinition.Skip skip = new SourceDefinition.Skip(s.strings("notes"), s.strings("totals"));
        List<SourceDefinition.ValueColumn> values = new ArrayList<>();
        for (YamlMap v : y.children("values")) {
            String kind = v.has("kind") ? v.string("kind") : "level";
            if (!KINDS.contains(kind)) {
                throw new DefinitionException(v.where() + " 的 kind「" + kind + "」无效，可选: " + KINDS);
            }
            values.add(new SourceDefinition.ValueColumn(match(v), v.required("metric"), kind, v.string("unit"), v.bool("required", true)));
        }
        Map<String, SourceDefinition.Field> fields = new LinkedHashMap<>();
        YamlMap fm = y.child("fields");
        for (String name : fm.map().keySet()) {
            YamlMap f = fm.child(name);
            String type = f.has("type") ? f.string("type") : "text";
            if (!FIELD_TYPES.contains(type)) {
                throw new DefinitionException(f.where() + " 的 type「" + type + "」无效，可选: " + FIELD_TYPES);
            }
            ColumnMatch cm = f.has("header") ? match(f) : null;
            if (cm == null && !f.has("from")) {
                throw new DefinitionException(f.where() + " 需要 header（列名）或 from（title/filename/period）");
            }
            Map<String, String> map = new LinkedHashMap<>();
            f.child("map").map().forEach((k, v) -> map.put(netmarket.normalize.TextCleaner.key(k), String.valueOf(v)));
            fields.put(name, new SourceDefinition.Field(name, cm, type, f.string("unit"), f.bool("required", true), f.string("from"), map));
        }
        if ("metric_value".equals(target) && values.isEmpty() && !fields.containsKey("value")) {
            throw new DefinitionException(y.where() + " 需要 values（宽表：每列一个指标）或 fields.value（长表）");
        }
        Map<String, String> constants = new LinkedHashMap<>();
        y.child("constants").map().forEach((k, v) -> constants.put(k, String.valueOf(v)));
        String delimiter = y.has("delimiter") ? y.string("delimiter") : ",";
        return new SourceDefinition(
                y.required("id"), y.required("name"), y.string("agency"),
                y.has("frequency") ? y.string("frequency") : "monthly",
                y.strings("files"), y.strings("sheet"), header,
                place(y.child("region")), place(y.child("period")), skip, target,
                List.copyOf(values), fields, constants,
                "\\t".equals(delimiter) ? '\t' : delimiter.charAt(0), file);
    }

    private static ColumnMatch match(YamlMap m) {
        List<String> patterns = new ArrayList<>(m.strings("header"));
        patterns.addAll(m.strings("synonyms"));
        return ColumnMatch.of(patterns);
    }

    private static SourceDefinition.Place place(YamlMap p) {
        if (p.map().isEmpty()) {
            return null;
        }
        String from = p.has("from") ? p.string("from") : p.has("header") ? "column" : p.has("fixed") ? "fixed" : null;
        if (from == null || !Set.of("column", "title", "filename", "fixed").contains(from)) {
            throw new DefinitionException(p.where() + " 的 from 应为 column、title、filename 或 fixed");
        }
        ColumnMatch year = p.has("year_header") ? ColumnMatch.of(p.strings("year_header")) : null;
        return new SourceDefinition.Place(from, "column".equals(from) ? match(p) : null, year, p.string("fixed"));
    }
}
