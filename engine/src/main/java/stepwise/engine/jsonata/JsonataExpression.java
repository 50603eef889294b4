package stepwise.engine.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import stepwise.engine.data.Json;
import stepwise.engine.data.StateFailure;

/**
 * One JSONata expression of a definition, parsed once. Evaluation binds {@code $states}, the workflow
 * variables the expression names and Step Functions' functions, and is bounded in time and depth: a
 * runaway expression fails with {@code States.QueryEvaluationError} instead of hanging the execution.
 */
public final class JsonataExpression {
    private final String source;
    private final Jsonata compiled;
    private final String[] variables;
    private final boolean usesRandom;
    private final boolean usesUuid;
    private final FastExpression fast;

    private JsonataExpression(String source, Jsonata compiled, String[] variables, boolean usesRandom, boolean usesUuid) {
        this.source = source;
        this.fast = FastExpression.compile(source);
        this.compiled = compiled;
        this.variables = variables;
        this.usesRandom = usesRandom;
        this.usesUuid = usesUuid;
    }

    /**
     * Parses an expression (the text between {@code {%} and {@code %}}).
     * @throws IllegalArgumentException with JSONata's message and the character position of a syntax error
     */
    public static JsonataExpression compile(String source) {
        Jsonata compiled;
        try {
            compiled = Jsonata.jsonata(source);
        } catch (JException e) {
            throw new IllegalArgumentException("invalid JSONata expression '" + source + "': " + message(e)
                    + (e.getLocation() >= 0 ? " (at character " + (e.getLocation() + 1) + ")" : ""), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid JSONata expression '" + source + "': " + e.getMessage(), e);
        }
        compiled.setOutputConvertNulls(false);
        compiled.registerFunction("partition", StepFunctionsFunctions.PARTITION);
        compiled.registerFunction("range", StepFunctionsFunctions.RANGE);
        compiled.registerFunction("hash", StepFunctionsFunctions.HASH);
        compiled.registerFunction("parse", StepFunctionsFunctions.PARSE);
        Set<String> names = referencedNames(source);
        boolean random = names.remove("random");
        boolean uuid = names.remove("uuid");
        names.removeAll(StepFunctionsFunctions.NAMES);
        names.remove("states");
        return new JsonataExpression(source, compiled, names.toArray(String[]::new), random, uuid);
    }

    /** The {@code $name}s in an expression, outside string literals. */
    static Set<String> referencedNames(String source) {
        Set<String> names = new LinkedHashSet<>();
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
            } else if (c == '$') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(source.charAt(j)) || source.charAt(j) == '_')) {
                    j++;
                }
                if (j > i + 1) {
                    names.add(source.substring(i + 1, j));
                }
                i = j - 1;
            }
        }
        return names;
    }

    /** The names of workflow variables this expression may read. */
    public List<String> variableNames() {
        return List.of(variables);
    }

    public String source() {
        return source;
    }

    /**
     * The raw JSONata result (Java values; null is undefined, {@link Jsonata#NULL_VALUE} is JSON null).
     * @throws StateFailure {@code States.QueryEvaluationError} when the expression throws or runs away
     */
    Object evaluateRaw(JsonataScope scope, String field) {
        Jsonata.Frame frame = compiled.createFrame();
        frame.bind("states", new StatesVariable(scope));
        for (String name : variables) {
            JsonNode value = scope.variable(name);
            if (value != null) {
                Object v = JsonataValues.toJsonata(value);
                frame.bind(name, v == null ? Jsonata.NULL_VALUE : v);
            }
        }
        if (usesRandom) {
            frame.bind("random", StepFunctionsFunctions.random(scope.random()));
        }
        if (usesUuid) {
            frame.bind("uuid", StepFunctionsFunctions.uuid(scope.random()));
        }
        frame.setRuntimeBounds(scope.evaluationTimeout().toMillis(), scope.evaluationDepth());
        try {
            return compiled.evaluate(null, frame);
        } catch (StateFailure f) {
            throw f;
        } catch (JException e) {
            throw threw(field, message(e));
        } catch (StepFunctionsFunctions.FunctionFailure e) {
            throw threw(field, e.getMessage());
        } catch (StackOverflowError e) {
            throw threw(field, "U1001: Stack overflow error: Check for non-terminating recursive function");
        } catch (OutOfMemoryError e) {
            throw threw(field, "U1002: the expression built a value too large for memory");
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
                if (cause instanceof JException j) {
                    throw threw(field, message(j));
                }
                if (cause instanceof StepFunctionsFunctions.FunctionFailure f) {
                    throw threw(field, f.getMessage());
                }
            }
            throw threw(field, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /**
     * The value of the expression for {@code field}.
     * @throws StateFailure when it throws, runs away, returns nothing or returns a function
     */
    public JsonNode evaluate(JsonataScope scope, String field) {
        if (fast != null) {
            Object v = fast.evaluate(scope);
            if (v != FastExpression.DEFER) {
                if (v == null) {
                    throw StateFailure.queryEvaluation("The JSONata expression '" + source + "' specified for the field '" + field
                            + "' returned nothing (undefined).", field);
                }
                return (JsonNode) v;
            }
        }
        Object raw = evaluateRaw(scope, field);
        if (raw == null) {
            throw StateFailure.queryEvaluation("The JSONata expression '" + source + "' specified for the field '" + field
                    + "' returned nothing (undefined).", field);
        }
        Object value = JsonataValues.fromJsonata(raw);
        if (value == JsonataValues.FUNCTION) {
            throw StateFailure.queryEvaluation("The JSONata expression '" + source + "' specified for the field '" + field
                    + "' returned an unsupported result type.", field);
        }
        return (JsonNode) value;
    }

    /** The failure for a result of the wrong type: AWS's "Expected 'array', but was 'boolean' for value: true". */
    public StateFailure unexpectedType(String field, String expected, JsonNode value) {
        return StateFailure.queryEvaluation("The JSONata expression '" + source + "' specified for the field '" + field
                + "' returned an unexpected result type. Expected '" + expected + "', but was '" + Json.typeName(value)
                + "' for value: " + Json.write(value), field);
    }

    private StateFailure threw(String field, String message) {
        return StateFailure.queryEvaluation("The JSONata expression '" + source + "' specified for the field '" + field
                + "' threw an error during evaluation. " + message, field);
    }

    static String message(JException e) {
        String code = e.getError();
        String text = e.getMessage();
        if (code != null && !code.isEmpty() && text != null && !text.startsWith(code) && code.matches("[A-Z]\\d{4}")) {
            return code + ": " + text;
        }
        return text;
    }

    @Override
    public String toString() {
        return "{% " + source + " %}";
    }
}
