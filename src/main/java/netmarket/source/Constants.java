package netmarket.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import netmarket.normalize.RegionDirectory;

/** A definition's constant as the value its field type stores: {@code trained: true} is a boolean, not text. */
final class Constants {

    private Constants() {}

    /** The typed value, or null when {@code value} is not of {@code type}. */
    static Object typed(FieldType type, Object value, RegionDirectory regions) {
        if (value == null) {
            return null;
        }
        try {
            return switch (type) {
                case BOOLEAN -> value instanceof Boolean b ? b : null;
                case INTEGER, YEAR -> value instanceof Number n && new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0
                        ? (Object) n.longValue() : null;
                case DECIMAL -> value instanceof Number n ? new BigDecimal(n.toString()) : null;
                case DATE -> LocalDate.parse(String.valueOf(value));
                case REGION -> regions.resolve(String.valueOf(value)).map(r -> (Object) r.code()).orElse(null);
                case TEXT -> value instanceof String s ? s : null;
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String describe(FieldType type) {
        return switch (type) {
            case BOOLEAN -> "true 或 false";
            case INTEGER, YEAR -> "整数";
            case DECIMAL -> "数字";
            case DATE -> "日期（如 2025-06-30）";
            case REGION -> "地区代码表中的地区";
            case TEXT -> "文字";
            default -> type.yamlName();
        };
    }
}
