package netmarket.load;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import netmarket.extract.CellValue;
import netmarket.normalize.CreditCode;
import netmarket.normalize.DateParser;
import netmarket.normalize.OperatorIdentity;
import netmarket.normalize.PersonalId;
import netmarket.normalize.PiiProtector;
import netmarket.normalize.TextCleaner;
import netmarket.normalize.UnitTable;
import netmarket.normalize.ValueException;
import netmarket.normalize.ValueParser;
import netmarket.source.FieldType;
import netmarket.source.SourceDefinition;

/**
 * Reads one record cell into the columns its field's type stores, one rule per type: a region's
 * code, a date, an exact decimal in base units, a credit code in clear, a personal ID as its keyed
 * hash and mask, a phone masked. A cell that is not what its type says is a {@link ValueException}.
 */
final class FieldValues {

    static final int MAX_TEXT = 2000;
    /** Where a name's keyed hash waits until the row knows whether it has an ID number (RecordRows). */
    static final String NAME_HASH = "\u0000name_hash";

    private final SheetLayout layout;
    private final LoadContext ctx;

    FieldValues(SheetLayout layout, LoadContext ctx) {
        this.layout = layout;
        this.ctx = ctx;
    }

    /** Puts the value(s) of {@code cell}, read as field {@code f} (its column headed {@code label}), into {@code m}. */
    void put(Map<String, Object> m, SourceDefinition.Field f, CellValue cell, String label) {
        String raw = TextCleaner.halfWidth(cell.text()).strip();
        switch (f.type()) {
            case TEXT -> m.put(f.name(), text(raw));
            case REGION -> m.put(f.name(), ctx.regions().resolve(raw).orElseThrow(() -> new ValueException(RowCells.unknownRegion(raw))).code());
            case DATE -> m.put(f.name(), DateParser.parse(cell));
            case YEAR -> m.put(f.name(), year(cell));
            case INTEGER -> m.put(f.name(), integer(cell, raw));
            case DECIMAL -> decimal(m, f, cell, raw, label);
            case BOOLEAN -> m.put(f.name(), bool(raw));
            case CREDIT_CODE -> creditCode(m, raw);
            case OPERATOR_ID -> operator(m, raw);
            case PERSON_ID -> person(m, raw);
            case PHONE -> m.put("phone_masked", phone(raw));
            case PERSON_NAME -> {
                m.put(f.name(), PiiProtector.maskName(raw));
                m.put(NAME_HASH, ctx.pii().hash(TextCleaner.key(raw)));
            }
            default -> throw new ValueException("字段类型 " + f.type() + " 不适用于此目标表");
        }
    }

    private static String text(String raw) {
        if (raw.length() > MAX_TEXT) {
            throw new ValueException("文本过长（" + raw.length() + " 字符，上限 " + MAX_TEXT + "）");
        }
        return raw;
    }

    private static long integer(CellValue cell, String raw) {
        BigDecimal v = ValueParser.parse(cell).value();
        if (v.stripTrailingZeros().scale() > 0) {
            throw new ValueException("应为整数: " + raw);
        }
        if (v.signum() < 0) {
            throw new ValueException("不能为负数: " + raw);
        }
        if (v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new ValueException("数值过大: " + ValueParser.abbreviate(raw));
        }
        return v.longValueExact();
    }

    /** A decimal in the field's base unit when it has one (the unit from the header, the title or the definition, never guessed). */
    private void decimal(Map<String, Object> m, SourceDefinition.Field f, CellValue cell, String raw, String label) {
        ValueParser.Parsed parsed = ValueParser.parse(cell);
        UnitTable.Unit unit = unit(f, label);
        BigDecimal v = parsed.value();
        if (v.signum() < 0) {
            throw new ValueException("不能为负数: " + raw);
        }
        if (f.baseUnit() != null && unit == null) {
            throw new ValueException("没有单位：应写明可换算为" + f.baseUnit() + "的单位（单位不会被猜测）");
        }
        if (f.baseUnit() != null && !unit.baseUnit().equals(f.baseUnit())) {
            throw new ValueException("单位「" + unit.name() + "」不能换算为" + f.baseUnit());
        }
        if (unit != null) {
            v = v.multiply(unit.factor());
            m.put("source_value", raw);
            m.put("source_unit", unit.name());
        }
        if (v.stripTrailingZeros().scale() > 6) {
            throw new ValueException("小数位过多: " + raw);
        }
        m.put(f.name(), v);
    }

