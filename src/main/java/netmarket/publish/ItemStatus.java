package netmarket.publish;

/** Whether a scored item could be assessed, as score.evaluate writes it, and the word exports use for it. */
public enum ItemStatus {
    SCORED("scored", "已评分"),
    NOT_ASSESSABLE("not_assessable", "无法评估");

    private final String code;
    private final String label;

    ItemStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The word exports show. */
    public String label() {
        return label;
    }

    /** The status a stored code stands for; an error for a code the scoring SQL writes and this list lacks. */
    public static ItemStatus of(String code) {
        for (ItemStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalStateException("unknown item status in the store: " + code);
    }
}
