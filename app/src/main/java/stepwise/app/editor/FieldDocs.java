package stepwise.app.editor;

import stepwise.model.Syntax;
import stepwise.model.asl.AslField;
import stepwise.model.asl.AslObjectKind;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.IntrinsicFunction;
import stepwise.model.asl.PredefinedError;
import stepwise.model.asl.ServiceIntegration;

/** The line of documentation shown when the pointer rests on a field name or a well-known value. */
public final class FieldDocs {
    private FieldDocs() {
    }

    /** The documentation of the key or value at {@code offset}, or null when there is none. */
    public static String at(CharSequence text, int offset, Syntax syntax) {
        int[] token = token(text, offset, syntax);
        if (token == null) {
            return null;
        }
        String word = text.subSequence(token[0], token[1]).toString();
        if (word.isEmpty()) {
            return null;
        }
        PredefinedError error = PredefinedError.fromAsl(word);
        if (error != null) {
            return error.aslName() + ": " + error.doc();
        }
        int paren = word.indexOf('(');
        if (paren > 0) {
            IntrinsicFunction fn = IntrinsicFunction.fromAsl(word.substring(0, paren));
            if (fn != null) {
                return fn.signature() + ": " + fn.doc();
            }
        }
        for (ServiceIntegration s : ServiceIntegration.COMMON) {
            if (s.resource().equals(word)) {
                return s.doc();
            }
        }
        int after = token[2];
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (after >= text.length() || text.charAt(after) != ':') {
            return null;
        }
        CompletionContext ctx = syntax == Syntax.YAML ? YamlContextScanner.scan(text, token[0]) : JsonContextScanner.scan(text, token[0] + 1);
        AslObjectKind kind = ctx.objectKind();
        if (kind == null) {
            return null;
        }
        AslField f = FieldCatalog.field(kind, ctx.stateType(), word);
        return f == null ? null : f.summary();
    }

    /** {start, end, afterQuote} of the word or quoted string at {@code offset}, or null. */
    private static int[] token(CharSequence text, int offset, Syntax syntax) {
        if (offset < 0 || offset >= text.length()) {
            return null;
        }
        int ls = BracketMatcher.lineStart(text, offset);
        int le = BracketMatcher.lineEnd(text, offset);
        // Inside a quoted string on this line?
        int i = ls;
        while (i < le) {
            char c = text.charAt(i);
            if (c == '"' || (syntax == Syntax.YAML && c == '\'')) {
                int close = i + 1;
                while (close < le && text.charAt(close) != c) {
                    close += text.charAt(close) == '\\' && c == '"' ? 2 : 1;
                }
                if (offset >= i && offset <= Math.min(close, le - 1)) {
                    return new int[] {i + 1, Math.min(close, le), Math.min(close + 1, le)};
                }
                i = close + 1;
                continue;
            }
            if (syntax == Syntax.YAML && c == '#') {
                break;
            }
            i++;
        }
        if (syntax != Syntax.YAML) {
            return null;
        }
        int s = offset;
        while (s > ls && isPlain(text.charAt(s - 1))) {
            s--;
        }
        int e = offset;
        while (e < le && isPlain(text.charAt(e))) {
            e++;
        }
        return e > s ? new int[] {s, e, e} : null;
    }

    private static boolean isPlain(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '$' || c == '-' || c == '(' || c == ')';
    }
}
