package netmarket.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import netmarket.normalize.CreditCode;
import netmarket.normalize.PersonalId;

/**
 * Writes the sample agency files shipped in inputs/: two regions (三明市, Fujian, national rubric;
 * 东营区, Shandong, provincial rubric), 2022-2024 and 2025 to June, every feed, in the layouts
 * agencies use (title rows, merged two-row headers, units rows, footnotes, one GBK CSV, one .xls)
 * and a few deliberately bad rows. Deterministic: the same seed gives the same figures.
 *
 * <p>Run: {@code mvn -q test-compile && java -cp target/test-classes:target/classes:<deps> netmarket.samples.SampleInputsGenerator inputs}
 */
public final class SampleInputsGenerator {

    static final String[] SANMING = {"三明市", "三元区", "沙县区", "永安市", "明溪县", "清流县", "宁化县", "大田县", "尤溪县", "将乐县", "泰宁县", "建宁县"};
    static final String[] DONGYING = {"东营市", "东营区", "河口区", "垦利区", "利津县", "广饶县"};
    static final Charset GBK = Charset.forName("GBK");

    private final Path root;
    private final Random random = new Random(20250630L);

    SampleInputsGenerator(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        new SampleInputsGenerator(Path.of(args.length > 0 ? args[0] : "inputs")).writeAll();
    }

    void writeAll() throws IOException {
        for (String[] city : List.of(SANMING, DONGYING)) {
            String folder = "统计局/";
            retail(city, 2022, 12, folder + city[0] + "社会消费品零售总额和网上零售额_2022年1-12月" + (city == DONGYING ? ".xls" : ".xlsx"));
            retail(city, 2023, 12, folder + city[0] + "社会消费品零售总额和网上零售额_2023年1-12月.xlsx");
            retail(city, 2024, 12, folder + city[0] + "社会消费品零售总额和网上零售额_2024年1-12月.xlsx");
            retail(city, 2025, 6, folder + city[0] + "社会消费品零售总额和网上零售额_2025年1-6月.xlsx");
        }
        express();
        tax();
        employment();
        marketEntities();
        register(SANMING, "市场监管局/网络交易经营者名录_三明市_2025-06-30.xlsx", 2900, 180, 620, false);
        register(new String[] {"东营区"}, "市场监管局/网络交易经营者名录_东营区_2025-06-30.csv", 3400, 150, 1100, true);
        operatorSales();
        complaints();
        monitoring();
        caseLeads();
        reviewOutcomes();
        platformStaff();
        identityClaims();
        training();
        documents();
        expertSheet("三明市", "national", "专家评审/专家评估表_三明市_2025年.xlsx", sanmingScores(), "28.0");
        expertSheet("东营区", "shandong", "专家评审/专家评估表_东营区_2025年.xlsx", dongyingScores(), "31.0");
    }

    /**
     * Fixed figures of the two applicants and of 山东省 (亿元 and official growth %), by period:
     * {社零, 增长, 网零, 增长, 实物, 增长}. The scorecard tests work their expected points out from
     * these numbers. Other rows (counties) are random but deterministic.
     */
    static final java.util.Map<String, double[]> FIXED_RETAIL = java.util.Map.ofEntries(
            java.util.Map.entry("三明市 2022-12", new double[] {1180.00, 4.8, 216.33, 13.3, 186.04, 12.0}),
            java.util.Map.entry("三明市 2023-12", new double[] {1244.90, 6.0, 263.62, 13.1, 226.71, 12.5}),
            java.util.Map.entry("三明市 2024-12", new double[] {1313.37, 5.5, 310.53, 12.0, 267.06, 11.6}),
            java.util.Map.entry("三明市 2025-6", new double[] {690.10, 4.9, 172.40, 10.2, 148.26, 9.8}),
            java.util.Map.entry("东营区 2022-12", new double[] {262.40, 3.9, 61.70, 14.2, 53.06, 13.6}),
            java.util.Map.entry("东营区 2023-12", new double[] {279.10, 6.4, 73.90, 16.8, 63.55, 16.1}),
            java.util.Map.entry("东营区 2024-12", new double[] {294.20, 5.4, 86.80, 15.9, 74.65, 15.2}),
            java.util.Map.entry("东营区 2025-6", new double[] {151.30, 5.1, 47.60, 12.3, 40.94, 11.7}),
            java.util.Map.entry("山东省 2022-12", new double[] {33236.20, -1.4, 6860.10, 9.0, 5899.69, 8.1}),
            java.util.Map.entry("山东省 2023-12", new double[] {36029.10, 8.7, 7640.40, 11.4, 6570.74, 10.9}),
            java.util.Map.entry("山东省 2024-12", new double[] {37871.40, 5.1, 8413.20, 10.1, 7235.35, 9.6}),
            java.util.Map.entry("山东省 2025-6", new double[] {19602.80, 5.6, 4522.10, 8.9, 3889.01, 8.4}));

