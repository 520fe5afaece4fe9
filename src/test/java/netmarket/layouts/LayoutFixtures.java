package netmarket.layouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netmarket.normalize.CreditCode;
import netmarket.normalize.PersonalId;

/**
 * The layout corpus: one small file per way agencies lay out a sheet, each loaded by a definition
 * in {@code src/test/resources/netmarket/layouts/jobs/} and nothing else. Every figure is fixed
 * (no randomness), so the tests can state each stored value; a few cells are deliberately bad.
 *
 * <p>Write them all for a look: {@code java -cp target/test-classes:target/classes:<deps>
 * netmarket.layouts.LayoutFixtures /tmp/layouts}
 */
public final class LayoutFixtures {

    /** One fixture file: its name under the inputs folder, its agency, format and shape, and the definition that loads it. */
    public record Fixture(String file, String agency, String format, String shape, String definition) {}

    @FunctionalInterface
    private interface Writer {
        void write(Path target) throws IOException;
    }

    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    // Identifiers with their check characters computed, and two with a wrong one.
    static final String CODE_SANMING = creditCode("91350400MA31ABCD1");
    static final String CODE_YONGAN = creditCode("91350481MA32EFGH2");
    static final String CODE_DONGYING = creditCode("91370502MA3CKLMN3");
    static final String CODE_SHAXIAN = creditCode("91350405MA2YPQRT4");
    static final String CODE_DONGYING_B = creditCode("91370502MA3DUWXY5");
    static final String CODE_BAD = wrongLast(creditCode("91350400MA33UWXY6"));
    static final String ID_ZHANG = personalId("37050219850312123");
    static final String ID_LI = personalId("37050219900101456");
    static final String ID_LIU = personalId("37050219781130002");
    static final String ID_BAD = wrongLast(personalId("37050219880808777"));
    static final String ID_OWNER = personalId("37050219920229031");

    private static final Map<String, Writer> WRITERS = new LinkedHashMap<>();
    private static final List<Fixture> FIXTURES = new java.util.ArrayList<>();

