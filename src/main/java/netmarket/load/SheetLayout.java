package netmarket.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import netmarket.extract.InputFileException;
import netmarket.normalize.Period;
import netmarket.normalize.Region;
import netmarket.normalize.RegionFinder;
import netmarket.normalize.TextCleaner;
import netmarket.normalize.UnitTable;
import netmarket.normalize.ValueKind;
import netmarket.source.ColumnMatch;
import netmarket.source.FieldType;
import netmarket.source.SourceDefinition;
import netmarket.source.SourceDefinition.From;

/**
 * Where each declared column sits in one sheet, found by header text once per sheet; plus what
 * the sheet says as a whole (the period, region, unit and date in its title, sheet name or file
 * name). Missing or ambiguous columns fail the sheet with the header it actually has.
 */
final class SheetLayout {

    /** A value column bound to its position, with the unit, region and period its own header (or the sheet) gives. */
    record BoundValue(SourceDefinition.ValueColumn spec, int index, String label, UnitTable.Unit unit, Region region, Period period) {}

    /** One column of a years-as-columns record table, with the values its header gives to fields {@code from: column_header}. */
    record BoundColumn(int index, String label, Map<String, Object> headerValues) {}

    final List<String> labels;
    final Map<String, Integer> fields = new LinkedHashMap<>();
    final List<BoundValue> values = new ArrayList<>();
    final List<BoundColumn> perColumn = new ArrayList<>();
    /** Values of fields read from the title, file name or sheet name, the same for every row. */
    final Map<String, Object> sheetFields = new LinkedHashMap<>();
    Integer regionColumn;
    Integer periodColumn;
    Integer yearColumn;
    Region fixedRegion;
    Period sheetPeriod;
    Optional<UnitTable.Unit> titleUnit;
    /** A unit per column from a units row under the header ("亿元 | % | 万件"), or empty. */
    List<UnitTable.Unit> unitsRow = List.of();
    /** The file's release or export date as the sheet or the definition states it, and where from ("title",
     *  "filename", "definition"); null when none does. */
    LocalDate releasedOn;
    String releasedFrom;
    /** The region the file covers as a whole (its definition's covers:, else a file-level region), or null. */
    Region coversRegion;
    /** A column giving each row's release date ("发布日期"), if the definition names one. */
    Integer releasedColumn;

    private SheetLayout(List<String> labels) {
        this.labels = labels;
    }

    static SheetLayout resolve(SourceDefinition def, List<String> labels, List<String> unitsRowTexts, SheetText text, LoadContext ctx) {
        SheetLayout l = new SheetLayout(labels);
        List<String> problems = new ArrayList<>();
        l.titleUnit = ctx.units().findIn(text.title());
        SheetWide wide = new SheetWide(l, text, ctx, problems);
        wide.released(def.released());
        l.unitsRow = unitsRowTexts == null ? List.of() : unitsRowTexts.stream().map(t -> HeaderUnits.of(t, ctx)).toList();
        for (ColumnMatch required : def.header().requires()) {
            if (labels.stream().noneMatch(required::matches)) {
                problems.add("表头中没有「" + required.describe() + "」（数据源定义 header.requires）");
            }
        }
        wide.region(def.region());
        wide.covers(def);
        wide.period(def.period());
        Set<Integer> claimed = new HashSet<>();
        java.util.stream.Stream.of(l.regionColumn, l.periodColumn, l.yearColumn, l.releasedColumn).filter(java.util.Objects::nonNull)
                .forEach(claimed::add);
        for (SourceDefinition.Field f : def.fields().values()) {
            if (f.header() != null && !f.perColumn()) {
                Integer idx = l.find(f.header(), f.required(), "「" + f.name() + "」列", problems, claimed, i -> true);
                if (idx != null) {
                    l.fields.put(f.name(), idx);
                    claimed.add(idx);
                }
            }
        }
        for (SourceDefinition.Field f : def.fields().values()) {
            if (f.from() != null && f.from() != From.COLUMN_HEADER) {
                wide.field(f);
            }
        }
        SourceDefinition.Field perColumnField = def.perColumnField();
        if (perColumnField != null) {
            l.bindPerColumnField(def, perColumnField, claimed, problems);
        }
        for (SourceDefinition.ValueColumn v : def.values()) {
            l.bindValue(def, v, claimed, ctx, problems);
        }
        l.bindLongValue(def, ctx);
        if (!problems.isEmpty()) {
            throw new InputFileException(String.join("；", problems) + "。表头为: " + labels);
        }
        return l;
    }

