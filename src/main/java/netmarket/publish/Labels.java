package netmarket.publish;

import java.util.List;

/** The Chinese column names and words every export uses, in one place. */
final class Labels {

    static final List<String> ITEM_COLUMNS = List.of("一级指标", "二级指标", "编号", "三级指标", "变量性质", "满分", "得分", "状态",
            "数值", "评分说明", "缺少的数据", "下一分", "数据来源");

    private Labels() {}

    /** The warning every export of a provisional or withdrawn snapshot carries; null for a final one. */
    static String banner(Scorecard.Header h) {
        if (h.withdrawn()) {
            return "已撤回（" + h.withdrawnAt() + "）：" + h.withdrawnReason() + "。本评分不再有效，仅作记录保留。";
        }
        if (h.provisional()) {
            return "暂定评分：" + h.provisionalReason() + "。数据齐全后的下一次运行将以同一版本号替换本评分，请勿作为正式结果使用。";
        }
        return null;
    }

    /** The short mark put before a provisional or withdrawn snapshot's title. */
    static String mark(Scorecard.Header h) {
        return h.withdrawn() ? "【已撤回】" : h.provisional() ? "【暂定】" : "";
    }

    static String verdict(Verdict verdict) {
        return verdict == null ? "（本指标体系未规定合格标准）" : verdict.label();
    }
}
