package netmarket.bench;

import static netmarket.bench.CountyFigures.count;
import static netmarket.bench.CountyFigures.round;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The yearly aggregate feeds, one file per year for every generated county, laid out as the
 * samples are: human resources' employment and the tax bureau's e-commerce tax (CSV, units in the
 * header or a unit line), and the market regulator's tables of 12315 complaints (with the national
 * and provincial average rates the rubrics compare against), case leads, identity claims,
 * monitoring, platform users and staff, and reconsideration and litigation outcomes (XLSX).
 */
final class AnnualFeeds {

    private final RegionPlan plan;
    private final long seed;
    private final Path inputs;
    private final Manifest manifest;

    AnnualFeeds(RegionPlan plan, long seed, Path inputs, Manifest manifest) {
        this.plan = plan;
        this.seed = seed;
        this.inputs = inputs;
        this.manifest = manifest;
    }

    void all(int year) throws IOException {
        employment(year);
        tax(year);
        complaints(year);
        caseLeads(year);
        identityClaims(year);
        monitoring(year);
        platformStaff(year);
        reviewOutcomes(year);
    }

    /** The county's figures for a feed, drawn from its own seed (each feed draws in its own order). */
    private CountyFigures fig(RegionPlan.County c, int salt) {
        return new CountyFigures(seed, c.index(), salt);
    }

    private AgencyFile book(String relative, String source, String sheet, String title, int width) throws IOException {
        AgencyFile f = AgencyFile.xlsx(inputs, relative, source, sheet);
        return f.merge(0, 0, 0, width - 1).other(title);
    }

    void employment(int year) throws IOException {
        AgencyFile f = AgencyFile.csv(inputs, "人社局/网络市场就业情况_" + year + "年.csv", "hr_employment", StandardCharsets.UTF_8);
        f.other("网络市场就业情况（" + year + "年）");
        f.other("地区", "年度", "网络市场就业人员（人）", "就业人员总数（万人）");
        long online = 0;
        double total = 0;
        for (RegionPlan.County c : plan.counties()) {
            CountyFigures base = new CountyFigures(seed, c.index());
            double employed = base.employment * (1 + 0.004 * (year - 2024));
            long people = count(employed * 10_000 * base.onlineEmploymentShare * (1 + 0.05 * (year - 2024)) / 10) * 10;
            f.data(c.name(), year, people, round(employed, 1));
            online += people;
            total += round(employed, 1).doubleValue();
        }
        f.other("合计", null, online, round(total, 1));
        f.other("注：网络市场就业人员含平台内经营者及其雇员。");
        manifest.add(f.finish());
    }

    void tax(int year) throws IOException {
        AgencyFile f = AgencyFile.csv(inputs, "税务局/电子商务纳税情况_" + year + "年.csv", "tax_ecommerce", StandardCharsets.UTF_8);
        f.other("网络市场（电子商务）纳税情况统计表");
        f.other("单位：万元");
        f.other("地区", "年度", "电子商务纳税额", "税收总额");
        for (RegionPlan.County c : plan.counties()) {
            CountyFigures base = new CountyFigures(seed, c.index());
            double total = base.taxTotal * (1 + 0.03 * (year - 2024));
            f.data(c.name(), year + "年", round(total * base.ecommerceTaxShare * (1 + 0.04 * (year - 2024)), 2), round(total, 2));
        }
        manifest.add(f.finish());
    }

    void complaints(int year) throws IOException {
        AgencyFile f = book("市场监管局/12315网络消费投诉处理情况_" + year + "年.xlsx", "samr_complaints_12315", "投诉处理",
                year + "年网络消费投诉处理情况（全国12315平台）", 13);
        f.merge(1, 2, 0, 0).merge(1, 1, 1, 3).merge(1, 1, 4, 6).merge(1, 2, 7, 7).merge(1, 1, 8, 12);
        f.other("地区", "网络消费投诉", null, null, "网络消费纠纷调解", null, null, "消费者满意度（%）", "在线消费纠纷解决（ODR）");
        f.other(null, "受理量（件）", "按时初查量（件）", "按时办结量（件）", "调解量（件）", "调解成功量（件）", "调解成功率（%）", null,
                "受理量（件）", "按时办结量（件）", "和解成功量（件）", "按时办结率（%）", "和解成功率（%）");
        for (RegionPlan.County c : plan.counties()) {
            CountyFigures x = fig(c, 12_315 + year);
            long received = count(x.complaints * (1 + 0.08 * (year - 2024)));
            long mediations = count(received * x.between(0.4, 0.55));
            long successful = count(mediations * x.between(0.5, 0.78));
            long odr = count(received * x.between(0.08, 0.15));
            f.data(c.name(), received, count(received * x.rate(0.9)), count(received * x.rate(0.9)), mediations, successful,
                    round(mediations == 0 ? 0 : successful * 100.0 / mediations, 1), round(x.between(93, 99.5), 1),
                    odr, count(odr * x.rate(0.9)), count(odr * x.between(0.45, 0.68)));
        }
        double shift = (year - 2024) * 0.4;
        f.data("全国", null, null, null, null, null, round(63.5 + shift, 1), round(95.6 + shift / 2, 1), null, null, null,
                round(96.2 + shift / 2, 1), round(55.1 + shift, 1));
        for (RegionPlan.Province p : plan.provinces()) {
            int k = Integer.parseInt(p.code().substring(0, 2));
            f.data(p.name(), null, null, null, null, null, round(61 + k % 7 + shift, 1), round(95 + (k % 5) * 0.3, 1), null, null, null,
                    round(95.5 + (k % 4) * 0.4, 1), round(53 + k % 6 + shift, 1));
        }
        f.other("注：按时初查率=按时初查量/受理量；调解成功率=调解成功量/调解量。");
        manifest.add(f.finish());
    }