    /** A long sheet's single value column (fields.value): metric, kind and unit then come from each row. */
    private void bindLongValue(SourceDefinition def, LoadContext ctx) {
        SourceDefinition.Field value = def.fields().get("value");
        if (def.isMetricTarget() && def.values().isEmpty() && value != null && fields.containsKey("value")) {
            int idx = fields.get("value");
            UnitTable.Unit unit = value.unit() != null && !value.unit().equals("header") ? ctx.units().get(value.unit()).orElse(null)
                    : unitOfColumn(idx, ctx);
            values.add(new BoundValue(new SourceDefinition.ValueColumn(value.header(), null, null, value.unit(), true, false, null, null),
                    idx, labels.get(idx), unit, null, null));
        }
    }

    /** The unit a column's values are in: its header's, else the units row's, else the title's; null when none states one. */
    private UnitTable.Unit unitOfColumn(int idx, LoadContext ctx) {
        return HeaderUnits.in(labels.get(idx), ctx).or(() -> Optional.ofNullable(idx < unitsRow.size() ? unitsRow.get(idx) : null))
                .or(() -> titleUnit).orElse(null);
    }

    static Optional<Region> regionIn(String text, String where, SourceDefinition.Place place, LoadContext ctx, List<String> problems) {
        try {
            return RegionFinder.find(text, ctx.regions(), place.mostSpecific());
        } catch (RegionFinder.Ambiguous e) {
            problems.add(where + e.getMessage());
            return Optional.of(AMBIGUOUS);
        }
    }

    /** Stands for "already reported as ambiguous" so the search stops there. */
    static final Region AMBIGUOUS = new Region("?", "?", "?", null, null, null);

    private void bindPerColumnField(SourceDefinition def, SourceDefinition.Field f, Set<Integer> claimed, List<String> problems) {
        for (int i : findAll(f.header(), claimed, def, c -> true)) {
            Map<String, Object> headerValues = new LinkedHashMap<>();
            for (SourceDefinition.Field h : def.fields().values()) {
                if (h.from() != From.COLUMN_HEADER) {
                    continue;
                }
                Optional<Period> p = Period.find(periodText(labels.get(i)));
                if (h.type() == FieldType.YEAR && p.isPresent()) {
                    headerValues.put(h.name(), p.get().year());
                } else if (h.type() == FieldType.TEXT) {
                    headerValues.put(h.name(), labels.get(i));
                } else {
                    problems.add("列「" + labels.get(i) + "」的表头中没有字段 " + h.name() + " 所需的" + (h.type() == FieldType.YEAR ? "年份" : h.type()));
                }
            }
            perColumn.add(new BoundColumn(i, labels.get(i), headerValues));
            claimed.add(i);
        }
        if (perColumn.isEmpty() && f.required()) {
            problems.add("缺少「" + f.name() + "」列「" + f.header().describe() + "」");
        }
    }

