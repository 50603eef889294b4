package stepwise.model.validate;

import java.util.List;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.StateType;

/**
 * The fields an ASL object can have, read from the validator's own field table: which exist in a
 * query language, which are required, and which exclude each other. Editors build their forms from
 * it so that what they offer and what the validator accepts are one table.
 */
public final class FieldTable {
    private final ObjectSchema schema;

    private FieldTable(ObjectSchema schema) {
        this.schema = schema;
    }

    /** The fields of a state of {@code type}. */
    public static FieldTable of(StateType type) {
        return new FieldTable(Schemas.forState(type));
    }

    /** The fields of one {@code Retry} entry. */
    public static FieldTable retrier() {
        return new FieldTable(Schemas.RETRIER);
    }

    /** The fields of one {@code Catch} entry. */
    public static FieldTable catcher() {
        return new FieldTable(Schemas.CATCHER);
    }

    /** The fields of a Map's {@code ItemProcessor.ProcessorConfig}. */
    public static FieldTable processorConfig() {
        return new FieldTable(Schemas.PROCESSOR_CONFIG);
    }

    /** True when the object has {@code field} in a state written in {@code language}. */
    public boolean has(String field, QueryLanguage language) {
        ObjectSchema.FieldSpec spec = schema.field(field);
        if (spec == null) {
            return false;
        }
        return switch (spec.lang()) {
            case BOTH -> true;
            case JSONPATH -> language != QueryLanguage.JSONATA;
            case JSONATA -> language == QueryLanguage.JSONATA;
        };
    }

    /** True when the object has {@code field} in one query language or the other. */
    public boolean has(String field) {
        return schema.field(field) != null;
    }

    public boolean isRequired(String field) {
        return schema.required().contains(field);
    }

    /**
     * The fields of which at most one may be written, {@code field} among them, in the table's order
     * ({@code Seconds, SecondsPath, Timestamp, TimestampPath} for a Wait's {@code Seconds}); just
     * {@code field} when it excludes no other.
     */
    public List<String> alternatives(String field) {
        for (ObjectSchema.ExclusiveGroup g : schema.exclusive()) {
            if (g.fields().contains(field)) {
                return g.fields();
            }
        }
        return List.of(field);
    }

    /** True when one of {@code field}'s {@link #alternatives} must be written. */
    public boolean isOneRequired(String field) {
        for (ObjectSchema.ExclusiveGroup g : schema.exclusive()) {
            if (g.fields().contains(field)) {
                return g.oneRequired();
            }
        }
        return isRequired(field);
    }
}
