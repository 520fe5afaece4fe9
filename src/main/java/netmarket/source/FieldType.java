package netmarket.source;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a definition's field holds, as jobs/reference/targets.yml names it: the layout's own
 * columns of a metric table (metric, value, unit, value kind, period, year) and the typed values
 * of records, each read by its own rule in the load (FieldValues). Personal ones are masked in
 * anything shown about a rejected cell.
 */
public enum FieldType {
    METRIC("metric"),
    VALUE("value"),
    UNIT("unit"),
    VALUE_KIND("value_kind"),
    PERIOD("period"),
    YEAR("year"),
    TEXT("text"),
    REGION("region"),
    DATE("date"),
    INTEGER("integer"),
    DECIMAL("decimal"),
    BOOLEAN("boolean"),
    CREDIT_CODE("credit_code"),
    OPERATOR_ID("operator_id"),
    PERSON_ID("person_id"),
    PHONE("phone"),
    PERSON_NAME("person_name");

    private final String yamlName;

    FieldType(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name definitions and targets.yml use. */
    public String yamlName() {
        return yamlName;
    }

    /** Whether a value of this type identifies a person (shown masked when its cell is rejected). */
    public boolean personal() {
        return this == OPERATOR_ID || this == PERSON_ID || this == PHONE || this == PERSON_NAME;
    }

    /** The type a definition's name stands for; empty when none does. */
    public static Optional<FieldType> of(String yamlName) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(yamlName)).findFirst();
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