    private UnitTable.Unit unit(SourceDefinition.Field f, String label) {
        if ("header".equals(f.unit())) {
            // the unit must be written in the header ("（万元）") or the title ("单位：万元")
            return (label == null ? Optional.<UnitTable.Unit>empty() : ctx.units().findIn(label))
                    .or(() -> layout.titleUnit)
                    .orElseThrow(() -> new ValueException("表头和标题中都没有单位（如“（万元）”），无法换算"));
        }
        if (f.unit() != null) {
            return ctx.units().get(f.unit()).orElseThrow(() -> new ValueException("单位「" + f.unit() + "」不在单位表中"));
        }
        return label == null ? null : ctx.units().findIn(label).orElse(null);
    }

    /** An operator identified by credit code only: stored as operator_id stores one. */
    private static void creditCode(Map<String, Object> m, String raw) {
        String code = raw.toUpperCase();
        if (PersonalId.hasShape(code)) {
            throw new ValueException("形如身份证号码，不作为统一社会信用代码存储");
        }
        String problem = CreditCode.problem(code);
        if (problem != null) {
            throw new ValueException(problem);
        }
        m.put("operator_key", code);
        m.put("credit_code", code);
    }

    private void operator(Map<String, Object> m, String raw) {
        OperatorIdentity who = OperatorIdentity.of(raw, ctx.pii());
        m.put("operator_key", who.operatorKey());
        m.put("credit_code", who.creditCode());
        m.put("person_id_hash", who.personIdHash());
        m.put("person_id_masked", who.personIdMasked());
    }

    private void person(Map<String, Object> m, String raw) {
        String id = raw.toUpperCase();
        String problem = PersonalId.problem(id);
        if (problem != null) {
            throw new ValueException(problem);
        }
        String hash = ctx.pii().hash(id);
        m.put("person_key", "P" + hash.substring(0, 32));
        m.put("person_id_hash", hash);
        m.put("person_id_masked", PiiProtector.maskId(id));
    }

    /** Masked only: see PiiProtector.maskPhone. */
    private static String phone(String raw) {
        String digits = raw.replaceAll("[\\s-]", "");
        if (!digits.matches("\\+?\\d{7,15}")) {
            throw new ValueException("电话号码格式错误");
        }
        return PiiProtector.maskPhone(digits);
    }

    static Integer year(CellValue cell) {
        String s = TextCleaner.halfWidth(cell.text()).strip().replace("年度", "").replace("年", "");
        if (!s.matches("\\d{4}(\\.0+)?")) {
            throw new ValueException("不是年份: " + ValueParser.abbreviate(s));
        }
        int y = Integer.parseInt(s.substring(0, 4));
        if (y < 1990 || y > 2100) {
            throw new ValueException("年份超出范围: " + y);
        }
        return y;
    }

    private static Boolean bool(String raw) {
        return switch (raw.toLowerCase()) {
            case "是", "已", "已完成", "y", "yes", "true", "1", "√" -> Boolean.TRUE;
            case "否", "未", "未完成", "n", "no", "false", "0", "×" -> Boolean.FALSE;
            default -> throw new ValueException("应为“是”或“否”: " + raw);
        };
    }

    /** The masked form of a personal identifier that failed its check, as the field's type shows it. */
    static String masked(FieldType type, String raw) {
        return switch (type) {
            case PHONE -> PiiProtector.maskPhone(raw);
            case PERSON_NAME -> PiiProtector.maskName(raw);
            default -> PiiProtector.maskId(raw);
        };
    }
}
