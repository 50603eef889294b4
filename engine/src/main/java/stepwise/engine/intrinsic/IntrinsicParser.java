package stepwise.engine.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import stepwise.engine.data.Expression;
import stepwise.engine.data.ModelJson;
import stepwise.engine.data.PathExpression;
import stepwise.model.intrinsic.IntrinsicCall.Argument;
import stepwise.model.intrinsic.IntrinsicCall.Literal;
import stepwise.model.intrinsic.IntrinsicCall.Nested;
import stepwise.model.intrinsic.IntrinsicCall.PathArgument;

/**
 * Compiles intrinsic function calls such as {@code States.Format('Hello {}', $.name)}. The grammar is
 * the model's ({@link stepwise.model.intrinsic.IntrinsicCall}, which the validator checks with too);
 * this turns its tree into something that evaluates: literals into values, paths into compiled paths,
 * names into the functions' bodies.
 */
public final class IntrinsicParser {
    private IntrinsicParser() {
    }

    /** True when {@code text} is written as an intrinsic function call. */
    public static boolean isCall(String text) {
        return stepwise.model.intrinsic.IntrinsicCall.looksLikeCall(text);
    }

    /**
     * Parses and compiles a whole call.
     * @throws IllegalArgumentException with the reason when it is not a valid call
     */
    public static IntrinsicCall parse(String text) {
        stepwise.model.intrinsic.IntrinsicCall.Parsed parsed = stepwise.model.intrinsic.IntrinsicCall.parse(text);
        if (!parsed.ok()) {
            throw new IllegalArgumentException("invalid intrinsic function call at character " + (parsed.offset() + 1) + ": "
                    + parsed.problem());
        }
        return compile(text, parsed.call());
    }

    private static IntrinsicCall compile(String text, stepwise.model.intrinsic.IntrinsicCall call) {
        IntrinsicFunction function = IntrinsicFunction.named(call.name());
        if (function == null) {
            throw new IllegalArgumentException("'" + call.name() + "' is not an intrinsic function; the intrinsic functions are "
                    + IntrinsicFunction.names());
        }
        function.checkArity(call.arguments().size());
        List<IntrinsicCall.Arg> args = new ArrayList<>(call.arguments().size());
        for (Argument a : call.arguments()) {
            args.add(argument(text, a));
        }
        return new IntrinsicCall(text.substring(call.nameStart(), call.end()), function, args);
    }

    private static IntrinsicCall.Arg argument(String text, Argument a) {
        if (a instanceof Nested n) {
            return new IntrinsicCall.Arg(null, null, compile(text, n.call()));
        }
        if (a instanceof PathArgument p) {
            Expression e;
            try {
                e = PathExpression.compile(p.path());
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException("'" + p.path() + "' is not a valid path: " + bad.getMessage());
            }
            return new IntrinsicCall.Arg(null, null, e);
        }
        Literal literal = (Literal) a;
        if (literal.isString()) {
            return new IntrinsicCall.Arg(TextNode.valueOf(literal.stringValue()), literal.stringContent(), null);
        }
        JsonNode value = switch (literal.text()) {
            case "true" -> BooleanNode.TRUE;
            case "false" -> BooleanNode.FALSE;
            case "null" -> NullNode.instance;
            default -> ModelJson.number(literal.text());
        };
        return new IntrinsicCall.Arg(value, null, null);
    }
}
