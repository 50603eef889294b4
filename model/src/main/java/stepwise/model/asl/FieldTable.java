package stepwise.model.asl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields one kind of ASL object can have (a state of one type, a Retry entry, the ProcessorConfig...):
 * each field's kind, query language and documentation, the fields the object needs, and the groups of
 * fields that exclude each other. The validator checks objects against it; the inspector builds its
 * forms and the editor its completions and hovers from it. {@link FieldCatalog} holds one per object.
 */
public final class FieldTable {
    /** At most one of {@code fields}; exactly one when {@code oneRequired}. */
    public record ExclusiveGroup(List<String> fields, boolean oneRequired) {
        public ExclusiveGroup {
            fields = List.copyOf(fields);
        }
    }

    private final String noun;
    private final List<AslField> fields;
    private final Map<String, AslField> byName;
    private final List<String> required;
    private final List<ExclusiveGroup> exclusive;

    private FieldTable(String noun, List<AslField> fields, List<String> required, List<ExclusiveGroup> exclusive) {
        this.noun = noun;
        this.fields = List.copyOf(fields);
        Map<String, AslField> map = new HashMap<>();
        for (AslField f : fields) {
            map.put(f.name(), f);
        }
        this.byName = map;
        this.required = List.copyOf(required);
        this.exclusive = List.copyOf(exclusive);
    }

    /** What the object is called in messages: {@code Task state}, {@code Retry entry}, {@code workflow}. */
    public String noun() {
        return noun;
    }

    /** Every field, in the order a person would write them. */
    public List<AslField> fields() {
        return fields;
    }

    /** The fields valid under {@code language} (null for both languages), in order. */
    public List<AslField> fields(QueryLanguage language) {
        if (language == null) {
            return fields;
        }
        List<AslField> out = new ArrayList<>();
        for (AslField f : fields) {
            if (f.validIn(language)) {
                out.add(f);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The field named {@code name} in either language, or null. */
    public AslField field(String name) {
        return byName.get(name);
    }

    /** The one line of documentation of {@code field}, or null when the object has no such field. */
    public String doc(String field) {
        AslField f = byName.get(field);
        return f == null ? null : f.doc();
    }

    /** True when the object has {@code field} in one query language or the other. */
    public boolean has(String field) {
        return byName.containsKey(field);
    }

    /** True when the object has {@code field} in a state written in {@code language} (null counts as JSONPath). */
    public boolean has(String field, QueryLanguage language) {
        AslField f = byName.get(field);
        return f != null && f.validIn(language);
    }

    /** The fields the object needs, in the order they are reported. */
    public List<String> required() {
        return required;
    }

    public boolean isRequired(String field) {
        return required.contains(field);
    }

    /** The groups of fields of which at most one (or exactly one) may be written. */
    public List<ExclusiveGroup> exclusive() {
        return exclusive;
    }

    /**
     * The fields of which at most one may be written, {@code field} among them, in the table's order
     * ({@code Seconds, SecondsPath, Timestamp, TimestampPath} for a Wait's {@code Seconds}); just
     * {@code field} when it excludes no other.
     */
    public List<String> alternatives(String field) {
        for (ExclusiveGroup g : exclusive) {
            if (g.fields().contains(field)) {
                return g.fields();
            }
        }
        return List.of(field);
    }

    /** True when one of {@code field}'s {@link #alternatives} must be written. */
    public boolean isOneRequired(String field) {
        for (ExclusiveGroup g : exclusive) {
            if (g.fields().contains(field)) {
                return g.oneRequired();
            }
        }
        return isRequired(field);
    }

    @Override
    public String toString() {
        return "FieldTable[" + noun + ": " + byName.keySet() + "]";
    }

    static Builder builder(String noun) {
        return new Builder(noun);
    }

    /** Writes a table one line per field; fragments shared by several tables are tables too, merged with {@link #from}. */
    static final class Builder {
        private final String noun;
        private final Map<String, AslField> fields = new LinkedHashMap<>();
        private final List<String> required = new ArrayList<>();
        private final List<ExclusiveGroup> exclusive = new ArrayList<>();

        private Builder(String noun) {
            this.noun = noun;
        }

        Builder both(String name, FieldKind kind, String doc) {
            return add(new AslField(name, kind, null, false, doc));
        }

        Builder jsonPath(String name, FieldKind kind, String doc) {
            return add(new AslField(name, kind, QueryLanguage.JSONPATH, false, doc));
        }

        Builder jsonata(String name, FieldKind kind, String doc) {
            return add(new AslField(name, kind, QueryLanguage.JSONATA, false, doc));
        }

        /** Adds the fields, required fields and exclusive groups of {@code fragment}. */
        Builder from(FieldTable fragment) {
            fragment.fields.forEach(this::add);
            required.addAll(fragment.required);
            exclusive.addAll(fragment.exclusive);
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

        FieldTable build() {
            for (String name : required) {
                known(name);
            }
            for (ExclusiveGroup g : exclusive) {
                g.fields().forEach(this::known);
            }
            List<AslField> out = new ArrayList<>();
            for (AslField f : fields.values()) {
                out.add(required.contains(f.name()) ? new AslField(f.name(), f.kind(), f.language(), true, f.doc()) : f);
            }
            return new FieldTable(noun, out, required, exclusive);
        }

        private Builder add(AslField field) {
            if (fields.putIfAbsent(field.name(), field) != null) {
                throw new IllegalStateException(noun + " lists " + field.name() + " twice");
            }
            return this;
        }

        private void known(String name) {
            if (!fields.containsKey(name)) {
                throw new IllegalStateException(noun + " names " + name + ", which it does not list");
            }
        }
    }
}
