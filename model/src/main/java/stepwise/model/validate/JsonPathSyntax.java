package stepwise.model.validate;

/**
 * The JSONPath syntax Step Functions accepts, as a small recursive-descent reader. A path starts at
 * the input ({@code $}), the context object ({@code $$}) or a variable ({@code $name}) and continues
 * with dot members, bracketed names and indexes, and (for full paths only) wildcards, deep scans,
 * slices, unions, filters and a trailing function such as {@code length()}. A reference path allows
 * only the steps that name a single node.
 */
final class JsonPathSyntax {
    /** What is wrong with a path: the message and the character where it goes wrong. */
    record Problem(String message, int offset, boolean onlyInReference) {
    }

    /** Where a path starts reading. */
    enum Root { INPUT, CONTEXT, VARIABLE }

    private final String text;
    private final boolean reference;
    private int pos;

    private JsonPathSyntax(String text, boolean reference) {
        this.text = text;
        this.reference = reference;
    }

    /** Null when {@code path} is a valid JSONPath (a valid reference path when {@code reference}). */
    static Problem check(String path, boolean reference) {
        if (path.length() > Validator.MAX_PATH_LENGTH) {
            return new Problem("the path is " + path.length() + " characters long; Stepwise reads paths of up to "
                    + Validator.MAX_PATH_LENGTH + " characters (the limit on path length)", Validator.MAX_PATH_LENGTH, false);
        }
        return new JsonPathSyntax(path, reference).read();
    }

    /** Which root a syntactically valid path starts from. */
    static Root root(String path) {
        if (path.startsWith("$$")) {
            return Root.CONTEXT;
        }
        return path.length() > 1 && isNameStart(path.charAt(1)) ? Root.VARIABLE : Root.INPUT;
    }

    /** The variable a path reads ({@code $order.id} reads {@code order}), or null. */
    static String variable(String path) {
        if (!path.startsWith("$") || path.length() < 2 || !isNameStart(path.charAt(1))) {
            return null;
        }
        int end = 2;
        while (end < path.length() && isNamePart(path.charAt(end))) {
            end++;
        }
        return path.substring(1, end);
    }

