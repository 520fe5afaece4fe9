package netmarket.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import netmarket.extract.CellValue;
import netmarket.extract.SheetRow;
import netmarket.normalize.DateParser;
import netmarket.normalize.Metric;
import netmarket.normalize.MetricCatalog;
import netmarket.normalize.MetricLabel;
import netmarket.normalize.Period;
import netmarket.normalize.Region;
import netmarket.normalize.TextCleaner;
import netmarket.normalize.UnitTable;
import netmarket.normalize.ValueException;
import netmarket.normalize.ValueKind;
import netmarket.normalize.ValueParser;
import netmarket.source.SourceDefinition;

/**
 * The figures of a metric table (retail sales, express volumes, tax) from one data row: each value
 * cell with its metric, region, period, value kind and unit, the level in the metric's base unit
 * as an exact decimal. A figure whose unit no one states, or whose label names another statistic,
 * is rejected, never guessed.
 */
final class MetricRows {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SourceDefinition def;
    private final SheetLayout layout;
    private final LoadContext ctx;
    private final RowCells cells;

    MetricRows(SourceDefinition def, SheetLayout layout, LoadContext ctx, RowCells cells) {
        this.def = def;
        this.layout = layout;
        this.ctx = ctx;
        this.cells = cells;
    }

    /**
     * The figures of one row: one per non-blank value column, each with its metric (declared, or
     * named by the row's label), its region and period (the column's own, else the row's or the
     * sheet's) and its unit (row label, unit column, column header, units row, title: the first
     * that states one). A level whose unit no one states is rejected, never assumed.
     */
    List<Map<String, Object>> of(SheetRow row, List<RowResult.Reject> rejects) {
        if (layout.values.stream().allMatch(bv -> RowCells.blankValue(row.cell(bv.index())))) {
            return List.of();
        }
        boolean needRowRegion = layout.values.stream().anyMatch(bv -> bv.region() == null);
        boolean needRowPeriod = layout.values.stream().anyMatch(bv -> bv.period() == null);
        Region rowRegion = needRowRegion ? cells.region(row, rejects) : null;
        Period rowPeriod = needRowPeriod ? cells.period(row, rejects) : null;
        RowFacts facts = facts(row, rejects);
        if (facts == null) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        boolean outOfScope = false;
        for (SheetLayout.BoundValue bv : layout.values) {
            CellValue cell = row.cell(bv.index());
            Region region = bv.region() != null ? bv.region() : rowRegion;
            Period period = bv.period() != null ? bv.period() : rowPeriod;
            if (RowCells.blankValue(cell) || region == null || period == null) {
                continue;
            }
            Metric metric;
            if (bv.spec().metric() != null) {
                metric = ctx.metrics().byId(bv.spec().metric()).orElseThrow();
            } else {
                MetricCatalog.Match match = resolveLabel(facts.label(), period);
                if (match instanceof MetricCatalog.Found f) {
                    metric = f.metric();
                } else if (match instanceof MetricCatalog.Unknown || match instanceof MetricCatalog.LookAlike) {
                    rejects.add(cells.reject(row, "metric", labelProblem(match, facts)));
                    return List.of();
                } else {
                    outOfScope = true;
                    continue;
                }
            }
            Map<String, Object> m = figure(row, bv, metric, region, period, facts, rejects);
            if (m != null) {
                out.add(m);
            }
        }
        return out.isEmpty() && outOfScope && rejects.isEmpty() ? null : out;
    }

    /** What the row says about all its figures: its label and the label's metric name, the units it states, its value kind, its release date. */
    private record RowFacts(String label, String metricName, UnitTable.Unit labelUnit, UnitTable.Unit columnUnit, String kind,
            LocalDate released) {}

    /** The row's facts; null (with the reason in {@code rejects}) when one of them cannot be read. */
    private RowFacts facts(SheetRow row, List<RowResult.Reject> rejects) {
        String label = layout.fields.containsKey("metric") ? cells.text(row, "metric") : null;
        if (label != null && label.isBlank()) {
            rejects.add(cells.reject(row, "metric", "指标名称为空"));
            return null;
        }
        UnitTable.Unit columnUnit = null;
        String unitText = cells.text(row, "unit");
        if (unitText != null && !unitText.isBlank()) {
            columnUnit = ctx.units().get(unitText).orElse(null);
            if (columnUnit == null) {
                rejects.add(cells.reject(row, "unit", "单位「" + unitText + "」不在单位表（jobs/reference/units.csv）中"));
                return null;
            }
        }
        String kind = null;
        if (layout.fields.containsKey("kind")) {
            kind = valueKind(cells.text(row, "kind"), row, rejects);
            if (kind == null) {
                return null;
            }
        }
        LocalDate released = null;
        if (layout.releasedColumn != null) {
            CellValue cell = row.cell(layout.releasedColumn);
            try {
                released = DateParser.parse(cell);
            } catch (ValueException e) {
                rejects.add(new RowResult.Reject(layout.label(layout.releasedColumn), cell.text(), "该行的发布日期: " + e.getMessage()));
                return null;
            }
        }
        return new RowFacts(label, label == null ? null : MetricLabel.name(label),
                label == null ? null : ctx.units().findIn(label).orElse(null), columnUnit, kind, released);
    }