    /** 统计局: wide sheet, title row, units row, merged two-row header, counties, a footnote. */
    private void retail(String[] city, int year, int month, String file) throws IOException {
        boolean xls = file.endsWith(".xls");
        Workbooks wb = xls ? Workbooks.xls("社零网零") : Workbooks.xlsx("社零网零");
        String span = month == 12 ? year + "年1-12月" : year + "年1-" + month + "月";
        wb.row(span + city[0] + "社会消费品零售总额和网上零售额").merge(0, 0, 0, 6);
        wb.row("单位：亿元、%").merge(1, 1, 0, 6);
        wb.row("地区", "社会消费品零售总额", null, "网上零售额", null, "实物商品网上零售额", null);
        wb.row(null, "1-" + month + "月累计", "同比增长（%）", "1-" + month + "月累计", "同比增长（%）", "1-" + month + "月累计", "同比增长（%）");
        wb.merge(2, 3, 0, 0).merge(2, 2, 1, 2).merge(2, 2, 3, 4).merge(2, 2, 5, 6);
        double scale = city == SANMING ? 1.0 : 0.55;
        double fraction = month / 12.0;
        List<String> names = new ArrayList<>(List.of(city));
        if (city == DONGYING) {
            names.add(0, "山东省"); // city bureaus print the province alongside for comparison
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            double[] fixed = FIXED_RETAIL.get(name + " " + year + "-" + month);
            double share = 1.0 / (city.length - 1) * (0.6 + random.nextDouble() * 0.8);
            double total = fixed != null ? fixed[0] : round(1180 * scale * Math.pow(1.055, year - 2022) * fraction * share, 2);
            double online = fixed != null ? fixed[2] : round(total * (0.18 + 0.02 * (year - 2022) + random.nextDouble() * 0.03), 2);
            double goods = fixed != null ? fixed[4] : round(online * 0.86, 2);
            Object totalCell = total;
            Object onlineGrowth = fixed != null ? fixed[3] : round(8 + random.nextDouble() * 9, 1);
            double totalGrowth = fixed != null ? fixed[1] : round(4 + random.nextDouble() * 4, 1);
            double goodsGrowth = fixed != null ? fixed[5] : round(7 + random.nextDouble() * 8, 1);
            if (year == 2024 && city == SANMING && i == 4) {
                totalCell = "12,3a4"; // deliberately bad: not a number
            }
            if (year == 2023 && city == SANMING && i == 6) {
                onlineGrowth = "—"; // not published: blank, not zero
            }
            wb.row(name, totalCell, totalGrowth, online, onlineGrowth, goods, goodsGrowth);
        }
        if (year == 2025 && city == SANMING) {
            wb.row("三明新区", 12.5, 3.1, 2.0, 9.9, 1.7, 9.0); // deliberately bad: unknown region
        }
        wb.row("注：1.网上零售额包括实物商品和服务类商品；2.同比增长按可比口径计算。");
        wb.row("资料来源：" + city[0] + "统计局");
        wb.write(root.resolve(file));
    }

