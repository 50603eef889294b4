package stepwise.model.validate;

import stepwise.model.intrinsic.IntrinsicCall;
import stepwise.model.intrinsic.IntrinsicSignature;

import stepwise.model.json.JsonString;

/**
 * Intrinsic function calls ({@code States.Format('{}', $.name)}): the call syntax and string
 * escapes, the function names (the eighteen of {@link IntrinsicSignature}), the number of arguments
 * each takes, and the paths given as arguments.
 */
final class IntrinsicRules {
    private IntrinsicRules() {
    }

    static void check(JsonString v, String pointer, String field, Findings findings) {
        IntrinsicCall.Parsed parsed = IntrinsicCall.parse(v.value());
        if (!parsed.ok()) {
            findings.report(ValidationCode.INVALID_INTRINSIC, pointer, findings.inString(v, parsed.offset(), parsed.offset() + 1),
                    "The value of '" + field + "' must be a valid JSONPath or intrinsic function call: " + parsed.problem());
            return;
        }
        for (IntrinsicCall call : parsed.call().allCalls()) {
            IntrinsicSignature f = IntrinsicSignature.named(call.name());
            if (f == null) {
                findings.report(ValidationCode.UNKNOWN_INTRINSIC, pointer, findings.inString(v, call.nameStart(), call.nameEnd()),
                        "'" + call.name() + "' is not an intrinsic function" + suggestion(call.name()));
            } else if (!f.accepts(call.arguments().size())) {
                findings.report(ValidationCode.INTRINSIC_ARITY, pointer, findings.inString(v, call.nameStart(), call.nameEnd()),
                        call.name() + " takes " + f.arity() + ", but is given " + call.arguments().size());
            }
        }
        for (IntrinsicCall.PathArgument p : parsed.call().paths()) {
            JsonPathSyntax.Problem problem = JsonPathSyntax.check(p.path(), false);
            if (problem != null) {
                int at = p.start() + problem.offset();
                findings.report(ValidationCode.INVALID_PATH, pointer, findings.inString(v, at, at + 1),
                        "The argument " + p.path() + " must be a valid JSONPath: " + problem.message());
            }
        }
    }

    private static String suggestion(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (IntrinsicSignature f : IntrinsicSignature.values()) {
            if (f.aslName().toLowerCase(java.util.Locale.ROOT).equals(lower)) {
                return " (did you mean " + f.aslName() + "?)";
            }
        }
        return "";
    }
}
