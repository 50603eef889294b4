package stepwise.engine.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import stepwise.engine.data.DataScope;
import stepwise.engine.data.Expression;
import stepwise.engine.data.Json;
import stepwise.engine.data.StateFailure;

/** A parsed intrinsic function call, evaluated against a state's input. */
public final class IntrinsicCall implements Expression {
    /** One argument: a literal (with its raw text for strings), or an expression (path or nested call). */
    record Arg(JsonNode literal, String raw, Expression expression) {
    }

    private final String text;
    private final IntrinsicFunction function;
    private final List<Arg> args;
    private final boolean readsContext;

    IntrinsicCall(String text, IntrinsicFunction function, List<Arg> args) {
        this.text = text;
        this.function = function;
        this.args = List.copyOf(args);
        this.readsContext = args.stream().anyMatch(a -> a.expression() != null && a.expression().readsContext());
    }

    public IntrinsicFunction function() {
        return function;
    }

    @Override
    public JsonNode evaluate(JsonNode input, DataScope scope) {
        List<JsonNode> values = new ArrayList<>(args.size());
        for (Arg a : args) {
            if (a.expression() == null) {
                values.add(a.literal());
                continue;
            }
            JsonNode v = a.expression().evaluate(input, scope);
            if (v == null) {
                throw StateFailure.runtime("The JsonPath argument '" + a.expression().text() + "' of the intrinsic function "
                        + function.aslName() + " could not be found in the input '" + Json.write(input) + "'");
            }
            values.add(v);
        }
        String template = args.isEmpty() ? null : args.get(0).raw();
        return function.apply(new IntrinsicFunction.Call(text, values, template, scope));
    }

    @Override
    public boolean readsContext() {
        return readsContext;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