    /** Why the row's label names no metric of the catalog. */
    private static String labelProblem(MetricCatalog.Match match, RowFacts facts) {
        if (match instanceof MetricCatalog.LookAlike la) {
            return "「" + facts.metricName() + "」与「" + la.of().name() + "」是不同的统计口径，不能作为"
                    + la.of().name() + "读取（jobs/reference/metrics.yml 中该指标的 not）";
        }
        return ((MetricCatalog.Unknown) match).reason();
    }

    /** One value cell as a stored figure; null (with the reason in {@code rejects}) when its value cannot be stored. */
    private Map<String, Object> figure(SheetRow row, SheetLayout.BoundValue bv, Metric metric, Region region, Period period, RowFacts facts,
            List<RowResult.Reject> rejects) {
        CellValue cell = row.cell(bv.index());
        ValueKind kind = ValueKind.of(bv.spec().kind() != null ? bv.spec().kind() : facts.kind() != null ? facts.kind() : ValueKind.LEVEL.code())
                .orElseThrow();
        // a unit stated for the row ("（亿元）") is the level's: a growth rate or share beside it is in percent
        UnitTable.Unit unit = kind != ValueKind.LEVEL ? null
                : facts.labelUnit() != null ? facts.labelUnit() : facts.columnUnit() != null ? facts.columnUnit() : bv.unit();
        try {
            BigDecimal value = normalizeValue(ValueParser.parse(cell), kind, unit, metric);
            Map<String, Object> m = fact(metric, kind, region, period, value, cell.text(), unit);
            m.put("source_label", facts.label() != null ? facts.label() : bv.label());
            m.put("column_name", bv.label());
            m.put("released_on", facts.released());
            if (def.fields().containsKey("note")) {
                String note = cells.text(row, "note");
                m.put("source_note", note == null ? null : truncate(note));
            }
            return m;
        } catch (ValueException e) {
            rejects.add(new RowResult.Reject(bv.label(), cell.text(), metric.name() + ": " + e.getMessage()));
            return null;
        }
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

    private Map<String, Object> fact(Metric metric, ValueKind kind, Region region, Period period, BigDecimal value,
            String sourceValue, UnitTable.Unit unit) {
        Map<String, Object> m = new HashMap<>();
        m.put("metric_id", metric.id());
        m.put("value_kind", kind.code());
        m.put("region_code", region.code());
        m.put("period_kind", period.kindCode());
        m.put("period_year", period.year());
        m.put("period_month", period.month());
        m.put("value", value);
        m.put("unit", kind == ValueKind.LEVEL ? metric.unit() : "%");
        m.put("source_value", sourceValue);
        m.put("source_unit", unit == null ? (kind == ValueKind.LEVEL ? null : "%") : unit.name());
        return m;
    }

    /** Level values to the metric's base unit, exactly; rates and shares stay in percent. */
    private BigDecimal normalizeValue(ValueParser.Parsed parsed, ValueKind kind, UnitTable.Unit unit, Metric metric) {
        BigDecimal v = parsed.value();
        switch (kind) {
            case LEVEL -> {
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
            case SHARE_PCT -> {
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

    private String valueKind(String raw, SheetRow row, List<RowResult.Reject> rejects) {
        if (raw == null || raw.isBlank()) {
            rejects.add(cells.reject(row, "kind", "数值类型为空"));
            return null;
        }
        SourceDefinition.Field field = def.fields().get("kind");
        String kind = field != null && !field.map().isEmpty() ? field.map().get(TextCleaner.key(raw))
                : ctx.metrics().valueKind(raw).orElse(null);
        if (kind == null) {
            rejects.add(cells.reject(row, "kind", "数值类型「" + raw + "」无法识别（可用的写法见 jobs/reference/metrics.yml 的 value_kinds，"
                    + "或在定义的 fields.kind 中写 map:）"));
        }
        return kind;
    }

    private static String truncate(String s) {
        return s.length() > FieldValues.MAX_TEXT ? s.substring(0, FieldValues.MAX_TEXT) : s;
    }
}
