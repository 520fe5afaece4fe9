package netmarket.publish;

/** A snapshot's verdict against its rubric's pass rule, as score.pass_verdict writes it (the official words). */
public enum Verdict {
    PASS("合格"),
    FAIL("不合格");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The verdict a stored word stands for; null when the rubric has no pass rule (nothing stored). */
    public static Verdict of(String stored) {
        if (stored == null) {
            return null;
        }
        for (Verdict v : values()) {
            if (v.label.equals(stored)) {
                return v;
            }
        }
        throw new IllegalStateException("unknown verdict in the store: " + stored);
    }
}
