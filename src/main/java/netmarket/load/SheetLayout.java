package netmarket.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import netmarket.extract.InputFileException;
import netmarket.normalize.DateParser;
import netmarket.normalize.Period;
import netmarket.normalize.Region;
import netmarket.normalize.UnitTable;
import netmarket.source.ColumnMatch;
import netmarket.source.SourceDefinition;

/**
 * Where each declared column sits in one sheet, found by header text once per sheet; plus what
 * the sheet says as a whole (its title's period and unit). Missing or ambiguous columns fail the
 * file with the header the sheet actually has.
 */
final class SheetLayout {

    /** A wide value column bound to its position and unit. */
    record BoundValue(SourceDefinition.ValueColumn spec, int index, String label, UnitTable.Unit unit) {}

    final List<String> labels;
    final Map<String, Integer> fields = new LinkedHashMap<>();
    final List<BoundValue> values = new ArrayList<>();
    Integer regionColumn;
    Integer periodColumn;
    Integer yearColumn;
    Region fixedRegion;
    Period sheetPeriod;
    Optional<UnitTable.Unit> titleUnit;
    /** A full date written in the title or file name ("导出日期：2025-06-30"), if any. */
    Optional<java.time.LocalDate> sheetDate;

    private SheetLayout(List<String> labels) {
        this.labels = labels;
    }

    static SheetLayout resolve(SourceDefinition def, List<String> labels, String title, String fileName, LoadContext ctx) {
        SheetLayout l = new SheetLayout(labels);
        List<String> problems = new ArrayList<>();
        l.titleUnit = ctx.units().findIn(title);
        l.sheetDate = DateParser.find(title).or(() -> DateParser.find(fileName));
        SourceDefinition.Place region = def.region();
        if (region != null) {
            switch (region.from()) {
                case "column" -> l.regionColumn = l.find(region.column(), true, "地区列", problems);
                case "fixed" -> l.fixedRegion = ctx.regions().resolve(region.fixed())
                        .orElseThrow(() -> new InputFileException("数据源定义中的固定地区「" + region.fixed() + "」不在地区代码表中"));
                default -> l.fixedRegion = findRegion(region.from().equals("title") ? title : fileName, ctx)
                        .orElseThrow(() -> new InputFileException("无法从" + (region.from().equals("title") ? "标题" : "文件名") + "中识别地区"));
            }
        }
        SourceDefinition.Place period = def.period();
        if (period != null) {
            switch (period.from()) {
                case "column" -> {
                    l.periodColumn = l.find(period.column(), true, "时期列", problems);
                    if (period.yearColumn() != null) {
                        l.yearColumn = l.find(period.yearColumn(), true, "年份列", problems);
                    }
                }
                case "fixed" -> l.sheetPeriod = Period.find(period.fixed())
                        .orElseThrow(() -> new InputFileException("数据源定义中的固定时期「" + period.fixed() + "」无法识别"));
                default -> {
                    String text = period.from().equals("title") ? title : fileName;
                    l.sheetPeriod = Period.find(text).or(() -> Period.find(fileName)).orElseThrow(() -> new InputFileException(
                            "无法从" + (period.from().equals("title") ? "标题或文件名" : "文件名") + "中识别统计时期（如 2024年1-12月）"));
                }
            }
        }
        for (SourceDefinition.Field f : def.fields().values()) {
            if (f.header() != null) {
                Integer idx = l.find(f.header(), f.required(), "「" + f.name() + "」列", problems);
                if (idx != null) {
                    l.fields.put(f.name(), idx);
                }
            }
        }
        for (SourceDefinition.ValueColumn v : def.values()) {
            Integer idx = l.find(v.header(), v.required(), "指标列", problems);
            if (idx == null) {
                continue;
            }
            String label = labels.get(idx);
            UnitTable.Unit unit = null;
            if (v.unit() != null) {
                unit = ctx.units().get(v.unit()).orElseThrow(() -> new InputFileException("单位「" + v.unit() + "」不在单位表中"));
            } else {
                unit = unitIn(label, ctx).or(() -> l.titleUnit).orElse(null);
            }
            if (unit == null && v.kind().equals("level")) {
                problems.add("列「" + label + "」没有单位（表头或标题中应有“单位：亿元”之类的说明）");
            }
            l.values.add(new BoundValue(v, idx, label, unit));
        }
        if (!problems.isEmpty()) {
            throw new InputFileException(String.join("；", problems) + "。表头为: " + labels);
        }
        return l;
    }

    private Integer find(ColumnMatch match, boolean required, String what, List<String> problems) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (!labels.get(i).isBlank() && match.matches(labels.get(i))) {
                hits.add(i);
            }
        }
        if (hits.size() > 1) {
            problems.add(what + "「" + match.describe() + "」匹配到多列: "
                    + hits.stream().map(i -> labels.get(i) + "（第" + (i + 1) + "列）").toList());
            return null;
        }
        if (hits.isEmpty()) {
            if (required) {
                problems.add("缺少" + what + "「" + match.describe() + "」");
            }
            return null;
        }
        return hits.get(0);
    }

    /** A unit in a header label: "（亿元）", "单位：万件", or a header line that is a unit ("%"). */
    private static Optional<UnitTable.Unit> unitIn(String label, LoadContext ctx) {
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

    private static Optional<Region> findRegion(String text, LoadContext ctx) {
        return ctx.regions().all().stream()
                .filter(r -> text.contains(r.name()))
                .max((a, b) -> a.name().length() - b.name().length());
    }

    String label(int index) {
        return index >= 0 && index < labels.size() ? labels.get(index) : null;
    }
}
