package netmarket.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import netmarket.extract.CellValue;
import netmarket.extract.SheetRow;
import netmarket.normalize.CreditCode;
import netmarket.normalize.DateParser;
import netmarket.normalize.Metric;
import netmarket.normalize.MetricCatalog;
import netmarket.normalize.MetricLabel;
import netmarket.normalize.Period;
import netmarket.normalize.OperatorIdentity;
import netmarket.normalize.PersonalId;
import netmarket.normalize.PiiProtector;
import netmarket.normalize.Region;
import netmarket.normalize.TextCleaner;
import netmarket.normalize.UnitTable;
import netmarket.normalize.ValueException;
import netmarket.normalize.ValueParser;
import netmarket.source.SourceDefinition;

/**
 * Turns one data row into rows of the target table, normalized: region codes, periods, base
 * units as exact decimals, validated credit codes, hashed and masked personal identifiers. A row
 * is all or nothing: one bad cell rejects the row, with every reason found.
 */
final class RowInterpreter {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_TEXT = 2000;
    /** Where a name's keyed hash waits until the row knows whether it has an ID number. */
    private static final String NAME_HASH = "\u0000name_hash";
    private static final java.util.Set<String> PII_TYPES = java.util.Set.of("operator_id", "person_id", "phone", "person_name");

    private final SourceDefinition def;
    private final SheetLayout layout;
    private final LoadContext ctx;

    RowInterpreter(SourceDefinition def, SheetLayout layout, LoadContext ctx) {
        this.def = def;
        this.layout = layout;
        this.ctx = ctx;
    }

    RowResult interpret(SheetRow row) {
        if (row.isBlank()) {
            return new RowResult.Skipped("blank");
        }
        String first = TextCleaner.key(row.firstText());
        for (String note : def.skip().notes()) {
            if (first.startsWith(TextCleaner.key(note))) {
                return new RowResult.Skipped("note");
            }
        }
        Integer keyColumn = layout.regionColumn != null ? layout.regionColumn : firstRegionField();
        String keyText = keyColumn != null ? TextCleaner.key(row.cell(keyColumn).text()) : first;
        for (String total : def.skip().totals()) {
            if (keyText.equals(TextCleaner.key(total))) {
                return new RowResult.Skipped("total");
            }
        }
        if (isRepeatedHeader(row)) {
            return new RowResult.Skipped("header");
        }
        if (row.cells().size() > layout.labels.size()) {
            // a value where the header has no column: the row is shifted (an unquoted "28,530" in a CSV)
            int column = layout.labels.size();
            return new RowResult.Rejected(List.of(new RowResult.Reject("第" + (column + 1) + "列", row.cell(column).text(),
                    "该行在表头之外还有值（表头共 " + column + " 列）：可能有未加引号的逗号，数值已错位")));
        }
        List<RowResult.Reject> rejects = new ArrayList<>();
        List<Map<String, Object>> out = def.isMetricTarget() ? metricValues(row, rejects) : record(row, rejects);
        if (!rejects.isEmpty()) {
            return new RowResult.Rejected(rejects);
        }
        if (out == null) {
            return new RowResult.Skipped("out_of_scope");
        }
        if (out.isEmpty()) {
            return new RowResult.Skipped("no_values");
        }
        return new RowResult.Loaded(out);
    }

