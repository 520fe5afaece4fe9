package netmarket.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the region a free text names (a title, a sheet name, a file name). A text naming two
 * regions is never guessed: "东营区（山东省）" names a district and its province, which resolves to
 * the district only when the definition asks for the most specific; unrelated regions never resolve.
 */
public final class RegionFinder {

    /** The text names several regions and the definition does not say which to read. */
    public static final class Ambiguous extends RuntimeException {
        public Ambiguous(String message) {
            super(message);
        }
    }

    private RegionFinder() {}

    /**
     * The region {@code text} names, if any. Names inside a longer name ("东营" inside "东营区") do
     * not count. Several regions: the most specific when {@code mostSpecific} and they lie on one
     * line of descent, else {@link Ambiguous} naming each.
     */
    public static Optional<Region> find(String text, RegionDirectory regions, boolean mostSpecific) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = TextCleaner.key(text);
        record Hit(int start, int end, Region region) {}
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, Region> e : regions.names().entrySet()) {
            String name = e.getKey();
            if (name.length() < 2) {
                continue;
            }
            for (int at = key.indexOf(name); at >= 0; at = key.indexOf(name, at + 1)) {
                hits.add(new Hit(at, at + name.length(), e.getValue()));
            }
        }
        Set<Region> found = new LinkedHashSet<>();
        for (Hit h : hits) {
            boolean inside = hits.stream().anyMatch(o -> o != h && o.start() <= h.start() && o.end() >= h.end()
                    && (o.end() - o.start()) > (h.end() - h.start()));
            if (!inside) {
                found.add(h.region());
            }
        }
        if (found.size() <= 1) {
            return found.stream().findFirst();
        }
        Region deepest = found.stream().max(Comparator.comparingInt(r -> depth(r, regions))).orElseThrow();
        boolean oneLine = found.stream().allMatch(r -> regions.isWithin(deepest, r));
        if (mostSpecific && oneLine) {
            return Optional.of(deepest);
        }
        String names = found.stream().map(r -> r.name() + "（" + r.code() + "）").reduce((a, b) -> a + "、" + b).orElse("");
        throw new Ambiguous("「" + abbreviate(text) + "」同时指向多个地区: " + names
                + (oneLine ? "；若应取最具体的地区，请在数据源定义的 region 中写 choose: most_specific"
                        : "；请改用地区列（region: {from: column, header: …}）或固定地区（region: {fixed: …}）")
                + " / names several regions: " + found.stream().map(Region::code).toList());
    }

    private static int depth(Region r, RegionDirectory regions) {
        int d = 0;
        Region x = r;
        while (x != null && x.parentCode() != null && d < 10) {
            d++;
            x = regions.byCode(x.parentCode()).orElse(null);
        }
        return d;
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
