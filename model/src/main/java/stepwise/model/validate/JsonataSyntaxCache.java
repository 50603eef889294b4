package stepwise.model.validate;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outcome of parsing each JSONata expression, kept between validations: the editor validates
 * after every pause in typing, and an edit changes one expression at a time, while parsing one takes
 * a tenth of a millisecond. Bounded; safe to share between threads.
 */
final class JsonataSyntaxCache {
    static final int MAX_ENTRIES = 20_000;

    private final Map<String, Optional<JsonataExpression.SyntaxError>> outcomes = new ConcurrentHashMap<>();

    /** The syntax error of the {@code {% ... %}} string {@code value}, or null when it parses. */
    JsonataExpression.SyntaxError errorOf(String value) {
        Optional<JsonataExpression.SyntaxError> known = outcomes.get(value);
        if (known == null) {
            if (outcomes.size() >= MAX_ENTRIES) {
                outcomes.clear();
            }
            known = Optional.ofNullable(new JsonataExpression(value).syntaxError());
            outcomes.put(value, known);
        }
        return known.orElse(null);
    }
}
