package netmarket.load;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import netmarket.extract.InputFileException;
import netmarket.extract.SheetCursor;
import netmarket.extract.SheetRow;
import netmarket.extract.SpreadsheetFile;
import netmarket.extract.Spreadsheets;
import netmarket.normalize.Period;
import netmarket.source.SourceDefinition;

/**
 * What loading a file would do, without a store: which definition fits it and why, the header as
 * read (merged cells expanded), where each declared column was found, the first rows as the
 * facts or records they would become, the rejected rows with reasons and the skipped rows by kind.
 * The loop a data office uses to write a definition for a new layout.
 */
public final class Preview {

    /** Rows shown as they would be stored, and rejected rows shown with reasons. */
    static final int SHOWN = 20;

    private final LoadContext ctx;
    private final PrintStream out;

    public Preview(LoadContext ctx, PrintStream out) {
        this.ctx = ctx;
        this.out = out;
    }

    /** Prints the preview; returns false when no definition can read the file. */
    public boolean show(Path file, String name, List<SourceDefinition> candidates) {
        out.println("文件 File: " + name);
        if (candidates.isEmpty()) {
            out.println("没有数据源定义的 files 模式匹配此文件名：请在 jobs/ 中新建定义，或修改已有定义的 files。");
            out.println("  No definition's files pattern matches this name.");
            return false;
        }
        SourceDefinition def;
        try {
            def = ContentRouter.choose(file, name, candidates, ctx);
        } catch (InputFileException e) {
            out.println("无法确定数据源定义 / no single definition fits:");
            out.println(e.getMessage());
            return false;
        }
        out.println("数据源定义 Definition: " + def.id() + "（" + def.name() + "，" + def.definitionFile().getFileName() + "）"
                + (candidates.size() > 1 ? "：文件名符合 " + candidates.size() + " 个定义，只有它的表头相符" : "：文件名符合 files 模式"));
        try (SpreadsheetFile book = Spreadsheets.open(file, def.delimiter())) {
            List<String> sheets = SheetLoader.sheetsToRead(book, def);
            int read = 0;
            for (String sheet : sheets) {
                try (SheetCursor cursor = book.openSheet(sheet)) {
                    sheet(def, cursor, name);
                    read++;
                } catch (InputFileException e) {
                    if (sheets.size() == 1 || !def.sheets().contains("*")) {
                        throw e;
                    }
                    out.println("工作表「" + sheet + "」不是此数据源的表格，加载时将跳过 / not a table of this feed: " + e.getMessage());
                }
            }
            if (read == 0) {
                return false;
            }
        } catch (InputFileException e) {
            out.println("文件不能按此定义读取 / cannot be read: " + e.getMessage());
            return false;
        }
        return true;
    }

    private void sheet(SourceDefinition def, SheetCursor cursor, String name) {
        out.println();
        out.println("== 工作表 Sheet: " + (cursor.sheetName().isEmpty() ? "(CSV)" : cursor.sheetName()));
        HeaderSearch.Ahead first = HeaderSearch.readAhead(cursor, def);
        List<SheetRow> ahead = first.rows();
        if (first.allBlank()) {
            out.println("空工作表 / empty sheet");
            return;
        }
        HeaderSearch.Found found = HeaderSearch.find(def, ahead, cursor.merges(), cursor.sheetName(), name, ctx);
        SheetLayout layout = found.layout();
        header(found, layout);
        Tally tally = new Tally();
        for (int i = 0; i < found.dataIndex(); i++) {
            tally.read++;
            tally.skipped.merge(found.skipKind(i, ahead).code(), 1L, Long::sum);
        }
        RowInterpreter interpreter = new RowInterpreter(def, layout, ctx);
        try (SheetCursor data = new ReplayCursor(ahead.subList(found.dataIndex(), ahead.size()), cursor)) {
            SheetRow row;
            while ((row = data.next()) != null) {
                tally.count(row, interpreter.interpret(row), def.isMetricTarget());
            }
        }
        tally.print(def.isMetricTarget());
    }

    /** What the rows of a sheet would become: the first stored values and rejects, and every count. */
    private final class Tally {
        final List<String> shown = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();
        final Map<String, Long> skipped = new TreeMap<>();
        long read;
        long loaded;
        long rejectedRows;
        long values;

        void count(SheetRow row, RowResult r, boolean metricTarget) {
            read++;
            if (r instanceof RowResult.Skipped s) {
                skipped.merge(s.kind().code(), 1L, Long::sum);
            } else if (r instanceof RowResult.Rejected rj) {
                rejectedRows++;
                for (RowResult.Reject reason : rj.reasons()) {
                    if (rejected.size() < SHOWN) {
                        rejected.add("  第 " + row.rowNumber() + " 行 「" + nz(reason.column()) + "」 " + nz(reason.rawValue()) + " → " + reason.reason());
                    }
                }
            } else if (r instanceof RowResult.Loaded l) {
                loaded++;
                values += l.rows().size();
                for (Map<String, Object> m : l.rows()) {
                    if (shown.size() < SHOWN) {
                        shown.add("  第 " + row.rowNumber() + " 行  " + (metricTarget ? fact(m) : record(m)));
                    }
                }
            }
        }

