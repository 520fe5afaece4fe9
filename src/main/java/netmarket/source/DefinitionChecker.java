package netmarket.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import netmarket.config.Nearest;

/** Checks one bound definition file and builds its definition, collecting every problem with its line (SourceDefinitions reads them). */
final class DefinitionChecker {
    private final Path file;
    private final SourceDefinitions.Reference ref;
    private final List<String> lines;
    final List<String> problems = new ArrayList<>();

    DefinitionChecker(Path file, SourceDefinitions.Reference ref) {
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

    void problem(String key, Object value, String zh, String en) {
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
        if (SourceDefinitions.blank(y.id())) {
            problem("id", null, "缺少必填项（稳定的英文标识）", "required");
        }
        if (SourceDefinitions.blank(y.name())) {
            problem("name", null, "缺少必填项（中文名称）", "required");
        }
        if (y.files() == null || y.files().isEmpty()) {
            problem("files", null, "缺少必填项（文件名模式，如 \"统计局/*零售*.xlsx\"）", "required");
        }
        Frequency frequency = y.frequency() == null ? Frequency.MONTHLY : Frequency.of(y.frequency()).orElse(null);
        if (frequency == null) {
            List<String> names = Arrays.stream(Frequency.values()).map(Frequency::yamlName).toList();
            problem("frequency", y.frequency(), "无效，可选: " + names, "must be one of " + names);
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
        FieldChecks checks = new FieldChecks(this, ref);
        Map<String, SourceDefinition.Field> fields = checks.fields(y.fields(), t);
        List<SourceDefinition.ValueColumn> values = checks.values(y.values(), target, fields);
        Map<String, Object> constants = checks.constants(y.constants(), t);
        requireTargetFields(t, fields, constants, region);
        if (t.id().equals("metric_value")) {
            checkMetricSheet(values, fields, region, period);
        }
        char delimiter = delimiter(y.delimiter());
        SourceDefinition.Skip skip = y.skip() == null ? new SourceDefinition.Skip(List.of(), List.of())
                : new SourceDefinition.Skip(SourceDefinitions.list(y.skip().notes()), SourceDefinitions.list(y.skip().totals()));
        if (!problems.isEmpty()) {
            return null;
        }
        return new SourceDefinition(y.id(), y.name(), y.agency(), frequency, List.copyOf(y.files()), SourceDefinitions.list(y.sheet()),
                header, region, period, released, covers, skip, target, values, fields, constants, delimiter, file, SourceDefinitions.canonicalSha(y));
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
        List<ColumnMatch> requires = SourceDefinitions.list(h.requires()).stream().map(r -> ColumnMatch.of(List.of(r))).toList();
        return new SourceDefinition.Header(h.row(), SourceDefinitions.list(h.find()), rows, requires);
    }

    SourceDefinition.Place place(String key, FeedFile.PlaceKeys p, boolean isRegion) {
        if (p == null) {
            return null;
        }
        List<String> header = new ArrayList<>(SourceDefinitions.list(p.header()));
        header.addAll(SourceDefinitions.list(p.synonyms()));
        String fromText = p.from() != null ? p.from() : !header.isEmpty() ? "column" : p.fixed() != null ? "fixed" : null;
        SourceDefinition.From from = from(key + ".from", fromText);
        if (from == null) {
            return null;
        }
        if (from == SourceDefinition.From.COLUMN && header.isEmpty()) {
            problem(key + ".header", null, "缺少：from: column 须写明列名", "from: column needs a header");
        }
        if (from == SourceDefinition.From.FIXED && SourceDefinitions.blank(p.fixed())) {
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

    SourceDefinition.From from(String key, String text) {
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
