package netmarket.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The country a {@link CountryRun} loads: the reference regions (jobs/reference/regions.csv) plus,
 * under each of its 31 provinces, generated prefecture-level cities and county-level regions with
 * GB/T 2260-shaped codes (PPCCDD: districts 02-20, counties 21-80, county-level cities 81-99) that
 * collide with no code of the file, and names that collide with (and contain, or are contained in)
 * no name or alias of it, so that both a cell and a free text (a title) resolve to one region.
 */
final class RegionPlan {

    /** A province of the reference file, with the rubric jobs/rubrics/province-rubrics.csv gives it. */
    record Province(String code, String name, String zone, String rubric) {}

    /** A generated prefecture-level city. */
    record City(String code, String name, Province province) {}

    /** A generated county-level region; {@code index} is its place in {@link #counties()} and seeds its figures. */
    record County(int index, String code, String name, City city) {
        Province province() {
            return city.province();
        }

        /** The rubric that scores it: its province's (a Shandong county is scored on Shandong's rubric only). */
        String rubric() {
            return city.province().rubric();
        }
    }

    /** Characters of place names the stems are drawn from (none of them in a feed's fixed title words). */
    private static final String POOL = "安宝北滨昌辰成川春丹德定东丰凤福富高广海汉合和河鹤横红洪湖华怀黄嘉江金靖景静开康乐黎临灵龙隆罗茂梅"
            + "南宁平普庆泉仁荣瑞沙山上绍石寿双顺松泰桃天通万望文武西仙祥新兴秀阳宜义永玉元云长昭镇正中竹紫";
    private static final int COUNTIES_PER_CITY = 12;

    private final List<String> referenceLines;
    private final List<Province> provinces = new ArrayList<>();
    private final List<City> cities = new ArrayList<>();
    private final List<County> counties = new ArrayList<>();

    private RegionPlan(List<String> referenceLines) {
        this.referenceLines = referenceLines;
    }

    /** {@code countyCount} counties spread evenly over the provinces of {@code jobs}/reference/regions.csv, the first provinces taking the remainder. */
    static RegionPlan generate(Path jobs, int countyCount, long seed) throws IOException {
        List<String> lines = Files.readAllLines(jobs.resolve("reference/regions.csv"), StandardCharsets.UTF_8);
        RegionPlan plan = new RegionPlan(lines);
        Map<String, String> rubrics = new HashMap<>();
        Path assignment = jobs.resolve("rubrics/province-rubrics.csv");
        if (Files.exists(assignment)) {
            List<String> rows = Files.readAllLines(assignment, StandardCharsets.UTF_8);
            for (String line : rows.subList(1, rows.size())) {
                String[] c = line.split(",", -1);
                if (c.length >= 2 && !c[0].isBlank()) {
                    rubrics.put(c[0].strip(), c[1].strip());
                }
            }
        }
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            codes.add(c[0]);
            names.add(c[1].strip());
            for (String alias : c.length > 5 ? c[5].split("\\|") : new String[0]) {
                if (!alias.isBlank()) {
                    names.add(alias.strip());
                }
            }
            if (c[2].equals("province")) {
                plan.provinces.add(new Province(c[0], c[1], c[4], rubrics.getOrDefault(c[0], "national")));
            }
        }
        if (plan.provinces.isEmpty()) {
            throw new IllegalStateException("no province in " + jobs.resolve("reference/regions.csv"));
        }
        Stems stems = new Stems(names, seed);
        int p = plan.provinces.size();
        for (int i = 0; i < p; i++) {
            Province province = plan.provinces.get(i);
            int here = countyCount / p + (i < countyCount % p ? 1 : 0);
            if (here > 0) {
                plan.addProvince(province, here, codes, stems);
            }
        }
        return plan;
    }

    private void addProvince(Province province, int countyCount, Set<String> codes, Stems stems) {
        String pp = province.code().substring(0, 2);
        int cityCount = (countyCount + COUNTIES_PER_CITY - 1) / COUNTIES_PER_CITY;
        int cc = 0;
        for (int c = 0; c < cityCount; c++) {
            String prefix;
            do {
                cc++;
                if (cc > 70) {
                    throw new IllegalStateException("no free city code left in " + province.name());
                }
                prefix = pp + String.format("%02d", cc);
            } while (usedPrefix(codes, prefix));
            City city = new City(prefix + "00", stems.next() + "市", province);
            codes.add(city.code());
            cities.add(city);
            int here = countyCount / cityCount + (c < countyCount % cityCount ? 1 : 0);
            int districts = Math.max(1, here / 4);
            int countyCities = here / 6;
            for (int k = 0; k < here; k++) {
                String dd;
                String suffix;
                if (k < districts) {
                    dd = String.format("%02d", 2 + k);
                    suffix = "区";
                } else if (k < here - countyCities) {
                    dd = String.format("%02d", 21 + k - districts);
                    suffix = "县";
                } else {
                    dd = String.format("%02d", 81 + k - (here - countyCities));
                    suffix = "市";
                }
                County county = new County(counties.size(), prefix + dd, stems.next() + suffix, city);
                if (!codes.add(county.code())) {
                    throw new IllegalStateException("code collision " + county.code());
                }
                counties.add(county);
            }
        }
    }

    private static boolean usedPrefix(Set<String> codes, String prefix) {
        for (String code : codes) {
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Two-character stems in a seeded order, each used once, none forming a known name with any suffix. */
    private static final class Stems {
        private final Set<String> known;
        private final List<String> order = new ArrayList<>();
        private int next;

        Stems(Set<String> known, long seed) {
            this.known = known;
            for (int a = 0; a < POOL.length(); a++) {
                for (int b = 0; b < POOL.length(); b++) {
                    if (a != b) {
                        order.add("" + POOL.charAt(a) + POOL.charAt(b));
                    }
                }
            }
            Collections.shuffle(order, new Random(seed));
        }

        String next() {
            while (next < order.size()) {
                String stem = order.get(next++);
                if (free(stem)) {
                    return stem;
                }
            }
            throw new IllegalStateException("ran out of region names");
        }

        private boolean free(String stem) {
            for (String suffix : List.of("县", "区", "市")) {
                String name = stem + suffix;
                for (String k : known) {
                    if (k.length() >= 2 && (name.contains(k) || k.contains(name) || k.contains(stem))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    List<Province> provinces() {
        return provinces;
    }

    List<City> cities() {
        return cities;
    }

    List<County> counties() {
        return counties;
    }

    /** The provinces that have generated counties, each with its counties in code order. */
    Map<Province, List<County>> countiesByProvince() {
        Map<Province, List<County>> out = new LinkedHashMap<>();
        for (County c : counties) {
            out.computeIfAbsent(c.province(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** The generated counties of a city. */
    List<County> countiesOf(City city) {
        return counties.stream().filter(c -> c.city().equals(city)).toList();
    }

    /** The reference file's lines, then a line per generated city and county (columns as the file has them). */
    Path write(Path file) throws IOException {
        List<String> out = new ArrayList<>(referenceLines);
        for (City city : cities) {
            out.add(String.join(",", city.code(), city.name(), "prefecture", city.province().code(), city.province().zone(), ""));
            for (County c : countiesOf(city)) {
                out.add(String.join(",", c.code(), c.name(), "county", city.code(), city.province().zone(), ""));
            }
        }
        Files.createDirectories(file.getParent());
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }
}
