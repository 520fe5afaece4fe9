package netmarket.bench;

import static netmarket.bench.CountyFigures.count;
import static netmarket.bench.CountyFigures.round;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The monthly feeds, one file per month of 2025 (January to the last period) as the samples are
 * named, and the full years 2023 and 2024 their growth indicators compare: the statistics bureaus'
 * retail tables (XLSX per province, title, unit line, two-row merged header, the province's row
 * first, then each city and its counties, notes), the postal bureau's express volumes (CSV in GBK,
 * as Excel saves it; provinces, cities, counties) and the market regulator's counts of market
 * entities (CSV with a title line). A province's or city's figures add up its generated counties',
 * its growth rates are theirs weighted by last year's levels.
 */
final class MonthlyFeeds {

    private final RegionPlan plan;
    private final long seed;
    private final Path inputs;
    private final Manifest manifest;

    MonthlyFeeds(RegionPlan plan, long seed, Path inputs, Manifest manifest) {
        this.plan = plan;
        this.seed = seed;
        this.inputs = inputs;
        this.manifest = manifest;
    }

    /** "2025年1-6月"; January alone is "2025年1月"; a December is the year's "1-12月". */
    static String label(int year, int month) {
        return month == 1 ? year + "年1月" : year + "年1-" + month + "月";
    }

    private CountyFigures figures(RegionPlan.County c) {
        return new CountyFigures(seed, c.index());
    }

    /** Levels and growth of one county for a period: 2023 and 2024 as whole years, 2025 year to date. */
    private static double level(double yearLevel, int year, int month) {
        return year < 2025 ? yearLevel : yearLevel * CountyFigures.cumulative(month);
    }

    private static double growth(CountyFigures f, double[] rates, int year, int month) {
        return year < 2025 ? CountyFigures.growth(rates, year) : f.ytdGrowth(rates, month);
    }

    /** One statistics table per province and period. */
    void retail(int year, int month) throws IOException {
        for (Map.Entry<RegionPlan.Province, List<RegionPlan.County>> e : plan.countiesByProvince().entrySet()) {
            RegionPlan.Province p = e.getKey();
            String period = label(year, month);
            AgencyFile f = AgencyFile.xlsx(inputs, "统计局/" + p.name() + "社会消费品零售总额和网上零售额_" + period + ".xlsx", "stats_retail", "社零网零");
            String span = month == 1 ? "1月累计" : "1-" + month + "月累计";
            f.merge(0, 0, 0, 6).other(period + p.name() + "社会消费品零售总额和网上零售额");
            f.merge(1, 1, 0, 6).other("单位：亿元、%");
            f.merge(2, 3, 0, 0).merge(2, 2, 1, 2).merge(2, 2, 3, 4).merge(2, 2, 5, 6);
            f.other("地区", "社会消费品零售总额", null, "网上零售额", null, "实物商品网上零售额", null);
            f.other(null, span, "同比增长（%）", span, "同比增长（%）", span, "同比增长（%）");
            List<double[]> province = new ArrayList<>();
            List<Object[]> lines = new ArrayList<>();
            for (RegionPlan.City city : plan.cities()) {
                if (!city.province().equals(p)) {
                    continue;
                }
                List<RegionPlan.County> cs = plan.countiesOf(city);
                double[][] rows = new double[cs.size()][];
                for (int i = 0; i < cs.size(); i++) {
                    CountyFigures c = figures(cs.get(i));
                    double retail = level(c.retailYear(year), year, month);
                    double online = level(c.onlineYear(year), year, month);
                    double onlineGrowth = growth(c, c.onlineGrowth, year, month);
                    rows[i] = new double[] {retail, growth(c, c.retailGrowth, year, month), online, onlineGrowth,
                        online * c.goodsShare, onlineGrowth - 1.5 + c.goodsShare * 2};
                    province.add(rows[i]);
                }
                lines.add(retailRow(city.name(), sum(rows)));
                for (int i = 0; i < cs.size(); i++) {
                    lines.add(retailRow(cs.get(i).name(), rows[i]));
                }
            }
            f.data(retailRow(p.name(), sum(province.toArray(new double[0][]))));
            for (Object[] line : lines) {
                f.data(line);
            }
            f.other("注：1.网上零售额包括实物商品和服务类商品；2.同比增长按可比口径计算。");
            f.other("资料来源：" + p.name() + "统计局");
            manifest.add(f.finish());
        }
    }

    private static Object[] retailRow(String name, double[] v) {
        return new Object[] {name, round(v[0], 2), round(v[1], 1), round(v[2], 2), round(v[3], 1), round(v[4], 2), round(v[5], 1)};
    }

