package netmarket.load;

import java.util.Arrays;

/** What became of one file in a run (LoadOutcome.status, and meta.load.status for the first two). */
public enum LoadStatus {
    LOADED("loaded"),
    FAILED("failed"),
    /** Its bytes were loaded before with the same definition: nothing done. */
    ALREADY_LOADED("already_loaded"),
    /** Its bytes failed before with the same definition: not tried again. */
    ALREADY_FAILED("already_failed");

    private final String code;

    LoadStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static LoadStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no load status " + code));
    }
}
