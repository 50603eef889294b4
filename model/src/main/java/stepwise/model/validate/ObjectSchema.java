package stepwise.model.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields an ASL object may have (a state of one type, a Retry entry, the ProcessorConfig...):
 * each field's kind and query language, the fields it needs, and groups of fields that exclude
 * each other. Built once, as data, by {@link Schemas}.
 */
record ObjectSchema(String noun, Map<String, FieldSpec> fields, List<String> required, List<ExclusiveGroup> exclusive) {

    /** Which query language a field belongs to. */
    enum Lang { BOTH, JSONPATH, JSONATA }

    record FieldSpec(String name, FieldKind kind, Lang lang) {
    }

    /** At most one of {@code fields}; exactly one when {@code oneRequired}. */
    record ExclusiveGroup(List<String> fields, boolean oneRequired) {
    }

    ObjectSchema {
        fields = Map.copyOf(fields);
        required = List.copyOf(required);
        exclusive = List.copyOf(exclusive);
    }

    FieldSpec field(String name) {
        return fields.get(name);
    }

    static Builder of(String noun) {
        return new Builder(noun);
    }

    static final class Builder {
        private final String noun;
        private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
        private final List<String> required = new ArrayList<>();
        private final List<ExclusiveGroup> exclusive = new ArrayList<>();

        private Builder(String noun) {
            this.noun = noun;
        }

        Builder both(String name, FieldKind kind) {
            fields.put(name, new FieldSpec(name, kind, Lang.BOTH));
            return this;
        }

        Builder jsonPath(String name, FieldKind kind) {
            fields.put(name, new FieldSpec(name, kind, Lang.JSONPATH));
            return this;
        }

        Builder jsonata(String name, FieldKind kind) {
            fields.put(name, new FieldSpec(name, kind, Lang.JSONATA));
            return this;
        }

        Builder from(Builder other) {
            fields.putAll(other.fields);
            return this;
        }

        Builder required(String... names) {
            required.addAll(List.of(names));
            return this;
        }

        Builder atMostOne(String... names) {
            exclusive.add(new ExclusiveGroup(List.of(names), false));
            return this;
        }

        Builder exactlyOne(String... names) {
            exclusive.add(new ExclusiveGroup(List.of(names), true));
            return this;
        }

        ObjectSchema build() {
            return new ObjectSchema(noun, fields, required, exclusive);
        }
    }
}
