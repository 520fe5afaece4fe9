package netmarket.normalize;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a figure is (fact.metric_value.value_kind): a level in base units, an officially published growth rate, or a share. */
public enum ValueKind {
    LEVEL("level"),
    OFFICIAL_GROWTH_PCT("official_growth_pct"),
    SHARE_PCT("share_pct");

    private final String code;

    ValueKind(String code) {
        this.code = code;
    }

    /** As stored and as definitions and metrics.yml write it. */
    public String code() {
        return code;
    }

    public static Optional<ValueKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** Every kind's code, for the checks of definitions and metrics.yml. */
    public static Set<String> codes() {
        return Arrays.stream(values()).map(ValueKind::code).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public String toString() {
        return code;
    }
}
