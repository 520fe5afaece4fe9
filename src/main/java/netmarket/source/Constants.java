package netmarket.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import netmarket.normalize.RegionDirectory;

/** A definition's constant as the value its field type stores: {@code trained: true} is a boolean, not text. */
final class Constants {

    private Constants() {}

    /** The typed value, or null when {@code value} is not of {@code type}. */
    static Object typed(String type, Object value, RegionDirectory regions) {
        if (value == null) {
            return null;
        }
        try {
            return switch (type) {
                case "boolean" -> value instanceof Boolean b ? b : null;
                case "integer", "year" -> value instanceof Number n && new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0
                        ? (Object) n.longValue() : null;
                case "decimal" -> value instanceof Number n ? new BigDecimal(n.toString()) : null;
                case "date" -> LocalDate.parse(String.valueOf(value));
                case "region" -> regions.resolve(String.valueOf(value)).map(r -> (Object) r.code()).orElse(null);
                case "text" -> value instanceof String s ? s : null;
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String describe(String type) {
        return switch (type) {
            case "boolean" -> "true 或 false";
            case "integer", "year" -> "整数";
            case "decimal" -> "数字";
            case "date" -> "日期（如 2025-06-30）";
            case "region" -> "地区代码表中的地区";
            case "text" -> "文字";
            default -> type;
        };
    }
}