        void print(boolean metricTarget) {
            out.println();
            out.println((metricTarget ? "将存储的数值" : "将存储的记录") + "（前 " + SHOWN + " 个）/ what would be stored:");
            shown.forEach(out::println);
            if (shown.isEmpty()) {
                out.println("  （无）");
            }
            out.println();
            out.println("将拒绝的行（原因）/ rows that would be rejected:");
            rejected.forEach(out::println);
            if (rejected.isEmpty()) {
                out.println("  （无）");
            }
            out.println();
            out.println("跳过的行 / skipped rows: " + (skipped.isEmpty() ? "（无）" : skipLabels(skipped)));
            out.println("合计 / total: 读取 " + read + " 行 = 加载 " + loaded + " 行（" + values + " 个数值或记录）+ 拒绝 " + rejectedRows
                    + " 行 + 跳过 " + skipped.values().stream().mapToLong(Long::longValue).sum() + " 行");
        }
    }

    private void header(HeaderSearch.Found found, SheetLayout layout) {
        out.println("表头 Header: 第 " + found.headerRows().get(0).rowNumber()
                + (found.headerRows().size() > 1 ? "-" + found.headerRows().get(found.headerRows().size() - 1).rowNumber() : "") + " 行"
                + (found.unitsRow() != null ? "，单位行第 " + found.unitsRow().rowNumber() + " 行" : "")
                + (found.title().isBlank() ? "" : "；标题: " + abbreviate(found.title().strip())));
        Map<Integer, String> use = new LinkedHashMap<>();
        if (layout.regionColumn != null) {
            use.put(layout.regionColumn, "地区 region");
        }
        if (layout.periodColumn != null) {
            use.put(layout.periodColumn, "时期 period");
        }
        if (layout.yearColumn != null) {
            use.put(layout.yearColumn, "年份 year");
        }
        layout.fields.forEach((f, i) -> use.merge(i, "字段 " + f, (a, b) -> a + "、" + b));
        for (SheetLayout.BoundValue bv : layout.values) {
            use.merge(bv.index(), "数值 " + (bv.spec().metric() != null ? bv.spec().metric() : "（指标读自行标签）")
                    + " " + (bv.spec().kind() != null ? bv.spec().kind() : "")
                    + (bv.unit() != null ? " 单位 " + bv.unit().name() : "")
                    + (bv.region() != null ? " 地区 " + bv.region().name() : "")
                    + (bv.period() != null ? " 时期 " + bv.period().label() : ""), (a, b) -> a + "、" + b);
        }
        for (SheetLayout.BoundColumn bc : layout.perColumn) {
            use.merge(bc.index(), "每列一条记录 " + bc.headerValues(), (a, b) -> a + "、" + b);
        }
        for (int i = 0; i < layout.labels.size(); i++) {
            out.println("  " + column(i) + " 「" + layout.labels.get(i) + "」 → " + use.getOrDefault(i, "（不读取 not used）"));
        }
        List<String> sheetWide = new ArrayList<>();
        if (layout.fixedRegion != null) {
            sheetWide.add("地区 " + layout.fixedRegion.name() + "（" + layout.fixedRegion.code() + "）");
        }
        if (layout.sheetPeriod != null) {
            sheetWide.add("时期 " + layout.sheetPeriod.label());
        }
        layout.titleUnit.ifPresent(u -> sheetWide.add("标题中的单位 " + u.name()));
        layout.sheetFields.forEach((k, v) -> sheetWide.add(k + " = " + v));
        if (!sheetWide.isEmpty()) {
            out.println("整表适用 Sheet-wide: " + String.join("；", sheetWide));
        }
    }

    private String fact(Map<String, Object> m) {
        String region = ctx.regions().byCode((String) m.get("region_code")).map(r -> r.name()).orElse((String) m.get("region_code"));
        String metric = ctx.metrics().byId((String) m.get("metric_id")).map(x -> x.name()).orElse((String) m.get("metric_id"));
        return metric + " | " + region + " | " + periodLabel(m) + " | " + m.get("value_kind") + " | "
                + ((BigDecimal) m.get("value")).stripTrailingZeros().toPlainString() + " " + m.get("unit")
                + " | 原文 " + m.get("source_value") + (m.get("source_unit") != null ? " " + m.get("source_unit") : "");
    }

    private static String periodLabel(Map<String, Object> m) {
        return Period.of((String) m.get("period_kind"), (Integer) m.get("period_year"), (Integer) m.get("period_month")).label();
    }

    private static String record(Map<String, Object> m) {
        Map<String, Object> sorted = new TreeMap<>();
        m.forEach((k, v) -> {
            if (v != null && !k.endsWith("_hash")) {
                sorted.put(k, v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v);
            }
        });
        return sorted.toString();
    }

    private static String skipLabels(Map<String, Long> skipped) {
        List<String> parts = new ArrayList<>();
        skipped.forEach((k, v) -> parts.add(SkipKind.of(k).map(SkipKind::label).orElse(k) + "(" + k + ") " + v));
        return String.join("，", parts);
    }

    private static String column(int i) {
        StringBuilder s = new StringBuilder();
        for (int n = i + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
