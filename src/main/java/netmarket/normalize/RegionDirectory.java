package netmarket.normalize;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Region names and aliases to codes, from jobs/reference/regions.csv. A development zone without
 * an official code is a row in that file, not code. Names match after {@link TextCleaner#key}.
 */
public final class RegionDirectory {

    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, Region> byName = new HashMap<>();

    public static RegionDirectory load(Path file) {
        RegionDirectory d = new RegionDirectory();
        for (Map<String, String> row : ReferenceCsv.read(file)) {
            Region r = new Region(row.get("code"), row.get("name"), row.get("level"), emptyToNull(row.get("parent_code")),
                    emptyToNull(row.get("zone")), row.getOrDefault("aliases", ""));
            d.add(r);
        }
        return d;
    }

    private void add(Region r) {
        if (byCode.put(r.code(), r) != null) {
            throw new IllegalStateException("地区代码重复: " + r.code());
        }
        register(r.name(), r);
        if (r.aliases() != null && !r.aliases().isBlank()) {
            for (String alias : r.aliases().split("\\|")) {
                register(alias, r);
            }
        }
    }

    private void register(String name, Region r) {
        Region previous = byName.put(TextCleaner.key(name), r);
        if (previous != null && previous != r) {
            throw new IllegalStateException("地区名称「" + name + "」同时指向 " + previous.code() + " 和 " + r.code());
        }
    }

    /** The region a cell names: a code in the file, a name or an alias. */
    public Optional<Region> resolve(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = TextCleaner.key(text);
        Region r = byCode.get(k);
        return r != null ? Optional.of(r) : Optional.ofNullable(byName.get(k));
    }

    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every name and alias (as matching keys) with its region: what a free text is searched for. */
    public Map<String, Region> names() {
        return java.util.Collections.unmodifiableMap(byName);
    }

    /** Whether {@code ancestor} is {@code region} itself or one of the regions above it. */
    public boolean isWithin(Region region, Region ancestor) {
        for (Region r = region; r != null; r = r.parentCode() == null ? null : byCode.get(r.parentCode())) {
            if (r.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }

    public Collection<Region> all() {
        return byCode.values();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
