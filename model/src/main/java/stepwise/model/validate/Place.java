package stepwise.model.validate;

import stepwise.model.json.Span;

/** Where a diagnostic points: the JSON Pointer of the value it concerns and the span to underline. */
record Place(String pointer, Span span) {
    /** The place of {@code token} under {@code pointer} (RFC 6901 escaping). */
    static String child(String pointer, String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return pointer + "/" + token;
        }
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
