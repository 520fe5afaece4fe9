package netmarket.publish;

import java.util.List;

/** The Chinese column names and words every export uses, in one place. */
final class Labels {

    static final List<String> ITEM_COLUMNS = List.of("一级指标", "二级指标", "编号", "三级指标", "变量性质", "满分", "得分", "状态",
            "数值", "评分说明", "缺少的数据", "下一分", "数据来源");

    private Labels() {}

    static String status(String status) {
        return switch (status) {
            case "scored" -> "已评分";
            case "not_assessable" -> "无法评估";
            default -> status;
        };
    }

    static String verdict(String verdict) {
        return verdict == null ? "（本指标体系未规定合格标准）" : verdict;
    }
}