    /** 邮政管理局: GBK CSV as Chinese Excel saves it, region and period columns, units in headers. */
    private void express() throws IOException {
        StringBuilder csv = new StringBuilder("地区,时期,快递业务量（万件）,同比增长（%）\r\n");
        // {2021, 2022, 2023, 2024 levels in 万件; growth 2022, 2023, 2024; 2025 1-6 level, growth}
        Object[][] rows = {
            {"三明市", new double[] {18200, 21100, 24600, 28530}, new double[] {15.9, 16.5, 16.0}, 15980.0, 14.1},
            {"东营市", new double[] {41800, 47900, 57300, 70200}, new double[] {14.6, 19.6, 22.5}, 38600.0, 17.8},
            {"东营区", new double[] {16400, 19100, 23400, 29300}, new double[] {16.5, 22.5, 25.2}, 16240.0, 19.9},
            {"山东省", new double[] {1025000, 1122000, 1301000, 1559000}, new double[] {9.5, 15.9, 19.8}, 858000.0, 16.7}};
        for (Object[] r : rows) {
            double[] levels = (double[]) r[1];
            double[] growth = (double[]) r[2];
            for (int y = 0; y < 4; y++) {
                csv.append(r[0]).append(',').append(2021 + y).append("年,\"").append(String.format("%,.2f", levels[y])).append("\",")
                        .append(y == 0 ? "" : String.valueOf(growth[y - 1])).append("\r\n");
            }
            csv.append(r[0]).append(",2025年1-6月,").append(r[3]).append(',').append(r[4]).append("\r\n");
        }
        csv.append("东营区,2023年,-15.5,3.0\r\n"); // deliberately bad: negative volume
        csv.append("注：快递业务量不含邮政集团包裹业务。\r\n");
        write("邮政管理局/快递业务量_2021-2025年.csv", csv.toString(), GBK);
    }

    /** 税务局: region and year columns, units in the title. */
    private void tax() throws IOException {
        Workbooks wb = Workbooks.xlsx("纳税情况");
        wb.row("网络市场（电子商务）纳税情况统计表").row("单位：万元");
        wb.row("地区", "年度", "电子商务纳税额", "税收总额");
        double[][] sanming = {{52130.00, 1450000.00}, {58904.60, 1490000.00}, {64726.37, 1530000.00}};
        double[][] dongying = {{19870.00, 402000.00}, {21460.50, 411500.00}, {22310.80, 420300.00}};
        for (int y = 0; y < 3; y++) {
            wb.row("三明市", (2022 + y) + "年", sanming[y][0], sanming[y][1]);
            wb.row("东营区", (2022 + y) + "年", dongying[y][0], dongying[y][1]);
        }
        wb.write(root.resolve("税务局/电子商务纳税情况_2022-2024年.xlsx"));
    }

    /** 人社局: two units in one sheet (人 and 万人). */
    private void employment() throws IOException {
        Workbooks wb = Workbooks.xlsx("就业");
        wb.row("网络市场就业情况");
        wb.row("地区", "年度", "网络市场就业人员（人）", "就业人员总数（万人）");
        int[] sanmingOnline = {56000, 60200, 64400};
        double[] sanmingTotal = {128.6, 129.0, 129.4};
        int[] dongyingOnline = {17500, 19000, 20100};
        double[] dongyingTotal = {38.2, 38.4, 38.6};
        for (int y = 0; y < 3; y++) {
            wb.row("三明市", 2022 + y, sanmingOnline[y], sanmingTotal[y]);
            wb.row("东营区", 2022 + y, dongyingOnline[y], dongyingTotal[y]);
        }
        wb.row("合计", null, 0, 0);
        wb.write(root.resolve("人社局/网络市场就业情况_2022-2024年.xlsx"));
    }

    /** 市场监管局: market entities at month ends, period in the title ("截至2025年6月"). */
    private void marketEntities() throws IOException {
        for (String period : List.of("2024年12月", "2025年6月")) {
            Workbooks wb = Workbooks.xlsx("市场主体");
            wb.row("截至" + period + "实有市场主体统计");
            wb.row("地区", "市场主体总数（户）", "其中：企业（户）", "个体工商户（户）");
            int bump = period.startsWith("2025") ? 1 : 0;
            // a sample extract: the counts are scaled to the sample register's size
            wb.row("三明市", 31100 + 400 * bump, 9800 + 120 * bump, 21300 + 280 * bump);
            wb.row("东营区", 20600 + 400 * bump, 7100 + 150 * bump, 13500 + 250 * bump);
            wb.row("注：不含农民专业合作社。");
            wb.write(root.resolve("市场监管局/市场主体数量_" + period + ".xlsx"));
        }
    }

