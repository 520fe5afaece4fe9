package netmarket.load;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import netmarket.extract.InputFileException;
import netmarket.normalize.DateParser;
import netmarket.normalize.Period;
import netmarket.normalize.Region;
import netmarket.normalize.RegionFinder;
import netmarket.normalize.TextCleaner;
import netmarket.normalize.UnitTable;
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
        l.released(def.released(), text, problems);
        l.unitsRow = unitsRowTexts == null ? List.of() : unitsRowTexts.stream().map(t -> unitOf(t, ctx)).toList();
        for (ColumnMatch required : def.header().requires()) {
            if (labels.stream().noneMatch(required::matches)) {
                problems.add("表头中没有「" + required.describe() + "」（数据源定义 header.requires）");
            }
        }
        l.region(def.region(), text, ctx, problems);
        l.covers(def, text, ctx, problems);
        l.period(def.period(), text, problems);
        Set<Integer> claimed = new HashSet<>();
        if (l.regionColumn != null) {
            claimed.add(l.regionColumn);
        }
        if (l.periodColumn != null) {
            claimed.add(l.periodColumn);
        }
        if (l.yearColumn != null) {
            claimed.add(l.yearColumn);
        }
        if (l.releasedColumn != null) {
            claimed.add(l.releasedColumn);
        }
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
                l.sheetField(f, text, ctx, problems);
            }
        }
        SourceDefinition.Field perColumnField = def.perColumnField();
        if (perColumnField != null) {
            l.bindPerColumnField(def, perColumnField, claimed, problems);
        }
        for (SourceDefinition.ValueColumn v : def.values()) {
            l.bindValue(def, v, claimed, ctx, problems);
        }
        SourceDefinition.Field value = def.fields().get("value");
        if (def.isMetricTarget() && def.values().isEmpty() && value != null && l.fields.containsKey("value")) {
            // a long sheet's single value column: metric, kind and unit come from the row
            int idx = l.fields.get("value");
            UnitTable.Unit unit = value.unit() != null && !value.unit().equals("header") ? ctx.units().get(value.unit()).orElse(null)
                    : unitIn(labels.get(idx), ctx).or(() -> Optional.ofNullable(idx < l.unitsRow.size() ? l.unitsRow.get(idx) : null))
                            .or(() -> l.titleUnit).orElse(null);
            l.values.add(new BoundValue(new SourceDefinition.ValueColumn(value.header(), null, null, value.unit(), true, false, null, null),
                    idx, labels.get(idx), unit, null, null));
        }
        if (!problems.isEmpty()) {
            throw new InputFileException(String.join("；", problems) + "。表头为: " + labels);
        }
        return l;
    }

    private void released(SourceDefinition.Place released, SheetText text, List<String> problems) {
        Optional<LocalDate> title = DateParser.find(text.title());
        Optional<LocalDate> file = DateParser.find(text.fileName());
        From from = released == null ? null : released.from();
        if (from == From.FIXED) {
            releasedOn = DateParser.find(released.fixed()).orElse(null);
            releasedFrom = "definition";
        } else if ((from == null || from == From.TITLE || from == From.COLUMN) && title.isPresent()) {
            releasedOn = title.get();
            releasedFrom = "title";
        } else if ((from == null || from == From.FILENAME || from == From.COLUMN) && file.isPresent()) {
            releasedOn = file.get();
            releasedFrom = "filename";
        } else if (from == From.TITLE || from == From.FILENAME) {
            problems.add("无法从" + where(from) + "中识别发布日期（如 2025年4月18日、2025-04-18）");
        }
        if (from == From.COLUMN) {
            releasedColumn = find(released.column(), true, "发布日期列", problems);
        }
    }

    private void covers(SourceDefinition def, SheetText text, LoadContext ctx, List<String> problems) {
        SourceDefinition.Place c = def.covers();
        if (c == null) {
            From from = def.region() == null ? null : def.region().from();
            coversRegion = from == From.TITLE || from == From.FILENAME || from == From.FIXED ? fixedRegion : null;
            return;
        }
        coversRegion = switch (c.from()) {
            case FIXED -> ctx.regions().resolve(c.fixed()).orElse(null);
            case TITLE -> regionIn(text.title(), "标题", c, ctx, problems).orElse(null);
            case FILENAME -> regionIn(text.fileStem(), "文件名", c, ctx, problems).orElse(null);
            default -> null;
        };
        if (coversRegion == null && problems.isEmpty()) {
            problems.add("无法从" + where(c.from()) + "中识别文件覆盖的地区（covers）");
        }
    }

    private void region(SourceDefinition.Place region, SheetText text, LoadContext ctx, List<String> problems) {
        if (region == null) {
            return;
        }
        switch (region.from()) {
            case COLUMN -> regionColumn = find(region.column(), true, "地区列", problems);
            case FIXED -> fixedRegion = ctx.regions().resolve(region.fixed()).orElse(null);
            case TITLE -> fixedRegion = regionIn(text.title(), "标题", region, ctx, problems)
                    .or(() -> regionIn(text.sheetName(), "工作表名", region, ctx, problems)).orElse(null);
            case FILENAME -> fixedRegion = regionIn(text.fileStem(), "文件名", region, ctx, problems).orElse(null);
            case SHEET_NAME -> fixedRegion = regionIn(text.sheetName(), "工作表名", region, ctx, problems).orElse(null);
            case COLUMN_HEADER -> problems.add("region: from: column_header 只能写在值列（values）中");
        }
        if (region.from() != From.COLUMN && fixedRegion == null && problems.isEmpty()) {
            problems.add("无法从" + where(region.from()) + "中识别地区");
        }
    }

    private static Optional<Region> regionIn(String text, String where, SourceDefinition.Place place, LoadContext ctx, List<String> problems) {
        try {
            return RegionFinder.find(text, ctx.regions(), place.mostSpecific());
        } catch (RegionFinder.Ambiguous e) {
            problems.add(where + e.getMessage());
            return Optional.of(AMBIGUOUS);
        }
    }

    /** Stands for "already reported as ambiguous" so the search stops there. */
    private static final Region AMBIGUOUS = new Region("?", "?", "?", null, null, null);

    private void period(SourceDefinition.Place period, SheetText text, List<String> problems) {
        if (period == null) {
            return;
        }
        switch (period.from()) {
            case COLUMN -> {
                periodColumn = find(period.column(), true, "时期列", problems);
                if (period.yearColumn() != null) {
                    yearColumn = find(period.yearColumn(), true, "年份列", problems);
                }
            }
            case FIXED -> sheetPeriod = Period.find(period.fixed()).orElse(null);
            case TITLE -> sheetPeriod = Period.find(text.title()).or(() -> Period.find(text.sheetName()))
                    .or(() -> Period.find(text.fileName())).orElse(null);
            case FILENAME -> sheetPeriod = Period.find(text.fileStem()).orElse(null);
            case SHEET_NAME -> sheetPeriod = Period.find(text.sheetName()).orElse(null);
            case COLUMN_HEADER -> problems.add("period: from: column_header 只能写在值列（values）中");
        }
        if (period.from() != From.COLUMN && period.from() != From.COLUMN_HEADER && sheetPeriod == null) {
            problems.add("无法从" + where(period.from()) + "中识别统计时期（如 2024年1-12月）");
        }
    }

    /** A field read once for the sheet from its title, file name or sheet name. */
    private void sheetField(SourceDefinition.Field f, SheetText text, LoadContext ctx, List<String> problems) {
        String source = switch (f.from()) {
            case TITLE -> text.title();
            case FILENAME -> text.fileStem();
            case SHEET_NAME -> text.sheetName();
            default -> "";
        };
        String where = where(f.from());
        if (!f.map().isEmpty()) {
            String k = TextCleaner.key(source);
            Set<String> mapped = new java.util.LinkedHashSet<>();
            f.map().forEach((name, code) -> {
                if (k.contains(name)) {
                    mapped.add(code);
                }
            });
            if (mapped.size() == 1) {
                sheetFields.put(f.name(), mapped.iterator().next());
            } else {
                problems.add(mapped.isEmpty() ? where + "中没有字段 " + f.name() + " 的可选值 " + f.map().keySet() + " 之一"
                        : where + "中同时有字段 " + f.name() + " 的多个可选值，对应 " + mapped);
            }
            return;
        }
        switch (f.type()) {
            case DATE -> {
                Optional<LocalDate> d = DateParser.find(source);
                if (f.from() == From.TITLE) {
                    d = d.or(() -> DateParser.find(text.fileName()));
                }
                LocalDate date = d.orElseGet(() -> sheetPeriod == null ? null : YearMonth.of(sheetPeriod.year(), sheetPeriod.month()).atEndOfMonth());
                if (date == null) {
                    problems.add("无法从" + where + "中识别字段 " + f.name() + " 的日期");
                } else {
                    sheetFields.put(f.name(), date);
                }
            }
            case YEAR -> {
                Optional<Period> p = Period.find(source);
                if (f.from() == From.TITLE) {
                    p = p.or(() -> Period.find(text.sheetName())).or(() -> Period.find(text.fileName()));
                }
                if (p.isEmpty() && sheetPeriod != null) {
                    p = Optional.of(sheetPeriod);
                }
                if (p.isEmpty()) {
                    problems.add("无法从" + where + "中识别字段 " + f.name() + " 的年份");
                } else {
                    sheetFields.put(f.name(), p.get().year());
                }
            }
            case REGION -> regionIn(source, where, new SourceDefinition.Place(f.from(), null, null, null, false), ctx, problems)
                    .filter(r -> r != AMBIGUOUS)
                    .ifPresentOrElse(r -> sheetFields.put(f.name(), r.code()),
                            () -> { if (problems.isEmpty()) problems.add("无法从" + where + "中识别字段 " + f.name() + " 的地区"); });
            case TEXT -> sheetFields.put(f.name(), source.strip());
            default -> problems.add("字段 " + f.name() + " 的类型 " + f.type() + " 不能读自" + where + "（可用 map: 把文字对应为代码）");
        }
    }

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
            UnitTable.Unit unit = v.unit() != null ? ctx.units().get(v.unit()).orElse(null)
                    : unitIn(label, ctx).or(() -> Optional.ofNullable(idx < unitsRow.size() ? unitsRow.get(idx) : null))
                            .or(() -> titleUnit).orElse(null);
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
            if (unit == null && v.kind().equals("level") && !perRowUnit) {
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

    private Integer find(ColumnMatch match, boolean required, String what, List<String> problems) {
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

    /** A unit in a header label: "（亿元）", "单位：万件", or a header line that is a unit ("%"). */
    static Optional<UnitTable.Unit> unitIn(String label, LoadContext ctx) {
        Optional<UnitTable.Unit> u = ctx.units().findIn(label);
        if (u.isPresent()) {
            return u;
        }
        for (String line : label.split("/")) {
            Optional<UnitTable.Unit> exact = ctx.units().get(line);
            if (exact.isPresent()) {
                return exact;
            }
        }
        return Optional.empty();
    }

    /** The unit a units-row cell states ("亿元", "（万件）", "单位：个"), or null. */
    static UnitTable.Unit unitOf(String cell, LoadContext ctx) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return ctx.units().get(cell).or(() -> ctx.units().findIn(cell)).orElse(null);
    }

    private static String where(From from) {
        return switch (from) {
            case TITLE -> "标题";
            case FILENAME -> "文件名";
            case SHEET_NAME -> "工作表名";
            case COLUMN_HEADER -> "列的表头";
            default -> "定义";
        };
    }

    String label(int index) {
        return index >= 0 && index < labels.size() ? labels.get(index) : null;
    }
}
