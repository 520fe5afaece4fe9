package netmarket.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * Plausible figures of one generated county, deterministic (seeded by the run's seed and the
 * county's index) and varied across counties so that their scores differ: retail sales and online
 * sales in 亿元 with growth rates around the national ones, express volumes in 万件, employment, tax,
 * complaint handling, case leads and the like, each drawn so that some counties clear a rubric's
 * threshold and some do not. Year-to-date levels of 2025 grow month by month along a seasonal curve.
 */
final class CountyFigures {

    /** Each month's share of a year's retail sales and express volume, in per mille (they add up to 1000). */
    private static final int[] MONTH_PER_MILLE = {86, 74, 80, 79, 83, 84, 79, 80, 83, 86, 96, 90};

    final double quality; // 0..1: how well run the county is (rates, expert points, training)
    final double retail2023; // 亿元
    final double[] retailGrowth = new double[3]; // 2023, 2024, 2025, in %
    final double onlineShare; // of retail sales, 2023
    final double[] onlineGrowth = new double[3];
    final double goodsShare; // 实物商品 of online sales
    final double express2023; // 万件
    final double[] expressGrowth = new double[3];
    final double employment; // 就业人员总数, 万人
    final double onlineEmploymentShare;
    final double taxTotal; // 万元
    final double ecommerceTaxShare;
    final double operatorShare; // operators / market entities
    final double complaints; // a year's complaints, 件
    final int monthNoise;
    private SplittableRandom random;

    CountyFigures(long seed, int index) {
        this(seed, index, 0);
    }

    /**
     * The county's figures; {@link #between} and {@link #rate} then draw from a sequence of its own
     * for {@code salt} (one per feed), so that a feed's draws do not depend on another feed's.
     */
    CountyFigures(long seed, int index, int salt) {
        random = new SplittableRandom(seed * 1_000_003L + index * 7_919L + 17);
        quality = random.nextDouble();
        retail2023 = 25 * Math.exp(random.nextDouble() * 3.1);
        retailGrowth[0] = between(4, 11);
        retailGrowth[1] = between(2, 8);
        retailGrowth[2] = between(1, 7);
        onlineShare = between(0.12, 0.45);
        for (int y = 0; y < 3; y++) {
            onlineGrowth[y] = between(3, 22);
            expressGrowth[y] = between(3, 30);
        }
        goodsShare = between(0.78, 0.9);
        express2023 = 300 * Math.exp(random.nextDouble() * 4.8);
        employment = between(8, 90);
        onlineEmploymentShare = between(0.015, 0.07);
        taxTotal = 40_000 * Math.exp(random.nextDouble() * 3.6);
        ecommerceTaxShare = between(0.015, 0.07);
        operatorShare = between(0.04, 0.22);
        complaints = 300 * Math.exp(random.nextDouble() * 4);
        monthNoise = random.nextInt(5);
        random = new SplittableRandom(seed * 1_000_003L + index * 7_919L + 17 + salt * 104_729L);
    }

    /** A uniform draw from the county's own sequence (call in the same order for the same figure). */
    double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    /** A rate in (0, 1] that is higher the better the county is run: at least {@code floor}. */
    double rate(double floor) {
        double r = floor + (1 - floor) * (0.1 + 0.9 * quality + (random.nextDouble() - 0.5) * 0.4);
        return Math.min(1, Math.max(floor, r));
    }

    /** A year's total retail sales (亿元), 2023 to 2025. */
    double retailYear(int year) {
        return grown(retail2023, retailGrowth, year);
    }

    double onlineYear(int year) {
        return grown(retail2023 * onlineShare, onlineGrowth, year);
    }

    double expressYear(int year) {
        return grown(express2023, expressGrowth, year);
    }

    private static double grown(double base2023, double[] growth, int year) {
        double v = base2023;
        for (int y = 2024; y <= year; y++) {
            v *= 1 + growth[y - 2023] / 100;
        }
        return v;
    }

    /** The official growth rate of a year (%). */
    static double growth(double[] rates, int year) {
        return rates[year - 2023];
    }

    /** January to {@code month}'s share of a year. */
    static double cumulative(int month) {
        int sum = 0;
        for (int m = 0; m < month; m++) {
            sum += MONTH_PER_MILLE[m];
        }
        return sum / 1000.0;
    }

    /** A year-to-date growth rate of 2025: the year's rate, moved a little month by month. */
    double ytdGrowth(double[] rates, int month) {
        return month == 12 ? rates[2] : rates[2] + ((month * 7 + monthNoise) % 5 - 2) * 0.3;
    }

    /** Rounded to {@code scale} decimals (half up), as an agency prints it. */
    static BigDecimal round(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }

    /** A whole count. */
    static long count(double v) {
        return Math.max(0, Math.round(v));
    }
}