    /**
     * The figures of one row: one per non-blank value column, each with its metric (declared, or
     * named by the row's label), its region and period (the column's own, else the row's or the
     * sheet's) and its unit (row label, unit column, column header, units row, title: the first
     * that states one). A level whose unit no one states is rejected, never assumed.
     */
    private List<Map<String, Object>> metricValues(SheetRow row, List<RowResult.Reject> rejects) {
        if (layout.values.stream().allMatch(bv -> blankValue(row.cell(bv.index())))) {
            return List.of();
        }
        boolean needRowRegion = layout.values.stream().anyMatch(bv -> bv.region() == null);
        boolean needRowPeriod = layout.values.stream().anyMatch(bv -> bv.period() == null);
        Region rowRegion = needRowRegion ? region(row, rejects) : null;
        Period rowPeriod = needRowPeriod ? period(row, rejects) : null;
        String label = layout.fields.containsKey("metric") ? text(row, "metric") : null;
        if (label != null && label.isBlank()) {
            rejects.add(reject(row, "metric", "指标名称为空"));
            return List.of();
        }
        String metricName = label == null ? null : MetricLabel.name(label);
        UnitTable.Unit labelUnit = label == null ? null : ctx.units().findIn(label).orElse(null);
        UnitTable.Unit columnUnit = null;
        String unitText = text(row, "unit");
        if (unitText != null && !unitText.isBlank()) {
            columnUnit = ctx.units().get(unitText).orElse(null);
            if (columnUnit == null) {
                rejects.add(reject(row, "unit", "单位「" + unitText + "」不在单位表（jobs/reference/units.csv）中"));
                return List.of();
            }
        }
        String rowKind = null;
        if (layout.fields.containsKey("kind")) {
            rowKind = valueKind(text(row, "kind"), row, rejects);
            if (rowKind == null) {
                return List.of();
            }
        }
        java.time.LocalDate rowReleased = null;
        if (layout.releasedColumn != null) {
            CellValue cell = row.cell(layout.releasedColumn);
            try {
                rowReleased = DateParser.parse(cell);
            } catch (ValueException e) {
                rejects.add(new RowResult.Reject(layout.label(layout.releasedColumn), cell.text(), "该行的发布日期: " + e.getMessage()));
                return List.of();
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        boolean outOfScope = false;
        for (SheetLayout.BoundValue bv : layout.values) {
            CellValue cell = row.cell(bv.index());
            Region region = bv.region() != null ? bv.region() : rowRegion;
            Period period = bv.period() != null ? bv.period() : rowPeriod;
            if (blankValue(cell) || region == null || period == null) {
                continue;
            }
            Metric metric;
            if (bv.spec().metric() != null) {
                metric = ctx.metrics().byId(bv.spec().metric()).orElseThrow();
            } else {
                MetricCatalog.Match match = resolveLabel(label, period);
                if (match instanceof MetricCatalog.Found f) {
                    metric = f.metric();
                } else if (match instanceof MetricCatalog.Unknown u) {
                    rejects.add(reject(row, "metric", u.reason()));
                    return List.of();
                } else if (match instanceof MetricCatalog.LookAlike la) {
                    rejects.add(reject(row, "metric", "「" + metricName + "」与「" + la.of().name() + "」是不同的统计口径，不能作为"
                            + la.of().name() + "读取（jobs/reference/metrics.yml 中该指标的 not）"));
                    return List.of();
                } else {
                    outOfScope = true;
                    continue;
                }
            }
            String kind = bv.spec().kind() != null ? bv.spec().kind() : rowKind != null ? rowKind : "level";
            // a unit stated for the row ("（亿元）") is the level's: a growth rate or share beside it is in percent
            UnitTable.Unit unit = !kind.equals("level") ? null : labelUnit != null ? labelUnit : columnUnit != null ? columnUnit : bv.unit();
            try {
                BigDecimal value = normalizeValue(ValueParser.parse(cell), kind, unit, metric);
                Map<String, Object> m = fact(metric, kind, region, period, value, cell.text(), unit);
                m.put("source_label", label != null ? label : bv.label());
                m.put("column_name", bv.label());
                m.put("released_on", rowReleased);
                if (def.fields().containsKey("note")) {
                    String note = text(row, "note");
                    m.put("source_note", note == null ? null : truncate(note));
                }
                out.add(m);
            } catch (ValueException e) {
                rejects.add(new RowResult.Reject(bv.label(), cell.text(), metric.name() + ": " + e.getMessage()));
            }
        }
        return out.isEmpty() && outOfScope && rejects.isEmpty() ? null : out;
    }

    /** The label's metric: the first of its readings ({@link MetricLabel#names}) the catalog knows, else why none is. */
    private MetricCatalog.Match resolveLabel(String label, Period period) {
        MetricCatalog.Match last = null;
        for (String name : MetricLabel.names(label)) {
            last = ctx.metrics().resolve(name, period);
            if (!(last instanceof MetricCatalog.Unknown)) {
                return last;
            }
        }
        return last;
    }

    /** Whether a value cell holds nothing ("—", "-", "…", empty); a malformed number is not blank. */
    private static boolean blankValue(CellValue cell) {
        try {
            return ValueParser.parse(cell).isBlank();
        } catch (ValueException e) {
            return false;
        }
    }

    private Map<String, Object> fact(Metric metric, String kind, Region region, Period period, BigDecimal value,
            String sourceValue, UnitTable.Unit unit) {
        Map<String, Object> m = new HashMap<>();
        m.put("metric_id", metric.id());
        m.put("value_kind", kind);
        m.put("region_code", region.code());
        m.put("period_kind", period.kindCode());
        m.put("period_year", period.year());
        m.put("period_month", period.month());
        m.put("value", value);
        m.put("unit", kind.equals("level") ? metric.unit() : "%");
        m.put("source_value", sourceValue);
        m.put("source_unit", unit == null ? (kind.equals("level") ? null : "%") : unit.name());
        return m;
    }

    /** Level values to the metric's base unit, exactly; rates and shares stay in percent. */
    private BigDecimal normalizeValue(ValueParser.Parsed parsed, String kind, UnitTable.Unit unit, Metric metric) {
        BigDecimal v = parsed.value();
        switch (kind) {
            case "level" -> {
                if (parsed.percent()) {
                    throw new ValueException("应为数量或金额，却是百分数");
                }
                if (unit == null) {
                    throw new ValueException("没有单位：行标签、单位列、表头、单位行和标题中都没有写明（单位不会被猜测）");
                }
                if (!unit.baseUnit().equals(metric.unit())) {
                    throw new ValueException("单位「" + unit.name() + "」与指标单位「" + metric.unit() + "」不符");
                }
                if (v.signum() < 0) {
                    throw new ValueException("数量或金额不能为负数: " + v.toPlainString());
                }
                BigDecimal base = v.multiply(unit.factor());
                if (base.stripTrailingZeros().scale() > 6) {
                    throw new ValueException("小数位过多，无法精确换算为" + metric.unit());
                }
                return base.setScale(6, RoundingMode.UNNECESSARY);
            }
            case "share_pct" -> {
                if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
                    throw new ValueException("占比应在0%到100%之间，实为 " + v.toPlainString() + "%");
                }
                return v.setScale(6, RoundingMode.HALF_EVEN);
            }
            default -> {
                return v.setScale(6, RoundingMode.HALF_EVEN);
            }
        }
    }

    private List<Map<String, Object>> record(SheetRow row, List<RowResult.Reject> rejects) {
        Map<String, Object> m = new HashMap<>(def.constants());
        m.putAll(layout.sheetFields);
        if (def.region() != null) {
            Region region = region(row, rejects);
            if (region != null) {
                m.put("region_code", region.code());
            }
        }
        for (SourceDefinition.Field f : def.fields().values()) {
            if (f.from() != null || f.perColumn()) {
                continue;
            }
            CellValue cell = cell(row, f.name());
            String column = layout.label(layout.fields.getOrDefault(f.name(), -1));
            readField(m, f, cell, column, rejects);
        }
        SourceDefinition.Field perColumn = def.perColumnField();
        if (perColumn == null) {
            return List.of(personKeyed(m));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (SheetLayout.BoundColumn bc : layout.perColumn) {
            CellValue cell = row.cell(bc.index());
            if (blankValue(cell)) {
                continue;
            }
            Map<String, Object> one = new HashMap<>(m);
            one.putAll(bc.headerValues());
            if (readField(one, perColumn, cell, bc.label(), rejects)) {
                out.add(personKeyed(one));
            }
        }
        return rejects.isEmpty() ? out : List.of();
    }

    /** Reads one field's cell into {@code m}; false (with the reason in {@code rejects}) when it cannot. */
    private boolean readField(Map<String, Object> m, SourceDefinition.Field f, CellValue cell, String column,
            List<RowResult.Reject> rejects) {
        try {
            if (cell.isBlank() || (f.type().equals("decimal") && blankValue(cell))) {
                if (f.required()) {
                    throw new ValueException("必填项为空");
                }
                return true;
            }
            if (!f.map().isEmpty()) {
                String mapped = f.map().get(TextCleaner.key(cell.text()));
                if (mapped == null) {
                    throw new ValueException("「" + ValueParser.abbreviate(cell.text().strip()) + "」不是可选值 " + f.map().keySet() + " 之一");
                }
                m.put(f.name(), mapped);
                return true;
            }
            putTyped(m, f, cell, column);
            return true;
        } catch (ValueException e) {
            String text = cell.text().strip().toUpperCase();
            boolean personal = PersonalId.hasShape(text) || (PII_TYPES.contains(f.type()) && !CreditCode.looksLike(text));
            String shown = personal ? mask(f.type(), cell.text().strip()) : cell.text();
            rejects.add(new RowResult.Reject(column, shown, f.name() + ": " + e.getMessage()));
            return false;
        }
    }

    /** A person known only by name (a ledger without ID numbers) is identified by the name's keyed hash. */
    private static Map<String, Object> personKeyed(Map<String, Object> m) {
        Object nameHash = m.remove(NAME_HASH);
        if (!m.containsKey("person_key") && nameHash != null) {
            m.put("person_key", "N" + ((String) nameHash).substring(0, 32));
        }
        return m;
    }

    private void putTyped(Map<String, Object> m, SourceDefinition.Field f, CellValue cell, String label) {
        String raw = TextCleaner.halfWidth(cell.text()).strip();
        PiiProtector pii = ctx.pii();
        switch (f.type()) {
            case "text" -> {
                if (raw.length() > MAX_TEXT) {
                    throw new ValueException("文本过长（" + raw.length() + " 字符，上限 " + MAX_TEXT + "）");
                }
                m.put(f.name(), raw);
            }
            case "region" -> m.put(f.name(), ctx.regions().resolve(raw)
                    .orElseThrow(() -> new ValueException(unknownRegion(raw))).code());
            case "date" -> m.put(f.name(), DateParser.parse(cell));
            case "year" -> m.put(f.name(), year(cell));
            case "integer" -> {
                BigDecimal v = ValueParser.parse(cell).value();
                if (v.stripTrailingZeros().scale() > 0) {
                    throw new ValueException("应为整数: " + raw);
                }
                if (v.signum() < 0) {
                    throw new ValueException("不能为负数: " + raw);
                }
                if (v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                    throw new ValueException("数值过大: " + ValueParser.abbreviate(raw));
                }
                m.put(f.name(), v.longValueExact());
            }
            case "decimal" -> {
                ValueParser.Parsed parsed = ValueParser.parse(cell);
                UnitTable.Unit unit;
                if ("header".equals(f.unit())) {
                    // the unit must be written in the header ("（万元）") or the title ("单位：万元")
                    unit = (label == null ? java.util.Optional.<UnitTable.Unit>empty() : ctx.units().findIn(label))
                            .or(() -> layout.titleUnit)
                            .orElseThrow(() -> new ValueException("表头和标题中都没有单位（如“（万元）”），无法换算"));
                } else if (f.unit() != null) {
                    unit = ctx.units().get(f.unit()).orElseThrow(() -> new ValueException("单位「" + f.unit() + "」不在单位表中"));
                } else {
                    unit = label == null ? null : ctx.units().findIn(label).orElse(null);
                }
                BigDecimal v = parsed.value();
                if (v.signum() < 0) {
                    throw new ValueException("不能为负数: " + raw);
                }
                if (f.baseUnit() != null && unit == null) {
                    throw new ValueException("没有单位：应写明可换算为" + f.baseUnit() + "的单位（单位不会被猜测）");
                }
                if (f.baseUnit() != null && !unit.baseUnit().equals(f.baseUnit())) {
                    throw new ValueException("单位「" + unit.name() + "」不能换算为" + f.baseUnit());
                }
                if (unit != null) {
                    v = v.multiply(unit.factor());
                    m.put("source_value", raw);
                    m.put("source_unit", unit.name());
                }
                if (v.stripTrailingZeros().scale() > 6) {
                    throw new ValueException("小数位过多: " + raw);
                }
                m.put(f.name(), v);
            }
            case "boolean" -> m.put(f.name(), bool(raw));
            case "credit_code" -> {
                String code = raw.toUpperCase();
                if (PersonalId.hasShape(code)) {
                    throw new ValueException("形如身份证号码，不作为统一社会信用代码存储");
                }
                String problem = CreditCode.problem(code);
                if (problem != null) {
                    throw new ValueException(problem);
                }
                // an operator identified by credit code only: stored as operator_id stores one
                m.put("operator_key", code);
                m.put("credit_code", code);
            }
            case "operator_id" -> {
                OperatorIdentity who = OperatorIdentity.of(raw, pii);
                m.put("operator_key", who.operatorKey());
                m.put("credit_code", who.creditCode());
                m.put("person_id_hash", who.personIdHash());
                m.put("person_id_masked", who.personIdMasked());
            }
            case "person_id" -> {
                String id = raw.toUpperCase();
                String problem = PersonalId.problem(id);
                if (problem != null) {
                    throw new ValueException(problem);
                }
                String hash = pii.hash(id);
                m.put("person_key", "P" + hash.substring(0, 32));
                m.put("person_id_hash", hash);
                m.put("person_id_masked", PiiProtector.maskId(id));
            }
            case "phone" -> {
                String digits = raw.replaceAll("[\\s-]", "");
                if (!digits.matches("\\+?\\d{7,15}")) {
                    throw new ValueException("电话号码格式错误");
                }
                m.put("phone_masked", PiiProtector.maskPhone(digits)); // masked only: see PiiProtector.maskPhone
            }
            case "person_name" -> {
                m.put(f.name(), PiiProtector.maskName(raw));
                m.put(NAME_HASH, pii.hash(TextCleaner.key(raw)));
            }
            default -> throw new ValueException("字段类型 " + f.type() + " 不适用于此目标表");
        }
    }

    private Region region(SheetRow row, List<RowResult.Reject> rejects) {
        if (layout.fixedRegion != null) {
            return layout.fixedRegion;
        }
        Integer col = layout.regionColumn != null ? layout.regionColumn : layout.fields.get("region");
        if (col == null) {
            rejects.add(new RowResult.Reject(null, null, "数据源定义没有说明地区从何而来"));
            return null;
        }
        String raw = row.cell(col).text();
        Optional<Region> r = ctx.regions().resolve(raw);
        if (r.isEmpty()) {
            rejects.add(new RowResult.Reject(layout.label(col), raw, raw.isBlank() ? "地区为空" : unknownRegion(raw)));
        }
        return r.orElse(null);
    }

    private Period period(SheetRow row, List<RowResult.Reject> rejects) {
        if (layout.sheetPeriod != null) {
            return layout.sheetPeriod;
        }
        Integer col = layout.periodColumn != null ? layout.periodColumn : layout.fields.get("period");
        if (col == null) {
            rejects.add(new RowResult.Reject(null, null, "数据源定义没有说明统计时期从何而来"));
            return null;
        }
        String raw = row.cell(col).text();
        Integer year = null;
        Integer yearCol = layout.yearColumn != null ? layout.yearColumn : layout.fields.get("year");
        if (yearCol != null) {
            try {
                year = year(row.cell(yearCol));
            } catch (ValueException e) {
                rejects.add(new RowResult.Reject(layout.label(yearCol), row.cell(yearCol).text(), "年份: " + e.getMessage()));
                return null;
            }
        }
        Optional<Period> p = Period.parse(raw, year);
        if (p.isEmpty()) {
            rejects.add(new RowResult.Reject(layout.label(col), raw, "无法识别统计时期"));
        }
        return p.orElse(null);
    }

    private static Integer year(CellValue cell) {
        String s = TextCleaner.halfWidth(cell.text()).strip().replace("年度", "").replace("年", "");
        if (!s.matches("\\d{4}(\\.0+)?")) {
            throw new ValueException("不是年份: " + ValueParser.abbreviate(s));
        }
        int y = Integer.parseInt(s.substring(0, 4));
        if (y < 1990 || y > 2100) {
            throw new ValueException("年份超出范围: " + y);
        }
        return y;
    }

    private static Boolean bool(String raw) {
        return switch (raw.toLowerCase()) {
            case "是", "已", "已完成", "y", "yes", "true", "1", "√" -> Boolean.TRUE;
            case "否", "未", "未完成", "n", "no", "false", "0", "×" -> Boolean.FALSE;
            default -> throw new ValueException("应为“是”或“否”: " + raw);
        };
    }

    private String valueKind(String raw, SheetRow row, List<RowResult.Reject> rejects) {
        if (raw == null || raw.isBlank()) {
            rejects.add(reject(row, "kind", "数值类型为空"));
            return null;
        }
        SourceDefinition.Field field = def.fields().get("kind");
        String kind = field != null && !field.map().isEmpty() ? field.map().get(TextCleaner.key(raw))
                : ctx.metrics().valueKind(raw).orElse(null);
        if (kind == null) {
            rejects.add(reject(row, "kind", "数值类型「" + raw + "」无法识别（可用的写法见 jobs/reference/metrics.yml 的 value_kinds，"
                    + "或在定义的 fields.kind 中写 map:）"));
        }
        return kind;
    }

    private String unknownRegion(String raw) {
        return "未知地区「" + ValueParser.abbreviate(raw) + "」，请在 jobs/reference/regions.csv 中登记";
    }

    private CellValue cell(SheetRow row, String field) {
        Integer idx = layout.fields.get(field);
        return idx == null ? CellValue.BLANK : row.cell(idx);
    }

    private String text(SheetRow row, String field) {
        Integer idx = layout.fields.get(field);
        return idx == null ? null : row.cell(idx).text().strip();
    }

    private RowResult.Reject reject(SheetRow row, String field, String reason) {
        Integer idx = layout.fields.get(field);
        return new RowResult.Reject(idx == null ? field : layout.label(idx), row == null || idx == null ? null : row.cell(idx).text(), reason);
    }

    private Integer firstRegionField() {
        return def.fields().values().stream()
                .filter(f -> f.type().equals("region"))
                .map(f -> layout.fields.get(f.name()))
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    private boolean isRepeatedHeader(SheetRow row) {
        int same = 0;
        int nonBlank = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank()) {
                nonBlank++;
                String label = layout.label(i);
                if (label != null && label.endsWith(row.cell(i).text().strip())) {
                    same++;
                }
            }
        }
        return nonBlank >= 2 && same == nonBlank;
    }

    /** The masked form of a personal identifier that failed its check, as the field's type shows it. */
    private static String mask(String type, String raw) {
        return switch (type) {
            case "phone" -> PiiProtector.maskPhone(raw);
            case "person_name" -> PiiProtector.maskName(raw);
            default -> PiiProtector.maskId(raw);
        };
    }

    private static String truncate(String s) {
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }

}