    static boolean isNameStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    static boolean isNamePart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private Problem read() {
        if (text.isEmpty() || text.charAt(0) != '$') {
            return new Problem("a path starts with '$'", 0, false);
        }
        pos = 1;
        if (pos < text.length() && text.charAt(pos) == '$') {
            pos++;
        } else if (pos < text.length() && isNameStart(text.charAt(pos))) {
            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                pos++;
            }
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            Problem p;
            if (c == '.') {
                p = dot();
            } else if (c == '[') {
                p = bracket();
            } else if (Character.isWhitespace(c)) {
                p = new Problem("unexpected space (names with spaces need bracket notation: ['my name'])", pos, false);
            } else {
                p = new Problem("unexpected '" + c + "'", pos, false);
            }
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private Problem dot() {
        int at = pos++;
        if (pos < text.length() && text.charAt(pos) == '.') {
            if (reference) {
                return new Problem("'..' (deep scan) selects many nodes and is not allowed in a reference path", at, true);
            }
            pos++;
            if (pos < text.length() && text.charAt(pos) == '[') {
                return bracket();
            }
        } else if (pos < text.length() && text.charAt(pos) == '[') {
            return bracket();
        }
        if (pos >= text.length()) {
            return new Problem("a name is missing after '.'", at, false);
        }
        if (text.charAt(pos) == '*') {
            if (reference) {
                return new Problem("'*' (wildcard) selects many nodes and is not allowed in a reference path", pos, true);
            }
            pos++;
            return null;
        }
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '.' || c == '[' || c == '(' || c == ')' || c == ']' || c == '\'' || c == '"' || Character.isWhitespace(c)) {
                break;
            }
            pos++;
        }
        if (pos == start) {
            return new Problem("a name is missing after '.'", at, false);
        }
        if (pos < text.length() && text.charAt(pos) == '(') {
            return function(start);
        }
        return null;
    }

    /** A trailing function call such as {@code .length()}: only at the end of a full path. */
    private Problem function(int nameStart) {
        if (reference) {
            return new Problem("functions such as " + text.substring(nameStart, pos) + "() are not allowed in a reference path",
                    nameStart, true);
        }
        int close = text.indexOf(')', pos);
        if (close < 0) {
            return new Problem("'(' is not closed", pos, false);
        }
        pos = close + 1;
        return pos == text.length() ? null : new Problem("a function such as length() must end the path", pos, false);
    }

    private Problem bracket() {
        int open = pos++;
        skipSpaces();
        if (pos >= text.length()) {
            return new Problem("'[' is not closed", open, false);
        }
        char c = text.charAt(pos);
        Problem p;
        if (c == '\'' || c == '"') {
            p = quotedNames();
        } else if (c == '*') {
            p = reference ? new Problem("'[*]' (wildcard) selects many nodes and is not allowed in a reference path", pos, true) : null;
            pos++;
        } else if (c == '?') {
            p = reference ? new Problem("filters select many nodes and are not allowed in a reference path", pos, true) : filter();
        } else if (c == '(') {
            p = reference ? new Problem("script expressions are not allowed in a reference path", pos, true) : parenthesised();
        } else {
            p = indexes();
        }
        if (p != null) {
            return p;
        }
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != ']') {
            return new Problem("expected ']' to close the '[' at character " + (open + 1), Math.min(pos, text.length()), false);
        }
        pos++;
        return null;
    }

    private Problem quotedNames() {
        int count = 0;
        while (true) {
            char quote = text.charAt(pos);
            int start = pos++;
            while (pos < text.length() && text.charAt(pos) != quote) {
                pos += text.charAt(pos) == '\\' ? 2 : 1;
            }
            if (pos >= text.length()) {
                return new Problem("the quoted name is not closed", start, false);
            }
            pos++;
            count++;
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == ',') {
                if (reference) {
                    return new Problem("a list of names selects many nodes and is not allowed in a reference path", pos, true);
                }
                pos++;
                skipSpaces();
                if (pos >= text.length() || (text.charAt(pos) != '\'' && text.charAt(pos) != '"')) {
                    return new Problem("expected a quoted name after ','", Math.min(pos, text.length()), false);
                }
            } else {
                return count > 0 ? null : new Problem("expected a quoted name", pos, false);
            }
        }
    }

    /** {@code [0]}, {@code [-1]}, {@code [0,2]}, {@code [1:3]}, {@code [:2]}, {@code [1:]}. */
    private Problem indexes() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ']') {
            pos++;
        }
        String inside = text.substring(start, pos).strip();
        if (inside.isEmpty()) {
            return new Problem("'[]' needs an index, a quoted name or '*'", start, false);
        }
        boolean slice = inside.indexOf(':') >= 0;
        boolean union = inside.indexOf(',') >= 0;
        if (reference && (slice || union)) {
            return new Problem((slice ? "slices" : "lists of indexes") + " select many nodes and are not allowed in a reference path",
                    start, true);
        }
        String[] parts = slice ? inside.split(":", -1) : inside.split(",", -1);
        if (slice && parts.length > 3) {
            return new Problem("a slice has at most start:end:step", start, false);
        }
        for (String part : parts) {
            String t = part.strip();
            if (t.isEmpty() && slice) {
                continue;
            }
            if (!isInteger(t)) {
                return new Problem("'" + inside + "' is not an index: use a whole number, or quotes for a name (['" + inside + "'])",
                        start, false);
            }
        }
        return null;
    }

    private Problem filter() {
        int at = pos++;
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != '(') {
            return new Problem("a filter is written [?(...)]", at, false);
        }
        return parenthesised();
    }

    /** Skips a balanced {@code (...)}, minding quoted strings. */
    private Problem parenthesised() {
        int open = pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\'' || c == '"') {
                int start = pos++;
                while (pos < text.length() && text.charAt(pos) != c) {
                    pos += text.charAt(pos) == '\\' ? 2 : 1;
                }
                if (pos >= text.length()) {
                    return new Problem("the quoted text is not closed", start, false);
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    pos++;
                    return pos - open > 2 ? null : new Problem("the expression in '()' is empty", open, false);
                }
            }
            pos++;
        }
        return new Problem("'(' is not closed", open, false);
    }

    private static boolean isInteger(String t) {
        int i = t.startsWith("-") ? 1 : 0;
        if (i >= t.length()) {
            return false;
        }
        for (; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }
}
