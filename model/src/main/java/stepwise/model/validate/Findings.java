package stepwise.model.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;
import stepwise.model.json.Span;

/** The diagnostics found so far in one document, and the arithmetic of their positions. */
final class Findings {
    private final AslDocument document;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Findings(AslDocument document) {
        this.document = document;
    }

    void report(ValidationCode code, Place place, String message) {
        report(code, place.pointer(), place.span(), message);
    }

    void report(ValidationCode code, String pointer, Span span, String message) {
        diagnostics.add(new Diagnostic(code.severity(), code.name(), message, pointer, span));
    }

    /** The value's place. */
    static Place at(String pointer, JsonValue value) {
        return new Place(pointer, value.span());
    }

    /** The place of a member's value (for a wrong value). */
    static Place valueOf(String pointer, Member member) {
        return new Place(pointer, member.value().span());
    }

    /** The place of a member's key (for a field that should not be there, or whose value is missing). */
    static Place keyOf(String pointer, Member member) {
        return new Place(pointer, member.keySpan());
    }

    /**
     * The span of characters {@code from}..{@code to} of a string value's decoded text, in the
     * document: escapes such as {@code \"} or {@code \u00e9} are counted as the one character they
     * stand for. Falls back to the whole value when the text is not a quoted JSON string.
     */
    Span inString(JsonValue string, int from, int to) {
        Span whole = string.span();
        String text = document.text();
        if (whole.end() > text.length() || whole.length() < 2 || text.charAt(whole.start()) != '"') {
            return whole;
        }
        int start = documentOffset(text, whole, from);
        int end = Math.max(start, documentOffset(text, whole, Math.max(from, to)));
        return document.lines().span(start, Math.min(end, whole.end()));
    }

    private static int documentOffset(String text, Span whole, int index) {
        int offset = whole.start() + 1;
        int last = whole.end() - 1;
        for (int decoded = 0; decoded < index && offset < last; decoded++) {
            if (text.charAt(offset) == '\\' && offset + 1 < last) {
                offset += text.charAt(offset + 1) == 'u' ? 6 : 2;
            } else {
                offset++;
            }
        }
        return Math.min(offset, last);
    }

    /** Everything found, in document order. */
    List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        out.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()).thenComparing(Diagnostic::code));
        return out;
    }
}
