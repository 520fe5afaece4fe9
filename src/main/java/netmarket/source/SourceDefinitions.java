package netmarket.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import netmarket.config.DefinitionException;
import netmarket.config.Nearest;
import netmarket.config.StrictYaml;
import netmarket.normalize.MetricCatalog;
import netmarket.normalize.RegionDirectory;
import netmarket.normalize.TextCleaner;
import netmarket.normalize.UnitTable;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and checks every source definition in the jobs folder (one YAML file per feed) against
 * the reference data in jobs/reference/: unknown keys, wrong types, unknown metric ids, units,
 * targets, field names and types are errors naming file, line and key, all reported at once.
 */
public final class SourceDefinitions {

    static final Set<String> KINDS = Set.of("level", "official_growth_pct", "share_pct");
    static final Set<String> FREQUENCIES = Set.of("monthly", "annual", "once");

    /** One writer for every definition's canonical form: a mapper learns each type once, so it is shared. */
    private static final YAMLMapper CANONICAL = YAMLMapper.builder().build();

    private final List<SourceDefinition> definitions;

    private SourceDefinitions(List<SourceDefinition> definitions) {
        this.definitions = definitions;
    }

    /** The definitions of {@code jobsDir}, checked against {@code jobsDir/reference}. */
    public static SourceDefinitions load(Path jobsDir) {
        return load(jobsDir, jobsDir.resolve("reference"));
    }

    /** The definitions of {@code jobsDir}, checked against the reference data in {@code referenceDir}. */
    public static SourceDefinitions load(Path jobsDir, Path referenceDir) {
        List<String> problems = new ArrayList<>();
        SourceDefinitions defs = read(jobsDir, referenceDir, problems);
        if (!problems.isEmpty()) {
            throw new DefinitionException(String.join("\n", problems));
        }
        return defs;
    }

    /** Every problem of every definition in {@code jobsDir} (empty when all are usable). */
    public static List<String> problems(Path jobsDir, Path referenceDir) {
        List<String> problems = new ArrayList<>();
        read(jobsDir, referenceDir, problems);
        return problems;
    }

