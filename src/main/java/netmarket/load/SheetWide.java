package netmarket.load;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import netmarket.normalize.DateParser;
import netmarket.normalize.Period;
import netmarket.normalize.TextCleaner;
import netmarket.source.SourceDefinition;
import netmarket.source.SourceDefinition.From;

/**
 * What a sheet says as a whole, read into its layout: the release or export date, the region and
 * period (from a column, the title, the sheet or file name, or the definition), the region the file
 * covers, and fields read once from the title or names. A problem is added to the sheet's list.
 */
final class SheetWide {

    private final SheetLayout l;
    private final SheetText text;
    private final LoadContext ctx;
    private final List<String> problems;

    SheetWide(SheetLayout l, SheetText text, LoadContext ctx, List<String> problems) {
        this.l = l;
        this.text = text;
        this.ctx = ctx;
        this.problems = problems;
    }

    /** The file's release or export date: the definition's, the title's or the file name's; or each row's, from a column. */
    void released(SourceDefinition.Place released) {
        Optional<LocalDate> title = DateParser.find(text.title());
        Optional<LocalDate> file = DateParser.find(text.fileName());
        From from = released == null ? null : released.from();
        if (from == From.FIXED) {
            l.releasedOn = DateParser.find(released.fixed()).orElse(null);
            l.releasedFrom = "definition";
        } else if ((from == null || from == From.TITLE || from == From.COLUMN) && title.isPresent()) {
            l.releasedOn = title.get();
            l.releasedFrom = "title";
        } else if ((from == null || from == From.FILENAME || from == From.COLUMN) && file.isPresent()) {
            l.releasedOn = file.get();
            l.releasedFrom = "filename";
        } else if (from == From.TITLE || from == From.FILENAME) {
            problems.add("无法从" + where(from) + "中识别发布日期（如 2025年4月18日、2025-04-18）");
        }
        if (from == From.COLUMN) {
            l.releasedColumn = l.find(released.column(), true, "发布日期列", problems);
        }
    }

    /** The region the file covers as a whole (its rows for that region replace earlier files'). */
    void covers(SourceDefinition def) {
        SourceDefinition.Place c = def.covers();
        if (c == null) {
            From from = def.region() == null ? null : def.region().from();
            l.coversRegion = from == From.TITLE || from == From.FILENAME || from == From.FIXED ? l.fixedRegion : null;
            return;
        }
        l.coversRegion = switch (c.from()) {
            case FIXED -> ctx.regions().resolve(c.fixed()).orElse(null);
            case TITLE -> SheetLayout.regionIn(text.title(), "标题", c, ctx, problems).orElse(null);
            case FILENAME -> SheetLayout.regionIn(text.fileStem(), "文件名", c, ctx, problems).orElse(null);
            default -> null;
        };
        if (l.coversRegion == null && problems.isEmpty()) {
            problems.add("无法从" + where(c.from()) + "中识别文件覆盖的地区（covers）");
        }
    }

    /** The rows' region: a column, or one region for the whole sheet. */
    void region(SourceDefinition.Place region) {
        if (region == null) {
            return;
        }
        switch (region.from()) {
            case COLUMN -> l.regionColumn = l.find(region.column(), true, "地区列", problems);
            case FIXED -> l.fixedRegion = ctx.regions().resolve(region.fixed()).orElse(null);
            case TITLE -> l.fixedRegion = SheetLayout.regionIn(text.title(), "标题", region, ctx, problems)
                    .or(() -> SheetLayout.regionIn(text.sheetName(), "工作表名", region, ctx, problems)).orElse(null);
            case FILENAME -> l.fixedRegion = SheetLayout.regionIn(text.fileStem(), "文件名", region, ctx, problems).orElse(null);
            case SHEET_NAME -> l.fixedRegion = SheetLayout.regionIn(text.sheetName(), "工作表名", region, ctx, problems).orElse(null);
            case COLUMN_HEADER -> problems.add("region: from: column_header 只能写在值列（values）中");
        }
        if (region.from() != From.COLUMN && l.fixedRegion == null && problems.isEmpty()) {
            problems.add("无法从" + where(region.from()) + "中识别地区");
        }
    }

    /** The rows' period: a column (with a year column), or one period for the whole sheet. */
    void period(SourceDefinition.Place period) {
        if (period == null) {
            return;
        }
        switch (period.from()) {
            case COLUMN -> {
                l.periodColumn = l.find(period.column(), true, "时期列", problems);
                if (period.yearColumn() != null) {
                    l.yearColumn = l.find(period.yearColumn(), true, "年份列", problems);
                }
            }
            case FIXED -> l.sheetPeriod = Period.find(period.fixed()).orElse(null);
            case TITLE -> l.sheetPeriod = Period.find(text.title()).or(() -> Period.find(text.sheetName()))
                    .or(() -> Period.find(text.fileName())).orElse(null);
            case FILENAME -> l.sheetPeriod = Period.find(text.fileStem()).orElse(null);
            case SHEET_NAME -> l.sheetPeriod = Period.find(text.sheetName()).orElse(null);
            case COLUMN_HEADER -> problems.add("period: from: column_header 只能写在值列（values）中");
        }
        if (period.from() != From.COLUMN && period.from() != From.COLUMN_HEADER && l.sheetPeriod == null) {
            problems.add("无法从" + where(period.from()) + "中识别统计时期（如 2024年1-12月）");
        }
    }

    /** A field read once for the sheet from its title, file name or sheet name. */
    void field(SourceDefinition.Field f) {
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
                l.sheetFields.put(f.name(), mapped.iterator().next());
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
                LocalDate date = d.orElseGet(() -> l.sheetPeriod == null ? null : YearMonth.of(l.sheetPeriod.year(), l.sheetPeriod.month()).atEndOfMonth());
                if (date == null) {
                    problems.add("无法从" + where + "中识别字段 " + f.name() + " 的日期");
                } else {
                    l.sheetFields.put(f.name(), date);
                }
            }
            case YEAR -> {
                Optional<Period> p = Period.find(source);
                if (f.from() == From.TITLE) {
                    p = p.or(() -> Period.find(text.sheetName())).or(() -> Period.find(text.fileName()));
                }
                if (p.isEmpty() && l.sheetPeriod != null) {
                    p = Optional.of(l.sheetPeriod);
                }
                if (p.isEmpty()) {
                    problems.add("无法从" + where + "中识别字段 " + f.name() + " 的年份");
                } else {
                    l.sheetFields.put(f.name(), p.get().year());
                }
            }
            case REGION -> SheetLayout.regionIn(source, where, new SourceDefinition.Place(f.from(), null, null, null, false), ctx, problems)
                    .filter(r -> r != SheetLayout.AMBIGUOUS)
                    .ifPresentOrElse(r -> l.sheetFields.put(f.name(), r.code()),
                            () -> { if (problems.isEmpty()) problems.add("无法从" + where + "中识别字段 " + f.name() + " 的地区"); });
            case TEXT -> l.sheetFields.put(f.name(), source.strip());
            default -> problems.add("字段 " + f.name() + " 的类型 " + f.type() + " 不能读自" + where + "（可用 map: 把文字对应为代码）");
        }
    }

    static String where(From from) {
        return switch (from) {
            case TITLE -> "标题";
            case FILENAME -> "文件名";
            case SHEET_NAME -> "工作表名";
            case COLUMN_HEADER -> "列的表头";
            default -> "定义";
        };
    }
}