    /**
     * The register of online operators: one row per listing; individuals by ID number. The counts
     * are fixed so tests can work the ratios out: {@code operators} distinct operators, of which
     * {@code deregistered} were deregistered before the export date and {@code young} of the
     * others were established after 2023-06-30 (less than two years before the export).
     */
    private void register(String[] regions, String file, int operators, int deregistered, int young, boolean csv) throws IOException {
        String[] platforms = {"淘宝", "京东", "拼多多", "抖音", "快手", "美团", "自建网站"};
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < operators; i++) {
            String region = regions.length == 1 ? regions[0] : regions[1 + i % (regions.length - 1)];
            boolean person = i % 4 == 3;
            String id = person ? personalId(region) : creditCode(region);
            String name = person ? "个体经营者" + (i + 1) : region.substring(0, 2) + "网络科技有限公司" + (i + 1);
            LocalDate established;
            LocalDate dereg = null;
            if (i < deregistered) {
                established = LocalDate.of(2016, 1, 1).plusDays(i * 7L % 1800);
                dereg = LocalDate.of(2021, 1, 1).plusDays(i * 11L % 1600); // before 2025-06-01
            } else if (i < deregistered + young) {
                established = LocalDate.of(2023, 7, 1).plusDays(i * 13L % 720); // up to 2025-06-20
            } else {
                established = LocalDate.of(2015, 1, 1).plusDays(i * 17L % 3102); // up to 2023-06-30
            }
            int listings = i % 17 == 0 ? 3 : i % 5 == 0 ? 2 : 1;
            for (int l = 0; l < listings; l++) {
                n++;
                Object est = switch (n % 4) {
                    case 0 -> established;
                    case 1 -> established.toString();
                    case 2 -> established.getYear() + "/" + established.getMonthValue() + "/" + established.getDayOfMonth();
                    default -> established.getYear() + "年" + established.getMonthValue() + "月" + established.getDayOfMonth() + "日";
                };
                String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
                rows.add(new Object[] {n, id, name, platforms[(i + l) % platforms.length], region, est,
                        dereg == null ? "" : dereg.toString(), dereg == null ? "存续" : "注销", phone});
            }
        }
        // deliberately bad rows: a wrong check character, an impossible date
        String good = creditCode(regions[0]);
        rows.add(new Object[] {++n, good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0'), "校验位错误测试公司", "淘宝", regions[regions.length - 1], "2020-05-01", "", "存续", ""});
        rows.add(new Object[] {++n, creditCode(regions[0]), "日期错误测试公司", "京东", regions[regions.length - 1], "2019-02-30", "", "存续", ""});
        String[] header = {"序号", "统一社会信用代码/身份证号", "经营者名称", "所在平台", "所在地区", "成立日期", "注销日期", "经营状态", "联系电话"};
        if (csv) {
            StringBuilder sb = new StringBuilder("\uFEFF").append(String.join(",", header)).append("\n");
            for (Object[] r : rows) {
                List<String> cells = new ArrayList<>();
                for (Object o : r) {
                    cells.add(o == null ? "" : o.toString());
                }
                sb.append(String.join(",", cells)).append("\n");
            }
            write(file, sb.toString(), StandardCharsets.UTF_8);
        } else {
            Workbooks wb = Workbooks.xlsx("经营者名录");
            wb.row("网络交易经营者名录（导出日期：2025-06-30）").merge(0, 0, 0, 8);
            wb.row((Object[]) header);
            wb.rows(rows);
            wb.write(root.resolve(file));
        }
    }

    private String creditCode(String region) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder sb = new StringBuilder(region.startsWith("东营") ? "91370502" : "91350400");
        while (sb.length() < 17) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.append(CreditCode.checkCharacter(sb.toString())).toString();
    }

