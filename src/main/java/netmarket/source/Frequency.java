package netmarket.source;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;

/** How often a feed arrives, as its definition's {@code frequency:} says: what a run for a month needs of it. */
public enum Frequency {
    MONTHLY("monthly"),
    ANNUAL("annual"),
    ONCE("once");

    private final String yamlName;

    Frequency(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name definitions use. */
    public String yamlName() {
        return yamlName;
    }

    /**
     * The latest period (year × 100 + month) a run for {@code month} needs loaded: that month for a
     * monthly feed, December of the last complete year for an annual one, anything for a one-off.
     */
    public long latestNeeded(YearMonth month) {
        return switch (this) {
            case MONTHLY -> month.getYear() * 100L + month.getMonthValue();
            case ANNUAL -> (month.getYear() - 1) * 100L + 12;
            case ONCE -> 0;
        };
    }

    /** The frequency a definition's name stands for; empty when none does. */
    public static Optional<Frequency> of(String yamlName) {
        return Arrays.stream(values()).filter(f -> f.yamlName.equals(yamlName)).findFirst();
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
