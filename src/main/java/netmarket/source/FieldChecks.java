package netmarket.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netmarket.config.Nearest;
import netmarket.normalize.TextCleaner;
import netmarket.normalize.ValueKind;

/** The checks of a definition's fields, value columns and constants against its target (targets.yml) and the reference data. */
final class FieldChecks {

    private final DefinitionChecker checker;
    private final SourceDefinitions.Reference ref;

    FieldChecks(DefinitionChecker checker, SourceDefinitions.Reference ref) {
        this.checker = checker;
        this.ref = ref;
    }

    Map<String, SourceDefinition.Field> fields(Map<String, FeedFile.FieldKeys> raw, TargetCatalog.Target t) {
        Map<String, SourceDefinition.Field> fields = new LinkedHashMap<>();
        if (raw == null) {
            return fields;
        }
        int perColumn = 0;
        boolean fromColumnHeader = false;
        for (Map.Entry<String, FeedFile.FieldKeys> e : raw.entrySet()) {
            String name = e.getKey();
            FeedFile.FieldKeys f = e.getValue() == null ? new FeedFile.FieldKeys(null, null, null, null, null, null, null, null) : e.getValue();
            SourceDefinition.Field field = field(name, f, t);
            if (field == null) {
                continue;
            }
            fields.put(name, field);
            perColumn += field.perColumn() ? 1 : 0;
            fromColumnHeader |= field.from() == SourceDefinition.From.COLUMN_HEADER;
        }
        if (perColumn > 1) {
            checker.problem("fields", null, "per_column 只能用于一个字段", "per_column on one field only");
        }
        if (fromColumnHeader && perColumn == 0) {
            checker.problem("fields", "column_header", "from: column_header 需要另一个字段写 per_column: true（一列一条记录）",
                    "from: column_header needs a per_column field");
        }
        return fields;
    }

    /** One field checked against its target's field of that name; null when the target has none. */
    private SourceDefinition.Field field(String name, FeedFile.FieldKeys f, TargetCatalog.Target t) {
        String key = "fields." + name;
        TargetCatalog.FieldSpec spec = t.fields().get(name);
        if (spec == null) {
            String near = Nearest.of(name, t.fields().keySet());
            checker.problem(key, null, "不是 " + t.id() + " 的字段" + (near != null ? "，是否应为「" + near + "」？" : "。")
                    + "可用的字段: " + t.fields().keySet(), "not a field of " + t.id() + (near != null ? " (did you mean '" + near + "'?)" : ""));
            return null;
        }
        FieldType type = f.type() == null ? spec.defaultType() : FieldType.of(f.type()).orElse(null);
        if (type == null || !spec.types().contains(type)) {
            checker.problem(key + ".type", f.type(), "对字段 " + name + " 无效，可选: " + spec.types(), "must be one of " + spec.types());
            type = spec.defaultType();
        }
        List<String> header = new ArrayList<>(SourceDefinitions.list(f.header()));
        header.addAll(SourceDefinitions.list(f.synonyms()));
        SourceDefinition.From from = null;
        if (f.from() != null) {
            from = checker.from(key + ".from", f.from());
            if (from == SourceDefinition.From.COLUMN || from == SourceDefinition.From.FIXED) {
                checker.problem(key + ".from", f.from(), "字段的 from 只能为 title、filename、sheet_name 或 column_header（列用 header:，固定值用 constants:）",
                        "a field's from is title, filename, sheet_name or column_header");
            }
            if (!header.isEmpty()) {
                checker.problem(key + ".from", f.from(), "与 header 只能二选一", "use either header or from");
            }
        } else if (header.isEmpty()) {
            checker.problem(key, null, "需要 header（列名）或 from（title、filename、sheet_name、column_header）", "needs a header or from");
        }
        if (Boolean.TRUE.equals(f.perColumn())) {
            if (header.isEmpty()) {
                checker.problem(key + ".per_column", null, "须有 header（匹配哪些列）", "per_column needs a header");
            }
        }
        if (f.unit() != null && !f.unit().equals("header") && ref.units().get(f.unit()).isEmpty()) {
            checker.problem(key + ".unit", f.unit(), "不在单位表（jobs/reference/units.csv）中；或写 header 表示从表头读取", "unknown unit");
        }
        Map<String, String> map = new LinkedHashMap<>();
        if (f.map() != null) {
            f.map().forEach((k, v) -> map.put(TextCleaner.key(k), String.valueOf(v)));
        }
        SourceDefinition.Field field = new SourceDefinition.Field(name, header.isEmpty() ? null : ColumnMatch.of(header), type, f.unit(),
                f.required() == null || f.required(), from, Map.copyOf(map), Boolean.TRUE.equals(f.perColumn()), spec.unit());
        if (name.equals("kind")) {
            map.forEach((text, kind) -> {
                if (ValueKind.of(kind).isEmpty()) {
                    checker.problem(key + ".map", kind, "不是数值类型，可选: " + ValueKind.codes(), "must map to one of " + ValueKind.codes());
                }
            });
        }
        return field;
    }