    /** A city's row: the sum of its counties' levels, its growth rates weighted by last year's levels. */
    private static double[] sum(double[][] rows) {
        double[] out = new double[6];
        for (int k = 0; k < 6; k += 2) {
            double now = 0;
            double before = 0;
            for (double[] r : rows) {
                now += r[k];
                before += r[k] / (1 + r[k + 1] / 100);
            }
            out[k] = now;
            out[k + 1] = (now / before - 1) * 100;
        }
        return out;
    }

    /** The postal bureau's express volumes of one period, every city and county (GBK CSV). */
    void express(int year, int month) throws IOException {
        AgencyFile f = AgencyFile.csv(inputs, "邮政管理局/快递业务量_" + label(year, month) + ".csv", "postal_express", Charset.forName("GBK"));
        expressHeader(f);
        expressRows(f, year, month);
        f.other("注：快递业务量不含邮政集团包裹业务。");
        manifest.add(f.finish());
    }

    /** The years before, as the bureau sent them once: every city and county for each year. */
    void expressYears(int from, int to) throws IOException {
        AgencyFile f = AgencyFile.csv(inputs, "邮政管理局/快递业务量_" + from + "-" + to + "年.csv", "postal_express", Charset.forName("GBK"));
        expressHeader(f);
        for (int y = from; y <= to; y++) {
            expressRows(f, y, 12);
        }
        f.other("注：快递业务量不含邮政集团包裹业务。");
        manifest.add(f.finish());
    }

    private static void expressHeader(AgencyFile f) throws IOException {
        f.other("地区", "时期", "快递业务量（万件）", "同比增长（%）");
    }

    /** Per province: its row (its counties added up), then each city's row and its counties' rows. */
    private void expressRows(AgencyFile f, int year, int month) throws IOException {
        String period = month == 12 ? year + "年" : label(year, month);
        for (RegionPlan.Province p : plan.countiesByProvince().keySet()) {
            double[] province = new double[2];
            List<Object[]> lines = new ArrayList<>();
            for (RegionPlan.City city : plan.cities()) {
                if (!city.province().equals(p)) {
                    continue;
                }
                double[] sum = new double[2];
                List<Object[]> rows = new ArrayList<>();
                for (RegionPlan.County county : plan.countiesOf(city)) {
                    CountyFigures c = figures(county);
                    double v = level(c.expressYear(year), year, month);
                    double g = growth(c, c.expressGrowth, year, month);
                    sum[0] += v;
                    sum[1] += v / (1 + g / 100);
                    rows.add(new Object[] {county.name(), period, round(v, 2), round(g, 1)});
                }
                lines.add(new Object[] {city.name(), period, round(sum[0], 2), round((sum[0] / sum[1] - 1) * 100, 1)});
                lines.addAll(rows);
                province[0] += sum[0];
                province[1] += sum[1];
            }
            f.data(p.name(), period, round(province[0], 2), round((province[0] / province[1] - 1) * 100, 1));
            for (Object[] line : lines) {
                f.data(line);
            }
        }
    }

    /**
     * The market entities at the end of a month of 2025 (CSV, title line "截至2025年6月…"): each
     * county's stock is its register's operators over a share drawn for the county (4%-22%, so
     * the operators' share of market entities falls in every band of the rubric), growing a
     * little month by month; cities add up their counties.
     */
    void marketEntities(int month, long[] operatorsPerCounty) throws IOException {
        AgencyFile f = AgencyFile.csv(inputs, "市场监管局/市场主体数量_2025年" + month + "月.csv", "samr_market_entities", StandardCharsets.UTF_8);
        f.other("截至2025年" + month + "月实有市场主体统计");
        f.other("地区", "市场主体总数（户）", "其中：企业（户）", "个体工商户（户）");
        ToDoubleFunction<RegionPlan.County> stock = c -> {
            CountyFigures fig = figures(c);
            double operators = Math.max(50, operatorsPerCounty[c.index()]);
            return operators / fig.operatorShare * (1 - 0.004 * (12 - month));
        };
        for (RegionPlan.City city : plan.cities()) {
            List<RegionPlan.County> cs = plan.countiesOf(city);
            long total = 0;
            long firms = 0;
            for (RegionPlan.County c : cs) {
                long n = count(stock.applyAsDouble(c));
                total += n;
                firms += count(n * (0.28 + (c.index() % 7) * 0.01));
            }
            f.data(city.name(), total, firms, total - firms);
            for (RegionPlan.County c : cs) {
                long n = count(stock.applyAsDouble(c));
                long firm = count(n * (0.28 + (c.index() % 7) * 0.01));
                f.data(c.name(), n, firm, n - firm);
            }
        }
        f.other("注：不含农民专业合作社。");
        manifest.add(f.finish());
    }
}
