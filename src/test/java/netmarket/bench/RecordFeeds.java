package netmarket.bench;

import static netmarket.bench.CountyFigures.round;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The record feeds, one row per person, operator, document or expert score: the institutional
 * documents list, the large operators' annual e-commerce sales, the staff training ledgers (one
 * per province and year, personal IDs valid and unique) and one expert assessment sheet per county
 * with a score for every qualitative item of its rubric (jobs/rubrics/*.yml, rule expert). Every
 * county is thereby an applicant, scored by the monthly job.
 */
final class RecordFeeds {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林"};
    private static final String GIVEN = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
    private static final String[] DOCUMENTS = {"网络交易平台合规经营指引", "直播电商服务规范", "网络市场监管联席会议制度", "网络消费纠纷在线调解工作规则",
        "电子商务经营者信用分级分类监管办法"};

    private final RegionPlan plan;
    private final long seed;
    private final Path inputs;
    private final Manifest manifest;

    RecordFeeds(RegionPlan plan, long seed, Path inputs, Manifest manifest) {
        this.plan = plan;
        this.seed = seed;
        this.inputs = inputs;
        this.manifest = manifest;
    }

    private static String stem(String name) {
        return name.substring(0, name.length() - 1);
    }

    /** Zero to four documents per county, 2023 to 2025, dates in the spellings the sample uses. */
    void documents() throws IOException {
        AgencyFile f = AgencyFile.xlsx(inputs, "市场监管局/网络市场监管制度文件_2023-2025年.xlsx", "samr_documents", "制度文件");
        f.other("网络市场监管与服务制度化、标准化成果");
        f.other("地区", "文件名称", "文号", "文件类型", "发布单位", "发布日期");
        for (RegionPlan.County c : plan.counties()) {
            CountyFigures x = new CountyFigures(seed, c.index(), 7_001);
            int n = (int) Math.floor(x.between(0, 2.2) + 2 * x.quality);
            for (int k = 0; k < Math.min(n, DOCUMENTS.length); k++) {
                int year = 2023 + (c.index() + k) % 3;
                int month = 1 + (c.index() * 5 + k * 3) % 12;
                int day = 1 + (c.index() + k * 11) % 28;
                boolean standard = k == 1;
                String date = switch (k % 3) {
                    case 0 -> year + "年" + month + "月" + day + "日";
                    case 1 -> year + "/" + month + "/" + day;
                    default -> String.format("%d-%02d-%02d", year, month, day);
                };
                f.data(c.name(), standard ? DOCUMENTS[k] : c.name() + DOCUMENTS[k],
                        standard ? "DB" + c.code().substring(0, 4) + "/T " + String.format("%04d", 10 + c.index() % 90) + "-" + year
                                : stem(c.name()) + "市监〔" + year + "〕" + (3 + k * 7 + c.index() % 20) + "号",
                        standard ? "地方标准" : "规范性文件", c.name() + "市场监督管理局", date);
            }
        }
        manifest.add(f.finish());
    }

    /**
     * Two to four operators per county with annual sales from 2022 (万元), growing 10-80% a year, so
     * that some first pass the rubric's thresholds (5000万 to 3亿元) within the two years a period
     * judges and some earlier or never: one file for 2022-2024 and one for 2025.
     */
    void operatorSales() throws IOException {
        AgencyFile past = salesFile("市场监管局/网络交易经营者电子商务销售额_2022-2024年.csv");
        AgencyFile now = salesFile("市场监管局/网络交易经营者电子商务销售额_2025年.csv");
        for (RegionPlan.County c : plan.counties()) {
            CountyFigures x = new CountyFigures(seed, c.index(), 8_001);
            int n = 2 + (int) x.between(0, 3);
            for (int k = 0; k < n; k++) {
                String code = RegisterGenerator.creditCode(5_000_000_000L + c.index() * 10L + k, c.code());
                String name = stem(c.name()) + (k == 0 ? "优品电子商务有限公司" : k == 1 ? "供应链管理有限公司" : "网络科技有限公司" + k);
                double sales = 800 * Math.exp(x.between(0, 3.3));
                double growth = x.between(0.1, 0.8);
                for (int year = 2022; year <= 2025; year++) {
                    (year < 2025 ? past : now).data(code, name, c.name(), year, round(sales, 2));
                    sales *= 1 + growth;
                }
            }
        }
        manifest.add(past.finish());
        manifest.add(now.finish());
    }

    private AgencyFile salesFile(String relative) throws IOException {
        AgencyFile f = AgencyFile.csv(inputs, relative, "samr_operator_sales", StandardCharsets.UTF_8);
        f.other("规模以上网络交易经营者年度电子商务销售额");
        f.other("统一社会信用代码", "经营者名称", "所在地区", "年度", "电子商务销售额（万元）");
        return f;
    }

    /** A training ledger per province and year: 4 to 14 staff per county; in a badly run county someone falls short. */
    void training(int year) throws IOException {
        for (Map.Entry<RegionPlan.Province, List<RegionPlan.County>> e : plan.countiesByProvince().entrySet()) {
            AgencyFile f = AgencyFile.xlsx(inputs, "市场监管局/网络交易监管人员培训台账_" + e.getKey().name() + "_" + year + "年.xlsx",
                    "samr_staff_training", "培训台账");
            f.other(year + "年网络交易监管人员业务培训台账");
            f.other("序号", "姓名", "身份证号", "所在地区", "是否参加培训", "培训学时");
            int no = 0;
            for (RegionPlan.County c : e.getValue()) {
                CountyFigures x = new CountyFigures(seed, c.index(), 9_001 + year);
                int people = 4 + (int) x.between(0, 11);
                for (int k = 0; k < people; k++) {
                    String id = RegisterGenerator.personalId(15_000_000L + c.index() * 100L + k, c.code());
                    String name = SURNAMES[(c.index() + k) % SURNAMES.length] + "某" + GIVEN.charAt((c.index() * 3 + k) % GIVEN.length());
                    boolean short1 = x.quality < 0.3 && k == 0;
                    boolean absent = x.quality < 0.12 && k == 1;
                    f.data(++no, name, id, c.name(), absent ? "否" : "是",
                            absent ? BigDecimal.ZERO : round(short1 ? x.between(36, 49) : x.between(50, 80), 0));
                }
            }
            manifest.add(f.finish());
        }
    }

    /** One expert assessment sheet per county for {@code year}, every qualitative item of the county's rubric scored. */
    void expertSheets(Path jobs, int year) throws IOException {
        Map<String, List<double[]>> items = new java.util.HashMap<>();
        for (RegionPlan.County c : plan.counties()) {
            List<double[]> rubricItems = items.computeIfAbsent(c.rubric(), r -> expertItems(jobs.resolve("rubrics/" + r + ".yml")));
            String label = switch (c.rubric()) {
                case "national" -> "全国";
                case "shandong" -> "山东省";
                default -> c.rubric();
            };
            AgencyFile f = AgencyFile.xlsx(inputs, "专家评审/专家评估表_" + c.name() + "_" + year + "年.xlsx", "expert_assessment", "专家评分");
            f.other(c.name() + "网络市场监管与服务示范区创建专家评估表（" + year + "年）");
            f.other("指标体系", "指标编号", "子项", "得分", "评分类型", "佐证材料", "评审专家");
            CountyFigures x = new CountyFigures(seed, c.index(), 10_001 + year);
            for (double[] item : rubricItems) {
                double draw = x.between(0, 1) * 0.7 + x.quality * 0.45;
                double share = draw > 0.55 ? 1 : draw > 0.3 ? 0.5 : 0;
                double points = Math.floor(item[2] * share * 2) / 2;
                int no = (int) item[0];
                int sub = (int) item[1];
                f.data(label, no, sub, points, "专家", "见佐证材料" + no + "." + sub, "评审组");
            }
            manifest.add(f.finish());
        }
    }

    /** (indicator, sub-item, points) of every item a rubric leaves to the experts. */
    @SuppressWarnings("unchecked")
    static List<double[]> expertItems(Path rubric) {
        try (Reader r = Files.newBufferedReader(rubric, StandardCharsets.UTF_8)) {
            Map<String, Object> doc = new Yaml().load(r);
            List<double[]> out = new ArrayList<>();
            for (Map<String, Object> indicator : (List<Map<String, Object>>) doc.get("indicators")) {
                int no = ((Number) indicator.get("no")).intValue();
                for (Map<String, Object> item : (List<Map<String, Object>>) indicator.get("items")) {
                    if ("expert".equals(item.get("rule"))) {
                        out.add(new double[] {no, ((Number) item.get("sub")).intValue(), ((Number) item.get("points")).doubleValue()});
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The national and provincial public figures: the sample's file, copied (real figures, with their sources). */
    void baselines(Path sample) throws IOException {
        Path target = inputs.resolve("基准数据/" + sample.getFileName());
        Files.createDirectories(target.getParent());
        Files.copy(sample, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        manifest.add(new Manifest.Entry("基准数据/" + sample.getFileName(), "baselines", -1, -1, -1, Files.size(target)));
    }
}