    static {
        // 统计局
        add("统计局/三明市网络零售主要指标_2024年.xlsx", "统计局", "XLSX",
                "long sheet: metric per row label (units in the label, 其中, numbering), level and growth columns; region and period from the title",
                "layout_stats_long_rows", LayoutFixtures::statsLongRows);
        add("统计局/各县网上零售额_2021-2024年.xls", "统计局", "XLS",
                "one column per year (header \"*\"), 合计 column left out, unit in the title", "layout_stats_year_columns",
                LayoutFixtures::statsYearColumns);
        add("统计局/分县指标对比_2025年1-6月.xlsx", "统计局", "XLSX",
                "one column per region (region from the column header), metric label column and a unit column", "layout_stats_region_columns",
                LayoutFixtures::statsRegionColumns);
        add("统计局/社零网零_2025年1-6月.csv", "统计局", "CSV UTF-8 BOM",
                "units row under the header (a different unit per column), period from the file name", "layout_stats_units_row",
                LayoutFixtures::statsUnitsRow);
        add("统计局/各地区网上零售额_2024年.xlsx", "统计局", "XLSX",
                "title row containing the header word (\"2024年各地区…（亿元）\") above the real header, one value column",
                "layout_stats_title_header_word", LayoutFixtures::statsTitleHeaderWord);
        add("统计局/东营区主要指标_2024年.csv", "统计局", "CSV UTF-8",
                "long sheet with one value column; a label without unit is rejected", "layout_stats_long_no_unit",
                LayoutFixtures::statsLongNoUnit);
        add("统计局/网零快递_无单位_2024年.xlsx", "统计局", "XLSX",
                "wide sheet whose level column states no unit anywhere: the file fails naming the column", "layout_stats_wide_no_unit",
                LayoutFixtures::statsWideNoUnit);
        add("统计局/限额以上零售额_2024年.xlsx", "统计局", "XLSX",
                "a look-alike column (限额以上社会消费品零售总额) next to a declared metric's header words: not read as that metric",
                "layout_stats_lookalike_column", LayoutFixtures::statsLookAlikeColumn);
        // 邮政管理局
        add("邮政管理局/三明市快递业务量_2020-2024年.csv", "邮政管理局", "CSV GBK",
                "years as rows (2020年, 2021, 2023年度), region from the title, 资料来源 footer", "layout_postal_gbk_years_rows",
                LayoutFixtures::postalGbkYearsRows);
        add("邮政管理局/分县快递业务量_2025年1-3月.xlsx", "邮政管理局", "XLSX",
                "one sheet per region (sheet: \"*\", region from the sheet name), months as rows, and a 说明 sheet that is not a table", "layout_postal_sheet_per_region",
                LayoutFixtures::postalSheetPerRegion);
        add("邮政管理局/分县快递业务量_2025年分月.xls", "邮政管理局", "XLS",
                "one column per month under a merged year header (\"2025年\" over 1月 2月 3月), 合计 row", "layout_postal_month_columns",
                LayoutFixtures::postalMonthColumns);
        add("邮政管理局/快递业务量_分期.csv", "邮政管理局", "CSV UTF-8 BOM",
                "period column \"1-6月\"/\"全年\" with a separate year column (year_header)", "layout_postal_year_header",
                LayoutFixtures::postalYearHeader);
        // 税务局
        add("税务局/东营区纳税情况_2022-2024年.xls", "税务局", "XLS",
                "metric per row label × one column per year, region from the title, out-of-scope row", "layout_tax_long_year_columns",
                LayoutFixtures::taxLongYearColumns);
        add("税务局/山东省东营区纳税情况_2022-2024年.xlsx", "税务局", "XLSX",
                "title naming district and province, choose: most_specific", "layout_tax_title_most_specific",
                LayoutFixtures::taxTitleTwoRegions);
        add("税务局/山东省东营区纳税情况_未写选择.xlsx", "税务局", "XLSX",
                "the same title without choose: the file fails naming both regions", "layout_tax_title_ambiguous",
                LayoutFixtures::taxTitleTwoRegions);
        add("税务局/纳税情况_分号分隔.csv", "税务局", "CSV UTF-8 BOM ';'",
                "semicolon-delimited CSV, unit in the title line, 合计 row and 注 footer", "layout_tax_semicolon",
                LayoutFixtures::taxSemicolon);
        // 人社局
        add("人社局/永安市网络市场就业情况.xls", "人社局", "XLS",
                "region from the title, year column, two units in the headers (人, 万人)", "layout_hr_region_from_title",
                LayoutFixtures::hrRegionFromTitle);
        add("人社局/就业情况_分年度.xlsx", "人社局", "XLSX",
                "one sheet per year (period from the sheet name), header on different rows, 合计 row", "layout_hr_sheet_per_year",
                LayoutFixtures::hrSheetPerYear);
        add("人社局/就业人员长表.csv", "人社局", "CSV UTF-8",
                "long table: region, year, metric, kind and unit columns, one value column", "layout_hr_long_columns",
                LayoutFixtures::hrLongColumns);
        add("人社局/沙县区就业情况_2024年.xlsx", "人社局", "XLSX",
                "header at a fixed row, units row under it, region from the file name, no region column", "layout_hr_region_from_filename",
                LayoutFixtures::hrRegionFromFilename);
        // 市场监管局
        add("市场监管局/经营者销售额_2021-2024年.xlsx", "市场监管局", "XLSX",
                "record table with years as columns under a merged 销售额（万元） header", "layout_samr_sales_year_columns",
                LayoutFixtures::samrSalesYearColumns);
        add("市场监管局/专家评估表_东营区_2025年.xls", "市场监管局", "XLS",
                "expert sheet: rubric, region and year in the title (map, most_specific)", "layout_samr_expert_title",
                LayoutFixtures::samrExpertTitle);
        add("市场监管局/培训台账_三明市_2024年.xlsx", "市场监管局", "XLSX",
                "training ledger without ID numbers: the person is known by the name's keyed hash", "layout_samr_training_names",
                LayoutFixtures::samrTrainingNames);
        add("市场监管局/培训台账_东营区_2024年.csv", "市场监管局", "CSV UTF-8 BOM",
                "training ledger with ID numbers and constants: {trained: true}, year from the file name", "layout_samr_training_constant",
                LayoutFixtures::samrTrainingConstant);
        add("市场监管局/经营者名录导出_东营区.xlsx", "市场监管局", "XLSX",
                "register with export metadata above the header (导出时间, 共 N 条) and a 共计 footer", "layout_samr_register_export",
                LayoutFixtures::samrRegisterExport);
        add("市场监管局/制度文件_三元区.csv", "市场监管局", "CSV UTF-8",
                "document list, region from the file name, header found without find, dates in four forms", "layout_samr_documents",
                LayoutFixtures::samrDocuments);
        add("市场监管局/监管平台用户_三明市.xlsx", "市场监管局", "XLSX",
                "fixed region and fixed period, header at a fixed row, no region column", "layout_samr_platform_fixed",
                LayoutFixtures::samrPlatformFixed);
        add("市场监管局/消费维权满意度_2024年.xls", "市场监管局", "XLS",
                "shares in percent (\"96.8%\", header without a unit), a share over 100% rejected", "layout_samr_share_rates",
                LayoutFixtures::samrShareRates);
        add("市场监管局/投诉处理情况统计_网络消费_2024年.xlsx", "市场监管局", "XLSX",
                "routing by content: same file pattern as the ODR sheet, header.requires 网络消费投诉", "layout_route_complaints",
                t -> routed(t, "网络消费投诉", new Object[][] {{"三明市", 18650, 18210}, {"东营区", 6420, 6330}}));
        add("市场监管局/投诉处理情况统计_ODR_2024年.xlsx", "市场监管局", "XLSX",
                "routing by content: same file pattern as the complaints sheet, header.requires ODR", "layout_route_odr",
                t -> routed(t, "ODR", new Object[][] {{"三明市", 2300, 2251}, {"东营区", 820, 808}}));
        add("市场监管局/投诉处理情况统计_未分类_2024年.xlsx", "市场监管局", "XLSX",
                "routing by content: fits neither definition, the file fails naming both", null,
                t -> routed(t, "", new Object[][] {{"三明市", 100, 99}}));
    }

