package stepwise.canvas.palette;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonObject;

/**
 * One entry of the palette: a state type, or a Task preset for a common integration. It knows the name
 * a new state starts from ({@code Pass}, then {@code Pass 2}...) and writes the new state's definition
 * with sensible fields for the workflow's query language.
 */
public record StateTemplate(String id, String title, String description, StateType type, Group group, String baseName,
                            List<String> keywords, Definition definition) {

    /** Where the palette lists an entry. */
    public enum Group {
        FLOW("Flow"), INTEGRATIONS("Integrations");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** What a new state is written from. */
    public record Context(QueryLanguage queryLanguage, String target, UnaryOperator<String> names) {
        /** Names a state nested in the new one: {@code base}, or {@code base 2}... when taken. */
        public String name(String base) {
            return names.apply(base);
        }

        public boolean jsonata() {
            return queryLanguage == QueryLanguage.JSONATA;
        }
    }

    /** Writes a new state's definition (its transitions are added by the command that places it). */
    @FunctionalInterface
    public interface Definition {
        JsonObject write(Context context);
    }

    public StateTemplate {
        keywords = List.copyOf(keywords);
    }

    /**
     * The state's definition for a workflow in {@code queryLanguage}; {@code target} is the state it will
     * lead to when it is dropped on a transition (null otherwise); {@code names} hands out free names for
     * the states it holds.
     */
    public JsonObject define(QueryLanguage queryLanguage, String target, UnaryOperator<String> names) {
        return definition.write(new Context(queryLanguage, target, names));
    }

    /** True when every word of {@code query} is found in the title, the description, the type or a keyword. */
    public boolean matches(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        String haystack = (title + " " + description + " " + type.aslName() + " " + String.join(" ", keywords)).toLowerCase(Locale.ROOT);
        for (String word : q.split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