    private void bindValue(SourceDefinition def, SourceDefinition.ValueColumn v, Set<Integer> claimed, LoadContext ctx, List<String> problems) {
        // a column naming a look-alike of the metric ("限额以上社会消费品零售总额") is never that metric's column
        IntPredicate notLookAlike = i -> v.metric() == null || !ctx.metrics().namesLookAlike(labels.get(i), v.metric());
        List<Integer> indexes;
        if (v.perColumn()) {
            indexes = findAll(v.header(), claimed, def, notLookAlike);
            if (indexes.isEmpty() && v.required()) {
                problems.add("缺少指标列「" + v.header().describe() + "」");
            }
        } else {
            Integer idx = find(v.header(), v.required(), "指标列", problems, claimed, notLookAlike);
            indexes = idx == null ? List.of() : List.of(idx);
        }
        for (int idx : indexes) {
            String label = labels.get(idx);
            UnitTable.Unit unit = v.unit() != null ? ctx.units().get(v.unit()).orElse(null) : unitOfColumn(idx, ctx);
            Region region = null;
            if (v.region() != null) {
                region = v.region().from() == From.FIXED ? ctx.regions().resolve(v.region().fixed()).orElse(null) : regionOfHeader(label, v.region(), ctx, problems);
                if (region == AMBIGUOUS) {
                    continue;
                }
            }
            Period period = null;
            if (v.period() != null) {
                period = Period.find(v.period().from() == From.FIXED ? v.period().fixed() : periodText(label)).orElse(null);
                if (period == null) {
                    problems.add("列「" + label + "」" + (v.period().from() == From.FIXED ? "的固定时期" : "的表头") + "中没有统计时期（如 2024年）");
                    continue;
                }
            }
            boolean perRowUnit = def.fields().containsKey("metric") || def.fields().containsKey("unit");
            if (unit == null && ValueKind.LEVEL.code().equals(v.kind()) && !perRowUnit) {
                problems.add("列「" + label + "」没有单位（表头、单位行或标题中应有“单位：亿元”之类的说明）");
            }
            values.add(new BoundValue(v, idx, label, unit, region, period));
            claimed.add(idx);
        }
    }

    private Region regionOfHeader(String label, SourceDefinition.Place place, LoadContext ctx, List<String> problems) {
        String[] lines = label.split("/");
        for (int i = lines.length - 1; i >= 0; i--) {
            Optional<Region> exact = ctx.regions().resolve(lines[i]);
            if (exact.isPresent()) {
                return exact.get();
            }
        }
        Optional<Region> found = regionIn(label, "列「" + label + "」的表头", place, ctx, problems);
        if (found.isEmpty()) {
            problems.add("列「" + label + "」的表头中没有地区代码表里的地区");
            return AMBIGUOUS;
        }
        return found.get();
    }

    /**
     * A header label as text to find a period in: the lines of a merged header read as one where a
     * year heads them ("2025年" over "1月" is 2025年1月, not the year 2025).
     */
    private static String periodText(String label) {
        return label.replaceAll("年\\s*/", "年");
    }

    /** Every {@code usable} column matching {@code match} not already bound, totals columns ("合计") left out. */
    private List<Integer> findAll(ColumnMatch match, Set<Integer> claimed, SourceDefinition def, IntPredicate usable) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label.isBlank() || claimed.contains(i) || !usable.test(i) || !match.matches(label)) {
                continue;
            }
            String last = TextCleaner.key(label.substring(label.lastIndexOf('/') + 1));
            if (def.skip().totals().stream().anyMatch(t -> TextCleaner.key(t).equals(last))) {
                continue;
            }
            hits.add(i);
        }
        return hits;
    }

    Integer find(ColumnMatch match, boolean required, String what, List<String> problems) {
        return find(match, required, what, problems, Set.of(), i -> true);
    }

    /**
     * The one {@code usable} column matching {@code match} that is not already bound to another
     * declared column: each declared column is a column of its own, so a title row that holds the
     * header's words in one cell ("2024年各地区网上零售额（亿元）") is not taken for the header.
     */
    private Integer find(ColumnMatch match, boolean required, String what, List<String> problems, Set<Integer> claimed,
            IntPredicate usable) {
        List<Integer> hits = new ArrayList<>();
        Integer taken = null;
        for (int i = 0; i < labels.size(); i++) {
            if (!labels.get(i).isBlank() && usable.test(i) && match.matches(labels.get(i))) {
                if (claimed.contains(i)) {
                    taken = i;
                } else {
                    hits.add(i);
                }
            }
        }
        if (hits.size() > 1) {
            problems.add(what + "「" + match.describe() + "」匹配到多列: "
                    + hits.stream().map(i -> labels.get(i) + "（第" + (i + 1) + "列）").toList()
                    + "；若每列都是一个数值（每年一列、每个地区一列），请写 per_column: true");
            return null;
        }
        if (hits.isEmpty()) {
            if (required) {
                problems.add("缺少" + what + "「" + match.describe() + "」"
                        + (taken == null ? "" : "（「" + labels.get(taken) + "」已是另一列）"));
            }
            return null;
        }
        return hits.get(0);
    }

    String label(int index) {
        return index >= 0 && index < labels.size() ? labels.get(index) : null;
    }
}