    void caseLeads(int year) throws IOException {
        AgencyFile f = book("市场监管局/涉网违法案件线索处置情况_" + year + "年.xlsx", "samr_case_leads", "案件线索",
                year + "年涉网违法案件线索处置情况", 6);
        f.merge(1, 2, 0, 0).merge(1, 1, 1, 2).merge(1, 1, 3, 5);
        f.other("地区", "举报线索", null, "上级交办督办线索");
        f.other(null, "线索数（件）", "按时核查数（件）", "线索数（件）", "及时处置数（件）", "办结数（件）");
        for (RegionPlan.County c : plan.counties()) {
            CountyFigures x = fig(c, 2_001 + year);
            long reported = count(x.between(80, 1000));
            long assigned = count(x.between(5, 60));
            f.data(c.name(), reported, count(reported * x.rate(0.88)), assigned, count(assigned * x.rate(0.85)), count(assigned * x.rate(0.85)));
        }
        manifest.add(f.finish());
    }

    void identityClaims(int year) throws IOException {
        AgencyFile f = book("市场监管局/主体身份信息认领处置情况_" + year + "年.xlsx", "samr_identity_claims", "身份认领",
                year + "年平台分发网络交易经营者主体身份信息认领处置情况", 3);
        f.other("地区", "分发主体身份信息数（条）", "认领处置数（条）");
        for (RegionPlan.County c : plan.counties()) {
            CountyFigures x = fig(c, 3_001 + year);
            long dispatched = count(x.between(300, 4000));
            f.data(c.name(), dispatched, x.quality > 0.4 ? dispatched : count(dispatched * x.between(0.97, 1)));
        }
        manifest.add(f.finish());
    }

    void monitoring(int year) throws IOException {
        AgencyFile f = book("市场监管局/监测信息核查情况_" + year + "年.xlsx", "samr_monitoring", "监测信息",
                year + "年国家网络交易监管平台分发监测信息核查情况", 5);
        f.other("地区", "分发监测信息数（条）", "按时核查数（条）", "核查完成数（条）", "按时核查率（%）");
        long[] sum = new long[3];
        for (RegionPlan.County c : plan.counties()) {
            CountyFigures x = fig(c, 4_001 + year);
            long dispatched = count(x.between(200, 1500));
            long onTime = count(dispatched * x.rate(0.85));
            long checked = Math.max(onTime, count(dispatched * x.rate(0.9)));
            f.data(c.name(), dispatched, onTime, checked, round(onTime * 100.0 / dispatched, 2));
            sum[0] += dispatched;
            sum[1] += onTime;
            sum[2] += checked;
        }
        f.other("合计", sum[0], sum[1], sum[2]);
        manifest.add(f.finish());
    }

    void platformStaff(int year) throws IOException {
        AgencyFile f = book("市场监管局/监管平台用户与在编人员_" + year + "年12月.xlsx", "samr_platform_staff", "平台用户",
                "截至" + year + "年12月网络交易监管平台用户及在编监管人员情况", 3);
        f.other("地区", "平台用户数（人）", "在编监管人员数（人）");
        for (RegionPlan.County c : plan.counties()) {
            CountyFigures x = fig(c, 5_001 + year);
            long staff = count(x.between(30, 300));
            f.data(c.name(), count(staff * x.between(0.3, 0.95)), staff);
        }
        manifest.add(f.finish());
    }

    void reviewOutcomes(int year) throws IOException {
        AgencyFile f = book("市场监管局/涉网案件复议诉讼情况_" + year + "年.xlsx", "samr_review_outcomes", "复议诉讼",
                year + "年涉网案件行政复议和行政诉讼情况", 7);
        f.other("地区", "年度", "行政复议案件数", "复议维持数", "行政诉讼案件数", "诉讼胜诉数", "因程序违法被撤销或败诉数");
        for (RegionPlan.County c : plan.counties()) {
            CountyFigures x = fig(c, 6_001 + year);
            long cases = count(x.between(0, 12));
            long suits = count(x.between(0, 6));
            boolean lost = x.quality < 0.15 && suits > 0;
            f.data(c.name(), year, cases, x.quality < 0.25 && cases > 0 ? cases - 1 : cases, suits, lost ? suits - 1 : suits, lost ? 1 : 0);
        }
        manifest.add(f.finish());
    }
}
