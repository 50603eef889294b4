package stepwise.model;

import stepwise.model.json.Span;

/**
 * A problem found in a document: a stable {@code code} (e.g. {@code SYNTAX}, {@code UNKNOWN_TARGET}),
 * its severity, a message in plain words, the JSON Pointer of the value it concerns ("" for the
 * document) and where it stands in the text.
 */
public record Diagnostic(Severity severity, String code, String message, String pointer, Span span) {
    public Diagnostic {
        pointer = pointer == null ? "" : pointer;
        span = span == null ? Span.NONE : span;
    }

    public static Diagnostic error(String code, String message, String pointer, Span span) {
        return new Diagnostic(Severity.ERROR, code, message, pointer, span);
    }

    public static Diagnostic warning(String code, String message, String pointer, Span span) {
        return new Diagnostic(Severity.WARNING, code, message, pointer, span);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public int line() {
        return span.line();
    }

    public int column() {
        return span.column();
    }
}