    private String personalId(String region) {
        String prefix = region.startsWith("东营") ? "370502" : "350404";
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(12000));
        String first17 = prefix + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", random.nextInt(1000));
        return first17 + PersonalId.checkCharacter(first17);
    }

    /** Operators' annual e-commerce sales, 万元, for indicator 4. */
    private void operatorSales() throws IOException {
        Workbooks wb = Workbooks.xlsx("销售额");
        wb.row("规模以上网络交易经营者年度电子商务销售额");
        wb.row("统一社会信用代码", "经营者名称", "所在地区", "年度", "电子商务销售额（万元）");
        String[][] sellers = {
            {"三明市", "三明优品电子商务有限公司"}, {"永安市", "永安竹木网络科技有限公司"}, {"沙县区", "沙县小吃供应链有限公司"},
            {"东营区", "东营黄河口电商有限公司"}, {"东营区", "东营石化装备网络销售有限公司"}};
        double[][] sales = {{8200, 16500, 23800}, {4100, 6200, 10800}, {3900, 5200, 5600}, {6100, 12400, 31000}, {2800, 5300, 21500}};
        for (int s = 0; s < sellers.length; s++) {
            String code = creditCode(sellers[s][0]);
            for (int y = 0; y < 3; y++) {
                wb.row(code, sellers[s][1], sellers[s][0], 2022 + y, sales[s][y]);
            }
        }
        wb.write(root.resolve("市场监管局/网络交易经营者电子商务销售额_2022-2024年.xlsx"));
    }

    /** 12315: counts for the regions, rates (national and provincial averages) for the baselines. */
    private void complaints() throws IOException {
        Workbooks wb = Workbooks.xlsx("投诉处理");
        wb.row("2024年网络消费投诉处理情况（全国12315平台）").merge(0, 0, 0, 12);
        wb.row("地区", "网络消费投诉", null, null, "网络消费纠纷调解", null, null, "消费者满意度（%）", "在线消费纠纷解决（ODR）", null, null, null, null);
        wb.row(null, "受理量（件）", "按时初查量（件）", "按时办结量（件）", "调解量（件）", "调解成功量（件）", "调解成功率（%）", null,
                "受理量（件）", "按时办结量（件）", "和解成功量（件）", "按时办结率（%）", "和解成功率（%）");
        wb.merge(1, 2, 0, 0).merge(1, 1, 1, 3).merge(1, 1, 4, 6).merge(1, 2, 7, 7).merge(1, 1, 8, 12);
        wb.row("三明市", 18650, 18420, 18210, 9120, 6110, new Workbooks.Formula("F4/E4*100"), 96.8, 2300, 2251, 1380, null, null);
        wb.row("东营区", 6420, 6395, 6330, 3050, 2030, new Workbooks.Formula("F5/E5*100"), 97.2, 820, 808, 502, null, null);
        // deliberately bad: a rate formula over zero mediations (#DIV/0!)
        wb.row("东营经济技术开发区", 120, 118, 117, 0, 0, new Workbooks.Formula("F6/E6*100"), 95.0, 0, 0, 0, null, null);
        wb.row("全国", null, null, null, null, null, 63.5, 95.6, null, null, null, 96.2, 55.1);
        wb.row("山东省", null, null, null, null, null, 65.8, 96.1, null, null, null, 97.0, 58.3);
        wb.row("福建省", null, null, null, null, null, 64.9, 96.4, null, null, null, 96.8, 57.0);
        wb.row("注：按时初查率=按时初查量/受理量；调解成功率=调解成功量/调解量。");
        wb.write(root.resolve("市场监管局/12315网络消费投诉处理情况_2024年.xlsx"));
    }

    private void monitoring() throws IOException {
        Workbooks wb = Workbooks.xlsx("监测信息");
        wb.row("2024年国家网络交易监管平台分发监测信息核查情况");
        wb.row("地区", "分发监测信息数（条）", "按时核查数（条）", "核查完成数（条）", "按时核查率（%）");
        wb.row("三明市", 1260, 1190, 1248, new Workbooks.Formula("C3/B3*100"));
        wb.row("东营区", 430, 401, 426, new Workbooks.Formula("C4/B4*100"));
        wb.row("合计", new Workbooks.Formula("SUM(B3:B4)"), new Workbooks.Formula("SUM(C3:C4)"), new Workbooks.Formula("SUM(D3:D4)"), null);
        wb.write(root.resolve("市场监管局/监测信息核查情况_2024年.xlsx"));
    }

    private void caseLeads() throws IOException {
        Workbooks wb = Workbooks.xlsx("案件线索");
        wb.row("2024年涉网违法案件线索处置情况");
        wb.row("地区", "举报线索", null, "上级交办督办线索", null, null);
        wb.row(null, "线索数（件）", "按时核查数（件）", "线索数（件）", "及时处置数（件）", "办结数（件）");
        wb.merge(1, 2, 0, 0).merge(1, 1, 1, 2).merge(1, 1, 3, 5);
        wb.row("三明市", 864, 838, 57, 54, 55);
        wb.row("东营区", 312, 309, 21, 20, 21);
        wb.write(root.resolve("市场监管局/涉网违法案件线索处置情况_2024年.xlsx"));
    }

    private void reviewOutcomes() throws IOException {
        Workbooks wb = Workbooks.xlsx("复议诉讼");
        wb.row("2023-2024年涉网案件行政复议和行政诉讼情况");
        wb.row("地区", "年度", "行政复议案件数", "复议维持数", "行政诉讼案件数", "诉讼胜诉数", "因程序违法被撤销或败诉数");
        wb.row("三明市", 2023, 12, 12, 5, 5, 0);
        wb.row("三明市", 2024, 14, 13, 6, 6, 0);
        wb.row("东营区", 2023, 4, 4, 2, 2, 0);
        wb.row("东营区", 2024, 5, 5, 1, 1, 0);
        wb.write(root.resolve("市场监管局/涉网案件复议诉讼情况_2023-2024年.xlsx"));
    }

    private void platformStaff() throws IOException {
        Workbooks wb = Workbooks.xlsx("平台用户");
        wb.row("截至2024年12月网络交易监管平台用户及在编监管人员情况");
        wb.row("地区", "平台用户数（人）", "在编监管人员数（人）");
        wb.row("三明市", 168, 295);
        wb.row("东营区", 64, 88);
        wb.write(root.resolve("市场监管局/监管平台用户与在编人员_2024年12月.xlsx"));
    }

    private void identityClaims() throws IOException {
        Workbooks wb = Workbooks.xlsx("身份认领");
        wb.row("2024年平台分发网络交易经营者主体身份信息认领处置情况");
        wb.row("地区", "分发主体身份信息数（条）", "认领处置数（条）");
        wb.row("三明市", 3420, 3420);
        wb.row("东营区", 1180, 1176);
        wb.write(root.resolve("市场监管局/主体身份信息认领处置情况_2024年.xlsx"));
    }

    /** Per-person training record: names and ID numbers are personal data, hashed and masked at load. */
    private void training() throws IOException {
        Workbooks wb = Workbooks.xlsx("培训台账");
        wb.row("2024年网络交易监管人员业务培训台账");
        wb.row("序号", "姓名", "身份证号", "所在地区", "是否参加培训", "培训学时");
        String[] surnames = {"陈", "林", "黄", "张", "王", "李", "刘", "吴", "郑", "赵"};
        int n = 0;
        for (String region : List.of("三明市", "东营区")) {
            int people = region.equals("三明市") ? 24 : 12;
            for (int i = 0; i < people; i++) {
                n++;
                boolean short_ = region.equals("东营区") && i == 3;
                wb.row(n, surnames[n % surnames.length] + "某" + (char) ('甲' + i % 10), personalId(region), region, "是",
                        short_ ? 42 : 50 + random.nextInt(30));
            }
        }
        wb.write(root.resolve("市场监管局/网络交易监管人员培训台账_2024年.xlsx"));
    }

    private void documents() throws IOException {
        Workbooks wb = Workbooks.xlsx("制度文件");
        wb.row("网络市场监管与服务制度化、标准化成果");
        wb.row("地区", "文件名称", "文号", "文件类型", "发布单位", "发布日期");
        wb.row("三明市", "三明市网络交易平台合规经营指引", "明市监〔2023〕18号", "规范性文件", "三明市市场监督管理局", LocalDate.of(2023, 6, 12));
        wb.row("三明市", "直播电商服务规范", "DB3504/T 0021-2024", "地方标准", "三明市市场监督管理局", "2024年3月8日");
        wb.row("东营区", "东营区网络市场监管联席会议制度", "东区政办发〔2024〕5号", "规范性文件", "东营区人民政府办公室", "2024/4/2");
        wb.write(root.resolve("市场监管局/网络市场监管制度文件_2023-2024年.xlsx"));
    }

    /**
     * The expert sheet: one line per qualitative item of the region's rubric (read from
     * jobs/rubrics), full points unless {@code scores} says otherwise ("no.sub" to points, or to
     * null to leave the line out), plus a self-assessed line and a non-numeric score.
     */
    @SuppressWarnings("unchecked")
    private void expertSheet(String region, String rubric, String file, java.util.Map<String, Object> scores, String selfItem)
            throws IOException {
        java.util.Map<String, Object> yaml;
        try (java.io.Reader r = Files.newBufferedReader(Path.of("jobs/rubrics/" + rubric + ".yml"))) {
            yaml = new org.yaml.snakeyaml.Yaml().load(r);
        }
        Workbooks wb = Workbooks.xlsx("专家评分");
        wb.row(region + "网络市场监管与服务示范区创建专家评估表（2025年）");
        wb.row("指标体系", "指标编号", "子项", "得分", "评分类型", "佐证材料", "评审专家");
        String rubricName = rubric.equals("national") ? "全国" : "山东省";
        for (java.util.Map<String, Object> ind : (List<java.util.Map<String, Object>>) yaml.get("indicators")) {
            int no = ((Number) ind.get("no")).intValue();
            for (java.util.Map<String, Object> item : (List<java.util.Map<String, Object>>) ind.get("items")) {
                if (!"expert".equals(item.get("rule"))) {
                    continue;
                }
                int sub = ((Number) item.get("sub")).intValue();
                String key = no + "." + sub;
                Object points = scores.containsKey(key) ? scores.get(key) : item.get("points");
                if (points != null) {
                    wb.row(rubricName, no, sub, points, "专家", "见佐证材料" + key, "评审组");
                }
            }
        }
        wb.row(rubricName, Integer.parseInt(selfItem.split("\\.")[0]), Integer.parseInt(selfItem.split("\\.")[1]), 3, "自评", "创新实践材料", "");
        wb.row(rubricName, 29, 0, "三分", "专家", "", "评审组"); // deliberately bad: points not a number
        wb.write(root.resolve(file));
    }

    /** 三明市: a mid-table picture, with gaps the next-point list shows. */
    static java.util.Map<String, Object> sanmingScores() {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("13.3", 0.5);
        m.put("14.2", 0.5);
        m.put("20.3", null); // missing from the sheet
        m.put("22.3", 0);
        m.put("23.2", 0.5);
        m.put("28.0", null); // only self-assessed
        m.put("30.0", 0);
        m.put("32.0", 2);
        m.put("33.1", 0);
        m.put("39.2", 0.5);
        m.put("41.2", 0.5);
        return m;
    }

    /** 东营区: strong enough to pass; one capped score, one missing line. */
    static java.util.Map<String, Object> dongyingScores() {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("12.1", 1.5); // above the item's 1 point: capped, and flagged
        m.put("13.3", 0.5);
        m.put("22.3", 0);
        m.put("27.2", 0.5);
        m.put("31.0", null); // missing from the sheet
        m.put("42.2", 0.5);
        return m;
    }

    private void write(String file, String text, Charset charset) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(charset));
    }

    private static double round(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }
}