    private static SourceDefinitions read(Path jobsDir, Path referenceDir, List<String> problems) {
        if (!Files.isDirectory(jobsDir)) {
            throw new DefinitionException("数据源定义目录不存在: " + jobsDir + "（用 --netmarket.jobs= 指定）/ jobs folder not found");
        }
        Reference ref = Reference.load(referenceDir);
        List<SourceDefinition> defs = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(jobsDir)) {
            files = list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new DefinitionException("无法读取数据源定义目录 " + jobsDir + ": " + e.getMessage());
        }
        Map<String, Path> ids = new HashMap<>();
        for (Path f : files) {
            try {
                FeedFile raw = StrictYaml.read(f, FeedFile.class);
                Checker c = new Checker(f, ref);
                SourceDefinition d = c.check(raw);
                if (!c.problems.isEmpty()) {
                    problems.addAll(c.problems);
                    continue;
                }
                Path other = ids.putIfAbsent(d.id(), f);
                if (other != null) {
                    problems.add(f + ": id「" + d.id() + "」已在 " + other.getFileName() + " 中使用 / duplicate id");
                    continue;
                }
                defs.add(d);
            } catch (DefinitionException e) {
                problems.add(e.getMessage());
            }
        }
        return new SourceDefinitions(List.copyOf(defs));
    }

    public List<SourceDefinition> all() {
        return definitions;
    }

    /** Every definition whose file patterns match (several when agencies share a name pattern). */
    public List<SourceDefinition> candidates(Path relative) {
        return definitions.stream().filter(d -> d.matches(relative)).toList();
    }

    /** The one definition whose file patterns match; an error if two do (use {@link #candidates} to route by content). */
    public Optional<SourceDefinition> match(Path relative) {
        List<SourceDefinition> hits = candidates(relative);
        if (hits.size() > 1) {
            throw new DefinitionException("文件 " + relative + " 同时匹配多个数据源定义: "
                    + hits.stream().map(SourceDefinition::id).toList());
        }
        return hits.stream().findFirst();
    }

    public Optional<SourceDefinition> byId(String id) {
        return definitions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The reference data definitions are checked against. */
    record Reference(MetricCatalog metrics, UnitTable units, RegionDirectory regions, TargetCatalog targets) {
        static Reference load(Path dir) {
            for (String f : List.of("metrics.yml", "units.csv", "regions.csv", "targets.yml")) {
                if (!Files.isRegularFile(dir.resolve(f))) {
                    throw new DefinitionException("参考数据缺少 " + dir.resolve(f) + " / reference file missing");
                }
            }
            return new Reference(MetricCatalog.load(dir.resolve("metrics.yml")), UnitTable.load(dir.resolve("units.csv")),
                    RegionDirectory.load(dir.resolve("regions.csv")), TargetCatalog.load(dir.resolve("targets.yml")));
        }
    }

    /** Checks one bound file and builds its definition, collecting every problem with its line. */
    private static final class Checker {
        private final Path file;
        private final Reference ref;
        private final List<String> lines;
        final List<String> problems = new ArrayList<>();

        Checker(Path file, Reference ref) {
            this.file = file;
            this.ref = ref;
            List<String> l;
            try {
                l = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                l = List.of();
            }
            this.lines = l;
        }

        private void problem(String key, Object value, String zh, String en) {
            problems.add(file + line(key, value) + ": 「" + key + "」" + (value == null ? "" : "（写的是「" + value + "」）") + zh
                    + "\n  " + key + (value == null ? "" : " = " + value) + ": " + en);
        }

        /** The line a key (with its value) is written on, found in the text: the binder keeps no positions. */
        private String line(String key, Object value) {
            String last = key.substring(key.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
            String v = value == null ? null : String.valueOf(value);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if ((l.contains(last + ":") || l.contains(last + " :")) && (v == null || l.contains(v))) {
                    return " 第 " + (i + 1) + " 行";
                }
            }
            if (v != null) {
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(v)) {
                        return " 第 " + (i + 1) + " 行";
                    }
                }
            }
            return "";
        }

        SourceDefinition check(FeedFile y) {
            if (blank(y.id())) {
                problem("id", null, "缺少必填项（稳定的英文标识）", "required");
            }
            if (blank(y.name())) {
                problem("name", null, "缺少必填项（中文名称）", "required");
            }
            if (y.files() == null || y.files().isEmpty()) {
                problem("files", null, "缺少必填项（文件名模式，如 \"统计局/*零售*.xlsx\"）", "required");
            }
            String frequency = y.frequency() == null ? "monthly" : y.frequency();
            if (!FREQUENCIES.contains(frequency)) {
                problem("frequency", frequency, "无效，可选: " + FREQUENCIES, "must be one of " + FREQUENCIES);
            }
            String target = y.target() == null ? "metric_value" : y.target();
            TargetCatalog.Target t = ref.targets().target(target).orElse(null);
            if (t == null) {
                problem("target", target, "无效，可选: " + ref.targets().ids(), "must be one of " + ref.targets().ids());
                return null;
            }
            SourceDefinition.Header header = header(y.header());
            SourceDefinition.Place region = place("region", y.region(), true);
            SourceDefinition.Place period = place("period", y.period(), false);
            SourceDefinition.Place released = released(y.released(), target);
            SourceDefinition.Place covers = place("covers", y.covers(), true);
            if (covers != null && (covers.from() == SourceDefinition.From.COLUMN || covers.from() == SourceDefinition.From.COLUMN_HEADER
                    || covers.from() == SourceDefinition.From.SHEET_NAME)) {
                problem("covers.from", covers.from().name().toLowerCase(), "无效：文件整体覆盖的地区读自 title、filename 或 fixed",
                        "covers is from title, filename or fixed");
            }
            Map<String, SourceDefinition.Field> fields = fields(y.fields(), t);
            List<SourceDefinition.ValueColumn> values = values(y.values(), target, fields);
            Map<String, Object> constants = constants(y.constants(), t);
            requireTargetFields(t, fields, constants, region);
            if (t.id().equals("metric_value")) {
                checkMetricSheet(values, fields, region, period);
            }
            char delimiter = delimiter(y.delimiter());
            SourceDefinition.Skip skip = y.skip() == null ? new SourceDefinition.Skip(List.of(), List.of())
                    : new SourceDefinition.Skip(list(y.skip().notes()), list(y.skip().totals()));
            if (!problems.isEmpty()) {
                return null;
            }
            return new SourceDefinition(y.id(), y.name(), y.agency(), frequency, List.copyOf(y.files()), list(y.sheet()),
                    header, region, period, released, covers, skip, target, values, fields, constants, delimiter, file, canonicalSha(y));
        }

        private SourceDefinition.Header header(FeedFile.HeaderKeys h) {
            if (h == null) {
                return new SourceDefinition.Header(null, List.of(), 1, List.of());
            }
            if (h.row() != null && h.row() < 1) {
                problem("header.row", h.row(), "应为从 1 开始的行号", "must be a 1-based row number");
            }
            if (h.row() != null && h.find() != null && !h.find().isEmpty()) {
                problem("header.row", h.row(), "与 header.find 只能二选一", "use either row or find, not both");
            }
            int rows = h.rows() == null ? 1 : h.rows();
            if (rows < 1 || rows > 10) {
                problem("header.rows", h.rows(), "应为 1 到 10 之间的行数", "must be 1 to 10");
            }
            List<ColumnMatch> requires = list(h.requires()).stream().map(r -> ColumnMatch.of(List.of(r))).toList();
            return new SourceDefinition.Header(h.row(), list(h.find()), rows, requires);
        }

        private SourceDefinition.Place place(String key, FeedFile.PlaceKeys p, boolean isRegion) {
            if (p == null) {
                return null;
            }
            List<String> header = new ArrayList<>(list(p.header()));
            header.addAll(list(p.synonyms()));
            String fromText = p.from() != null ? p.from() : !header.isEmpty() ? "column" : p.fixed() != null ? "fixed" : null;
            SourceDefinition.From from = from(key + ".from", fromText);
            if (from == null) {
                return null;
            }
            if (from == SourceDefinition.From.COLUMN && header.isEmpty()) {
                problem(key + ".header", null, "缺少：from: column 须写明列名", "from: column needs a header");
            }
            if (from == SourceDefinition.From.FIXED && blank(p.fixed())) {
                problem(key + ".fixed", null, "缺少：from: fixed 须写明固定值", "from: fixed needs a value");
            }
            if (from == SourceDefinition.From.FIXED && isRegion && p.fixed() != null && ref.regions().resolve(p.fixed()).isEmpty()) {
                problem(key + ".fixed", p.fixed(), "不在地区代码表（jobs/reference/regions.csv）中", "unknown region");
            }
            if (p.yearHeader() != null && isRegion) {
                problem(key + ".year_header", null, "只适用于 period", "only for period");
            }
            boolean mostSpecific = false;
            if (p.choose() != null) {
                if (!p.choose().equals("most_specific")) {
                    problem(key + ".choose", p.choose(), "无效，只能为 most_specific", "must be most_specific");
                } else if (!isRegion) {
                    problem(key + ".choose", p.choose(), "只适用于 region", "only for region");
                }
                mostSpecific = true;
            }
            return new SourceDefinition.Place(from, header.isEmpty() ? null : ColumnMatch.of(header),
                    p.yearHeader() == null ? null : ColumnMatch.of(p.yearHeader()), p.fixed(), mostSpecific);
        }

        private SourceDefinition.Place released(FeedFile.PlaceKeys p, String target) {
            SourceDefinition.Place place = place("released", p, false);
            if (place == null) {
                return null;
            }
            if (place.from() == SourceDefinition.From.SHEET_NAME || place.from() == SourceDefinition.From.COLUMN_HEADER) {
                problem("released.from", place.from().name().toLowerCase(), "无效：发布日期读自 column、title、filename 或 fixed",
                        "released is from column, title, filename or fixed");
            }
            if (place.from() == SourceDefinition.From.COLUMN && !target.equals("metric_value")) {
                problem("released.from", "column", "逐行的发布日期只适用于 target: metric_value（记录表的发布日期写在标题或文件名中）",
                        "a release date per row is for metric_value only");
            }
            if (place.from() == SourceDefinition.From.FIXED && netmarket.normalize.DateParser.find(place.fixed()).isEmpty()) {
                problem("released.fixed", place.fixed(), "不是日期（如 2025-04-18）", "must be a date");
            }
            return place;
        }

        private SourceDefinition.From from(String key, String text) {
            if (text == null) {
                problem(key, null, "缺少：应为 column、title、filename、sheet_name、column_header 或 fixed",
                        "missing: column, title, filename, sheet_name, column_header or fixed");
                return null;
            }
            try {
                return SourceDefinition.From.valueOf(text.toUpperCase());
            } catch (IllegalArgumentException e) {
                String near = Nearest.of(text, List.of("column", "title", "filename", "sheet_name", "column_header", "fixed"));
                problem(key, text, "无效" + (near != null ? "，是否应为「" + near + "」？" : "") + "可选: column、title、filename、sheet_name、column_header、fixed",
                        "must be column, title, filename, sheet_name, column_header or fixed");
                return null;
            }
        }

        private Map<String, SourceDefinition.Field> fields(Map<String, FeedFile.FieldKeys> raw, TargetCatalog.Target t) {
            Map<String, SourceDefinition.Field> fields = new LinkedHashMap<>();
            if (raw == null) {
                return fields;
            }
            int perColumn = 0;
            boolean fromColumnHeader = false;
            for (Map.Entry<String, FeedFile.FieldKeys> e : raw.entrySet()) {
                String name = e.getKey();
                FeedFile.FieldKeys f = e.getValue() == null ? new FeedFile.FieldKeys(null, null, null, null, null, null, null, null) : e.getValue();
                String key = "fields." + name;
                TargetCatalog.FieldSpec spec = t.fields().get(name);
                if (spec == null) {
                    String near = Nearest.of(name, t.fields().keySet());
                    problem(key, null, "不是 " + t.id() + " 的字段" + (near != null ? "，是否应为「" + near + "」？" : "。")
                            + "可用的字段: " + t.fields().keySet(), "not a field of " + t.id() + (near != null ? " (did you mean '" + near + "'?)" : ""));
                    continue;
                }
                FieldType type = f.type() == null ? spec.defaultType() : FieldType.of(f.type()).orElse(null);
                if (type == null || !spec.types().contains(type)) {
                    problem(key + ".type", f.type(), "对字段 " + name + " 无效，可选: " + spec.types(), "must be one of " + spec.types());
                    type = spec.defaultType();
                }
                List<String> header = new ArrayList<>(list(f.header()));
                header.addAll(list(f.synonyms()));
                SourceDefinition.From from = null;
                if (f.from() != null) {
                    from = from(key + ".from", f.from());
                    if (from == SourceDefinition.From.COLUMN || from == SourceDefinition.From.FIXED) {
                        problem(key + ".from", f.from(), "字段的 from 只能为 title、filename、sheet_name 或 column_header（列用 header:，固定值用 constants:）",
                                "a field's from is title, filename, sheet_name or column_header");
                    }
                    fromColumnHeader |= from == SourceDefinition.From.COLUMN_HEADER;
                    if (!header.isEmpty()) {
                        problem(key + ".from", f.from(), "与 header 只能二选一", "use either header or from");
                    }
                } else if (header.isEmpty()) {
                    problem(key, null, "需要 header（列名）或 from（title、filename、sheet_name、column_header）", "needs a header or from");
                }
                if (Boolean.TRUE.equals(f.perColumn())) {
                    perColumn++;
                    if (header.isEmpty()) {
                        problem(key + ".per_column", null, "须有 header（匹配哪些列）", "per_column needs a header");
                    }
                }
                if (f.unit() != null && !f.unit().equals("header") && ref.units().get(f.unit()).isEmpty()) {
                    problem(key + ".unit", f.unit(), "不在单位表（jobs/reference/units.csv）中；或写 header 表示从表头读取", "unknown unit");
                }
                Map<String, String> map = new LinkedHashMap<>();
                if (f.map() != null) {
                    f.map().forEach((k, v) -> map.put(TextCleaner.key(k), String.valueOf(v)));
                }
                fields.put(name, new SourceDefinition.Field(name, header.isEmpty() ? null : ColumnMatch.of(header), type, f.unit(),
                        f.required() == null || f.required(), from, Map.copyOf(map), Boolean.TRUE.equals(f.perColumn()), spec.unit()));
                if (name.equals("kind")) {
                    map.forEach((text, kind) -> {
                        if (!KINDS.contains(kind)) {
                            problem(key + ".map", kind, "不是数值类型，可选: " + KINDS, "must map to one of " + KINDS);
                        }
                    });
                }
            }
            if (perColumn > 1) {
                problem("fields", null, "per_column 只能用于一个字段", "per_column on one field only");
            }
            if (fromColumnHeader && perColumn == 0) {
                problem("fields", "column_header", "from: column_header 需要另一个字段写 per_column: true（一列一条记录）",
                        "from: column_header needs a per_column field");
            }
            return fields;
        }

        private List<SourceDefinition.ValueColumn> values(List<FeedFile.ValueKeys> raw, String target,
                Map<String, SourceDefinition.Field> fields) {
            List<SourceDefinition.ValueColumn> values = new ArrayList<>();
            if (raw == null) {
                return values;
            }
            if (!target.equals("metric_value") && !raw.isEmpty()) {
                problem("values", null, "只适用于 target: metric_value（记录表用 fields）", "values are for metric_value only");
                return values;
            }
            for (int i = 0; i < raw.size(); i++) {
                FeedFile.ValueKeys v = raw.get(i);
                String key = "values[" + (i + 1) + "]";
                List<String> header = new ArrayList<>(list(v.header()));
                header.addAll(list(v.synonyms()));
                if (header.isEmpty()) {
                    problem(key + ".header", null, "缺少列名", "header required");
                }
                if (v.metric() != null && ref.metrics().byId(v.metric()).isEmpty()) {
                    String near = Nearest.of(v.metric(), ref.metrics().all().stream().map(netmarket.normalize.Metric::id).toList());
                    problem(key + ".metric", v.metric(), "不在指标目录（jobs/reference/metrics.yml）中" + (near != null ? "，是否应为「" + near + "」？" : ""),
                            "unknown metric id" + (near != null ? " (did you mean '" + near + "'?)" : ""));
                }
                if (v.metric() == null && !fields.containsKey("metric")) {
                    problem(key + ".metric", null, "缺少：写明指标 id，或用 fields.metric 声明每行的指标名称列", "metric required (or a fields.metric label column)");
                }
                String kind = v.kind() == null ? "level" : v.kind();
                if (!KINDS.contains(kind)) {
                    problem(key + ".kind", kind, "无效，可选: " + KINDS, "must be one of " + KINDS);
                }
                if (v.unit() != null && ref.units().get(v.unit()).isEmpty()) {
                    problem(key + ".unit", v.unit(), "不在单位表（jobs/reference/units.csv）中", "unknown unit");
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
            SourceDefinition.Place place = place(key, p, isRegion);
            if (place != null && place.from() != SourceDefinition.From.COLUMN_HEADER && place.from() != SourceDefinition.From.FIXED) {
                problem(key + ".from", place.from().name().toLowerCase(), "值列自己的地区或时期只能为 column_header（读自本列表头）或 fixed",
                        "a value column's own region/period is column_header or fixed");
            }
            return place;
        }

        private Map<String, Object> constants(Map<String, Object> raw, TargetCatalog.Target t) {
            Map<String, Object> constants = new LinkedHashMap<>();
            if (raw == null) {
                return constants;
            }
            raw.forEach((name, value) -> {
                String key = "constants." + name;
                TargetCatalog.FieldSpec spec = t.fields().get(name);
                if (spec == null) {
                    String near = Nearest.of(name, t.fields().keySet());
                    problem(key, null, "不是 " + t.id() + " 的字段" + (near != null ? "，是否应为「" + near + "」？" : "。") + "可用的字段: " + t.fields().keySet(),
                            "not a field of " + t.id());
                    return;
                }
                Object typed = Constants.typed(spec.defaultType(), value, ref.regions());
                if (typed == null) {
                    problem(key, value, "不是" + Constants.describe(spec.defaultType()),
                            "must be " + spec.defaultType());
                    return;
                }
                constants.put(name, typed);
            });
            return java.util.Collections.unmodifiableMap(constants);
        }

        private void requireTargetFields(TargetCatalog.Target t, Map<String, SourceDefinition.Field> fields, Map<String, Object> constants,
                SourceDefinition.Place region) {
            for (TargetCatalog.FieldSpec spec : t.fields().values()) {
                if (!spec.required() || fields.containsKey(spec.name()) || constants.containsKey(spec.name())) {
                    continue;
                }
                if (spec.name().equals("region_code") && region != null) {
                    continue;
                }
                problem("fields", null, "缺少 " + t.id() + " 必需的字段 " + spec.name() + "（" + spec.description() + "）",
                        "missing required field " + spec.name());
            }
            if (!t.requiredAny().isEmpty() && t.requiredAny().stream().noneMatch(fields::containsKey)) {
                problem("fields", null, "须至少声明其中一个字段: " + t.requiredAny(), "declare one of " + t.requiredAny());
            }
        }

        private void checkMetricSheet(List<SourceDefinition.ValueColumn> values, Map<String, SourceDefinition.Field> fields,
                SourceDefinition.Place region, SourceDefinition.Place period) {
            if (values.isEmpty() && !fields.containsKey("value")) {
                problem("values", null, "需要 values（每列一个指标或一个时期）或 fields.value（长表）", "needs values or fields.value");
                return;
            }
            if (!values.isEmpty() && fields.containsKey("value")) {
                problem("fields.value", null, "与 values 只能二选一（长表只有一个数值列时用 fields.value）", "use either values or fields.value");
            }
            if (values.isEmpty() && !fields.containsKey("metric")) {
                problem("fields.metric", null, "缺少：长表须用 fields.metric 写明指标名称列", "a long sheet needs a fields.metric label column");
            }
            boolean regionEverywhere = region != null || fields.containsKey("region")
                    || (!values.isEmpty() && values.stream().allMatch(v -> v.region() != null));
            boolean periodEverywhere = period != null || fields.containsKey("period")
                    || (!values.isEmpty() && values.stream().allMatch(v -> v.period() != null));
            if (!regionEverywhere) {
                problem("region", null, "缺少：数值的地区从何而来（region: 或每个值列的 region:）", "where the region comes from");
            }
            if (!periodEverywhere) {
                problem("period", null, "缺少：数值的时期从何而来（period: 或每个值列的 period:）", "where the period comes from");
            }
        }

        private char delimiter(String d) {
            if (d == null) {
                return ',';
            }
            if (d.equals("\\t") || d.equals("\t")) {
                return '\t';
            }
            if (d.length() != 1) {
                problem("delimiter", d, "应为一个字符（如 , 或 ; 或 \\t）", "must be one character");
                return ',';
            }
            return d.charAt(0);
        }
    }

    /** A hash of the definition as bound (comments and spacing do not count): what a load records. */
    private static String canonicalSha(FeedFile y) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(y);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}