    List<SourceDefinition.ValueColumn> values(List<FeedFile.ValueKeys> raw, String target,
            Map<String, SourceDefinition.Field> fields) {
        List<SourceDefinition.ValueColumn> values = new ArrayList<>();
        if (raw == null) {
            return values;
        }
        if (!target.equals("metric_value") && !raw.isEmpty()) {
            checker.problem("values", null, "只适用于 target: metric_value（记录表用 fields）", "values are for metric_value only");
            return values;
        }
        for (int i = 0; i < raw.size(); i++) {
            FeedFile.ValueKeys v = raw.get(i);
            String key = "values[" + (i + 1) + "]";
            List<String> header = new ArrayList<>(SourceDefinitions.list(v.header()));
            header.addAll(SourceDefinitions.list(v.synonyms()));
            if (header.isEmpty()) {
                checker.problem(key + ".header", null, "缺少列名", "header required");
            }
            if (v.metric() != null && ref.metrics().byId(v.metric()).isEmpty()) {
                String near = Nearest.of(v.metric(), ref.metrics().all().stream().map(netmarket.normalize.Metric::id).toList());
                checker.problem(key + ".metric", v.metric(), "不在指标目录（jobs/reference/metrics.yml）中" + (near != null ? "，是否应为「" + near + "」？" : ""),
                        "unknown metric id" + (near != null ? " (did you mean '" + near + "'?)" : ""));
            }
            if (v.metric() == null && !fields.containsKey("metric")) {
                checker.problem(key + ".metric", null, "缺少：写明指标 id，或用 fields.metric 声明每行的指标名称列", "metric required (or a fields.metric label column)");
            }
            String kind = v.kind() == null ? ValueKind.LEVEL.code() : v.kind();
            if (ValueKind.of(kind).isEmpty()) {
                checker.problem(key + ".kind", kind, "无效，可选: " + ValueKind.codes(), "must be one of " + ValueKind.codes());
            }
            if (v.unit() != null && ref.units().get(v.unit()).isEmpty()) {
                checker.problem(key + ".unit", v.unit(), "不在单位表（jobs/reference/units.csv）中", "unknown unit");
            }
            SourceDefinition.Place period = columnPlace(key + ".period", v.period(), false);
            SourceDefinition.Place region = columnPlace(key + ".region", v.region(), true);
            boolean perColumn = Boolean.TRUE.equals(v.perColumn());
            values.add(new SourceDefinition.ValueColumn(header.isEmpty() ? null : ColumnMatch.of(header), v.metric(), kind, v.unit(),
                    v.required() == null || v.required(), perColumn, period, region));
        }
        return values;
    }

    private SourceDefinition.Place columnPlace(String key, FeedFile.PlaceKeys p, boolean isRegion) {
        SourceDefinition.Place place = checker.place(key, p, isRegion);
        if (place != null && place.from() != SourceDefinition.From.COLUMN_HEADER && place.from() != SourceDefinition.From.FIXED) {
            checker.problem(key + ".from", place.from().name().toLowerCase(), "值列自己的地区或时期只能为 column_header（读自本列表头）或 fixed",
                    "a value column's own region/period is column_header or fixed");
        }
        return place;
    }

    Map<String, Object> constants(Map<String, Object> raw, TargetCatalog.Target t) {
        Map<String, Object> constants = new LinkedHashMap<>();
        if (raw == null) {
            return constants;
        }
        raw.forEach((name, value) -> {
            String key = "constants." + name;
            TargetCatalog.FieldSpec spec = t.fields().get(name);
            if (spec == null) {
                String near = Nearest.of(name, t.fields().keySet());
                checker.problem(key, null, "不是 " + t.id() + " 的字段" + (near != null ? "，是否应为「" + near + "」？" : "。") + "可用的字段: " + t.fields().keySet(),
                        "not a field of " + t.id());
                return;
            }
            Object typed = Constants.typed(spec.defaultType(), value, ref.regions());
            if (typed == null) {
                checker.problem(key, value, "不是" + Constants.describe(spec.defaultType()),
                        "must be " + spec.defaultType());
                return;
            }
            constants.put(name, typed);
        });
        return java.util.Collections.unmodifiableMap(constants);
    }
}
