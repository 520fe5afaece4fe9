package netmarket.load;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a row was counted as skipped rather than loaded or rejected: the code meta.load_skip keeps
 * (and LoadOutcome's counts use), and the word people read in a preview.
 */
public enum SkipKind {
    TITLE("title", "标题"),
    HEADER("header", "表头"),
    UNITS("units", "单位行"),
    BLANK("blank", "空行"),
    NOTE("note", "注释"),
    TOTAL("total", "合计"),
    OUT_OF_SCOPE("out_of_scope", "不在范围内的指标"),
    NO_VALUES("no_values", "无数值"),
    OTHER_SHEET("other_sheet", "其他工作表");

    private final String code;
    private final String label;

    SkipKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code stored in meta.load_skip.kind. */
    public String code() {
        return code;
    }

    /** The official word for it, as a preview shows it. */
    public String label() {
        return label;
    }

    /** The kind a stored code stands for; empty for a code this build does not know. */
    public static Optional<SkipKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