    private final Path root;

    public LayoutFixtures(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        LayoutFixtures f = new LayoutFixtures(Path.of(args.length > 0 ? args[0] : "target/layouts"));
        for (Fixture x : FIXTURES) {
            f.write(x.file());
        }
    }

    public static List<Fixture> all() {
        return List.copyOf(FIXTURES);
    }

    /** Writes one fixture under the root (its name is its path there) and returns where. */
    public Path write(String file) {
        Writer w = WRITERS.get(file);
        if (w == null) {
            throw new IllegalArgumentException("no layout fixture " + file);
        }
        Path target = root.resolve(file);
        try {
            Files.createDirectories(target.getParent());
            w.write(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void add(String file, String agency, String format, String shape, String definition, Writer writer) {
        FIXTURES.add(new Fixture(file, agency, format, shape, definition));
        WRITERS.put(file, writer);
    }

    // ---------------------------------------------------------------- 统计局

    private static void statsLongRows(Path t) throws IOException {
        Book b = Book.xlsx("主要指标");
        b.row("三明市2024年1-12月网络零售主要指标").merge(0, 0, 0, 2);
        b.row("指标", "本年累计", "同比增长（%）");
        b.row("社会消费品零售总额（亿元）", 1313.37, 5.5);
        b.row("网上零售额（亿元）", 310.53, 12.0);
        b.row("  其中：实物商品网上零售额（亿元）", 267.06, 11.6);
        b.row("    其中：农村网络零售额（亿元）", 88.2, 9.9);          // out of scope: skipped
        b.row("网络零售额（亿元）", 300.1, 10.2);                     // a look-alike of 网上零售额: rejected
        b.row("快递业务量（万件）", "28,530", "16.0%");
        b.row("（二）市场主体数量（户）", 41250, "—");
        b.row("注：网上零售额包括服务类商品。");
        b.write(t);
    }

    private static void statsYearColumns(Path t) throws IOException {
        Book b = Book.xls("网上零售额");
        b.row("2021-2024年各县（市、区）网上零售额");
        b.row("单位：亿元");
        b.row("地区", "2021年", "2022年", "2023年", "2024年", "合计");
        b.row("三明市", 190.2, 216.33, 263.62, 310.53, 980.68);
        b.row("三元区", 30.1, "—", 41.5, 47.25, 118.85);
        b.row("永安市", 25, 28.4, "31,2", 36.9, 121.5);            // malformed thousands separator: rejected
        b.row();
        b.row("合计", 245.3, 244.73, 336.32, 394.68, 1221.03);
        b.write(t);
    }

    private static void statsRegionColumns(Path t) throws IOException {
        Book b = Book.xlsx("分县");
        b.row("2025年1-6月三明市分县（市、区）主要指标");
        b.row("指标", "计量单位", "三明市", "三元区", "沙县区", "永安市", "合计");
        b.row("社会消费品零售总额", "亿元", 690.10, 70.2, 65.3, 80.4, 215.9);
        b.row("网上零售额", "亿元", 172.40, 18.1, "…", 20.2, 38.3);
        b.row("快递业务量", "万件", 15980, 2100, 1850.5, 2400, 6350.5);
        b.row("市场主体数量", "万户", 12.35, 1.8, 1.62, 2.01, 5.43);
        b.row("实物商品网上零售额", "万亿", 1, 2, 3, 4, 9);           // unit not in the table: rejected
        b.row("注：合计为所列县（市、区）之和。");
        b.write(t);
    }

    private static void statsUnitsRow(Path t) throws IOException {
        csv(t, StandardCharsets.UTF_8, true,
                "地区,社会消费品零售总额,社零增速,网上零售额,网零增速",
                ",亿元,%,万元,%",
                "三明市,690.10,4.9,\"1,724,000\",10.2",
                "东营区,151.3,5.1,476000.5,12.3",
                "山东省,19602.8,5.6,\"45,221,000\",8.9");
    }

    private static void statsTitleHeaderWord(Path t) throws IOException {
        Book b = Book.xlsx("网上零售额");
        b.row("2024年各地区网上零售额（亿元）");
        b.row("地区", "网上零售额（亿元）");
        b.row("三明市", 310.53);
        b.row("东营区", 86.8);
        b.row("山东省", 8413.2);
        b.write(t);
    }

    private static void statsLongNoUnit(Path t) throws IOException {
        csv(t, StandardCharsets.UTF_8, false,
                "东营区2024年主要经济指标",
                "序号,指标名称,数值",
                "1,网上零售额（亿元）,86.8",
                "2,快递业务量,29300",                                   // no unit anywhere: rejected
                "3,市场主体数量（万户）,3.21",
                "4,就业人员总数(万人),45.6");
    }

    private static void statsWideNoUnit(Path t) throws IOException {
        Book b = Book.xlsx("网零快递");
        b.row("2024年三明市网上零售额和快递业务量");
        b.row("地区", "网上零售额（亿元）", "快递业务量");
        b.row("三明市", 310.53, 28530);
        b.write(t);
    }

    private static void statsLookAlikeColumn(Path t) throws IOException {
        Book b = Book.xlsx("限上");
        b.row("2024年限额以上单位零售和网上零售情况");
        b.row("地区", "限额以上社会消费品零售总额（亿元）", "网上零售额（亿元）");
        b.row("三明市", 512.4, 310.53);
        b.row("东营区", 120.6, 86.8);
        b.write(t);
    }

    // ---------------------------------------------------------------- 邮政管理局

    private static void postalGbkYearsRows(Path t) throws IOException {
        csv(t, GBK, false,
                "三明市快递业务量（2020-2024年）",
                "年份,快递业务量（万件）,同比增长（%）",
                "2020年,15620.5,12.1",
                "2021,18200,16.5",
                "2022年,\"21,100\",15.9",
                "2023年度,24600,16.6",
                "2024年,28530,",
                "2019年,约15000,10.0",                                 // not a number: rejected
                "资料来源：三明市邮政管理局");
    }

    private static void postalSheetPerRegion(Path t) throws IOException {
        Book b = Book.xlsx("三元区");
        region(b, "三元区", new Object[][] {{610.2, 12.5}, {540, 8.1}, {702.35, 15}});
        b.sheet("沙县区");
        region(b, "沙县区", new Object[][] {{455, 9.9}, {398.6, -2.3}, {512, 7.7}});
        b.sheet("永安市");
        region(b, "永安市", new Object[][] {{820, 11}, {760.4, 10.4}, {"—", "—"}});
        b.sheet("说明");                                   // not a table of the feed: its rows are counted as skipped, with a warning
        b.row("填报说明");
        b.row("1. 快递业务量单位为万件。");
        b.write(t);
    }

    private static void region(Book b, String name, Object[][] months) {
        b.row(name + "快递业务量（单位：万件）");
        b.row("月份", "快递业务量", "同比增长（%）");
        for (int m = 0; m < months.length; m++) {
            b.row("2025年" + (m + 1) + "月", months[m][0], months[m][1]);
        }
    }

    private static void postalMonthColumns(Path t) throws IOException {
        Book b = Book.xls("分月");
        b.row("三明市各县（市、区）快递业务量（万件）");
        b.row("地区", "2025年", null, null);
        b.row(null, "1月", "2月", "3月");
        b.merge(1, 2, 0, 0).merge(1, 1, 1, 3);
        b.row("三元区", 610.2, 540, 702.35);
        b.row("沙县区", 455, 398.6, 512);
        b.row("合计", 1065.2, 938.6, 1214.35);
        b.write(t);
    }

    private static void postalYearHeader(Path t) throws IOException {
        csv(t, StandardCharsets.UTF_8, true,
                "地区,年份,统计期,快递业务量（亿件）,同比增长（%）",
                "三明市,2025,1-6月,1.598,14.1",
                "三明市,2024,全年,2.853,16.0",
                "东营区,2025,1-6月,1.624,19.9",
                "东营区,2024年,1-12月,2.93,25.2",
                "东营区,2025,7月,0.31,18",
                "东营区,二〇二四,全年,1,1");                            // a year in Chinese numerals: rejected
    }

    // ---------------------------------------------------------------- 税务局

    private static void taxLongYearColumns(Path t) throws IOException {
        Book b = Book.xls("纳税");
        b.row("东营区电子商务纳税情况");
        b.row("项目", "2022年", "2023年", "2024年");
        b.row("电子商务纳税额（万元）", 19870, 21460.5, 22310.8);
        b.row("税收总额（亿元）", 40.2, 41.15, 42.03);
        b.row("  其中：发制品出口额（万元）", 1, 2, 3);               // out of scope: skipped
        b.row("税收收入总额", 40.2, 41.15, 42.03);                     // no unit: each value rejected
        b.write(t);
    }

    private static void taxTitleTwoRegions(Path t) throws IOException {
        Book b = Book.xlsx("纳税");
        b.row("山东省东营区电子商务纳税情况（2022-2024年）");
        b.row("单位：万元");
        b.row("年度", "电子商务纳税额", "税收总额");
        b.row("2022年", 19870, 402000);
        b.row("2023年", 21460.5, 411500);
        b.row("2024年", 22310.8, 420300);
        b.row("注：税收总额不含海关代征税收。");
        b.write(t);
    }

    private static void taxSemicolon(Path t) throws IOException {
        csv(t, StandardCharsets.UTF_8, true,
                "电子商务纳税额与税收总额（单位：万元）",
                "地区;年份;电子商务纳税额;税收总额",
                "三明市;2024;64726.37;1530000",
                "永安市;2024;8020.5;210000",
                "沙县区;2024;\"6,110\";-",
                "合计;2024;78856.87;1740000",
                "注：数据来源于税收征管系统。");
    }

    // ---------------------------------------------------------------- 人社局

    private static void hrRegionFromTitle(Path t) throws IOException {
        Book b = Book.xls("就业");
        b.row("永安市网络市场就业情况（2022-2024年）");
        b.row("年度", "网络市场就业人员（人）", "就业人员总数（万人）");
        b.row("2022年", 8120, 21.35);
        b.row("2023年", 8930, 21.6);
        b.row("2024年", 9875, 21.82);
        b.row("2025年", "—", "—");                                    // not published yet: no values
        b.write(t);
    }

    private static void hrSheetPerYear(Path t) throws IOException {
        Book b = Book.xlsx("2022年");
        b.row("地区", "网络市场就业人员（人）", "就业人员总数（万人）");
        b.row("三明市", 52100, 148.6);
        b.row("东营区", 18400, 45.2);
        b.sheet("2023年");
        b.row("2023年网络市场就业情况");
        b.row("地区", "网络市场就业人员（人）", "就业人员总数（万人）");
        b.row("三明市", 55800, 149.1);
        b.row("东营区", 19650, 45.9);
        b.sheet("2024年");
        b.row("地区", "网络市场就业人员（人）", "就业人员总数（万人）");
        b.row("三明市", 60230, 150.2);
        b.row("东营区", 21030, 46.5);
        b.row("东营经济技术开发区", 3120, 6.8);
        b.row("合计", 84380, 203.5);
        b.write(t);
    }

    private static void hrLongColumns(Path t) throws IOException {
        csv(t, StandardCharsets.UTF_8, false,
                "地区,年份,指标,类型,单位,数值",
                "三明市,2023年,网络市场就业人员,绝对值,人,55800",
                "三明市,2023年,网络市场就业人员,同比增长,%,7.1",
                "三明市,2023年,就业人员总数,绝对值,万人,149.1",
                "三明市,2024年,电子商务就业人数,总量,万人,6.023",
                "沙县区,2024年,就业人员总数,绝对值,万个,12.5",          // unit not in the table: rejected
                "永安市,2024年,就业人员总数,绝对值,万元,21.82",         // unit of another kind: rejected
                "永安市,2024年,网络市场就业人员,比重,%,4.5",
                "永安市,2024年,网络市场就业人员,环比,%,1.2");           // unknown kind: rejected
    }

    private static void hrRegionFromFilename(Path t) throws IOException {
        Book b = Book.xlsx("就业");
        b.row("网络市场就业情况（2024年度）");
        b.row("网络市场就业人员", "就业人员总数");
        b.row("人", "万人");
        b.row(4120, 12.35);
        b.write(t);
    }

    // ---------------------------------------------------------------- 市场监管局

    private static void samrSalesYearColumns(Path t) throws IOException {
        Book b = Book.xlsx("销售额");
        b.row("规模以上网络交易经营者电子商务销售额（2021-2024年）");
        b.row("统一社会信用代码", "经营者名称", "所在地区", "电子商务销售额（万元）", null, null, null);
        b.row(null, null, null, "2021年", "2022年", "2023年", "2024年");
        b.merge(1, 2, 0, 0).merge(1, 2, 1, 1).merge(1, 2, 2, 2).merge(1, 1, 3, 6);
        b.row(CODE_SANMING, "三明优品电子商务有限公司", "三明市", 6100, 8200, 16500, 23800);
        b.row(CODE_YONGAN, "永安竹木网络科技有限公司", "永安市", "—", null, 6200, 10800.5);
        b.row(CODE_DONGYING, "东营黄河口电商有限公司", "东营区", 3000, 6100, 12400, 31000);
        b.row(CODE_BAD, "校验位错误测试公司", "三明市", 1, 2, 3, 4);       // wrong check character: rejected
        b.row(CODE_SHAXIAN, "沙县小吃供应链有限公司", "沙县区", 3900, "五千", 5600, 5800); // not a number: rejected
        b.row("合计", null, null, 13000, 14300, 35100, 65600);
        b.write(t);
    }

    private static void samrExpertTitle(Path t) throws IOException {
        Book b = Book.xls("专家评分");
        b.row("山东省东营区网络市场监管与服务示范区创建专家评估表（省级指标，2025年）");
        b.row("指标编号", "子项", "得分", "评分类型", "佐证材料");
        b.row(13, 1, 1.5, "专家", "见材料13.1");
        b.row(13, 2, 1, "专家", null);
        b.row(20, 0, 2, "自评", "自评材料");
        b.row(29, 0, "三分", "专家", null);                            // not a number: rejected
        b.row(30, 1, 1, "专家组", null);                               // not one of the mapped values: rejected
        b.write(t);
    }

    private static void samrTrainingNames(Path t) throws IOException {
        Book b = Book.xlsx("培训台账");
        b.row("2024年三明市网络交易监管人员业务培训台账");
        b.row("序号", "姓名", "所在地区", "是否参加培训", "培训学时");
        b.row(1, "陈某甲", "三明市", "是", 56);
        b.row(2, "林某乙", "永安市", "是", 48.5);
        b.row(3, "黄某丙", "沙县区", "否", 0);
        b.row(4, "陈某甲", "三元区", "是", 12);                          // the same name: the same person key
        b.row(5, "王某丁", "金沙园区", "是", 50);                         // unknown region: rejected
        b.row(6, "欧阳某戊", "三明市", "未知", 50);                       // not 是/否: rejected
        b.write(t);
    }

    private static void samrTrainingConstant(Path t) throws IOException {
        csv(t, StandardCharsets.UTF_8, true,
                "序号,姓名,身份证号,单位所在地区,学时",
                "1,张某甲," + ID_ZHANG + ",东营区,52",
                "2,李某乙," + ID_LI + ",东营区,60.5",
                "3,赵某丙," + ID_BAD + ",东营区,50",                    // wrong check character: rejected
                "4,刘某丁," + ID_LIU + ",东营经济开发区,48",
                "共计4人");
    }

    private static void samrRegisterExport(Path t) throws IOException {
        Book b = Book.xlsx("经营者名录");
        b.row("网络交易经营者名录");
        b.row("导出时间：2025年7月2日 14:30");
        b.row("共 4,443 条（本页 4 条）");
        b.row("统一社会信用代码/身份证号", "经营者名称", "所在平台", "所在地区", "成立日期", "联系电话");
        b.row(CODE_DONGYING, "东营黄河口电商有限公司", "淘宝", "东营区", LocalDate.of(2019, 5, 6), "13812345678");
        b.row(ID_OWNER, "张某某（个体）", "抖音", "东营区", "2021/3/15", null);
        b.row(CODE_BAD, "校验位错误测试公司", "京东", "东营区", "2020-01-01", null); // wrong check character: rejected
        b.row(CODE_DONGYING_B, "东营石化装备网络销售有限公司", "拼多多", "东营开发区", "2018年9月1日", "0546-8123456");
        b.row("共计4条");
        b.write(t);
    }

    private static void samrDocuments(Path t) throws IOException {
        csv(t, StandardCharsets.UTF_8, false,
                "文件名称,文号,文件类型,发布单位,发布日期",
                "三元区网络交易平台合规经营指引,元市监〔2023〕18号,规范性文件,三元区市场监督管理局,2023年6月12日",
                "直播电商服务规范,DB3504/T 0021-2024,地方标准,三元区市场监督管理局,2024/3/8",
                "三元区网络市场监管联席会议制度,元政办发〔2024〕5号,规范性文件,三元区人民政府办公室,20240402",
                "网络交易合规告知书,,其他,三元区市场监督管理局,2024-02-30",  // no such date: rejected
                ",,,,");
    }

    private static void samrPlatformFixed(Path t) throws IOException {
        Book b = Book.xlsx("平台用户");
        b.row("网络交易监管平台用户与监管人员情况（截至年底）");
        b.row("平台用户数（人）", "在编监管人员数（人）", "备注");
        b.row(186, 42, "含县级用户");
        b.write(t);
    }

    private static void samrShareRates(Path t) throws IOException {
        Book b = Book.xls("满意度");
        b.row("2024年网络消费纠纷调解成功率与消费者满意度");
        b.row("地区", "调解成功率（%）", "消费者满意度");
        b.row("三明市", 66.98, "96.8%");
        b.row("东营区", 66.56, "97.2%");
        b.row("东营经济技术开发区", 112.5, "95%");                       // a share over 100%: rejected
        b.row("福建省", 64.9, 96.4);
        b.write(t);
    }

    private static void routed(Path t, String kind, Object[][] rows) throws IOException {
        Book b = Book.xlsx("统计");
        b.row("2024年" + (kind.isEmpty() ? "投诉" : kind) + "处理情况统计");
        b.row("地区", kind + "受理量（件）", kind + "按时办结量（件）");
        for (Object[] r : rows) {
            b.row(r);
        }
        b.write(t);
    }

    // ---------------------------------------------------------------- helpers

    private static void csv(Path t, Charset charset, boolean bom, String... lines) throws IOException {
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        byte[] bytes = text;
        if (bom) {
            bytes = new byte[BOM.length + text.length];
            System.arraycopy(BOM, 0, bytes, 0, BOM.length);
            System.arraycopy(text, 0, bytes, BOM.length, text.length);
        }
        Files.write(t, bytes);
    }

    private static String creditCode(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static String personalId(String first17) {
        return first17 + PersonalId.checkCharacter(first17);
    }

    /** The same identifier with a last character that fails its check. */
    private static String wrongLast(String id) {
        char last = id.charAt(17);
        return id.substring(0, 17) + (last == '1' ? '2' : '1');
    }
}
