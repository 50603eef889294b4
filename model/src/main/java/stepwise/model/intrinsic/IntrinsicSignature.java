package stepwise.model.intrinsic;

/** The eighteen intrinsic functions of JSONPath states as they are written: name and how many arguments each takes. */
public enum IntrinsicSignature {
    FORMAT("States.Format", 1, Integer.MAX_VALUE,
            "States.Format('template {}', value...)", "Fills each {} of the template with the next value."),
    STRING_TO_JSON("States.StringToJson", 1, 1,
            "States.StringToJson(string)", "Parses a string of JSON into a value."),
    JSON_TO_STRING("States.JsonToString", 1, 1,
            "States.JsonToString(path)", "Writes a value as a string of JSON."),
    ARRAY("States.Array", 0, Integer.MAX_VALUE,
            "States.Array(value...)", "An array of the values given."),
    ARRAY_PARTITION("States.ArrayPartition", 2, 2,
            "States.ArrayPartition(array, size)", "Splits an array into chunks of a size."),
    ARRAY_CONTAINS("States.ArrayContains", 2, 2,
            "States.ArrayContains(array, value)", "true when the array holds the value."),
    ARRAY_RANGE("States.ArrayRange", 3, 3,
            "States.ArrayRange(first, last, step)", "An array of numbers from first to last by step."),
    ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2,
            "States.ArrayGetItem(array, index)", "The item of an array at an index."),
    ARRAY_LENGTH("States.ArrayLength", 1, 1,
            "States.ArrayLength(array)", "The number of items in an array."),
    ARRAY_UNIQUE("States.ArrayUnique", 1, 1,
            "States.ArrayUnique(array)", "The array without duplicate values."),
    BASE64_ENCODE("States.Base64Encode", 1, 1,
            "States.Base64Encode(string)", "Encodes a string in base64."),
    BASE64_DECODE("States.Base64Decode", 1, 1,
            "States.Base64Decode(string)", "Decodes a base64 string."),
    HASH("States.Hash", 2, 2,
            "States.Hash(value, 'SHA-256')", "The hash of a value: MD5, SHA-1, SHA-256, SHA-384 or SHA-512."),
    JSON_MERGE("States.JsonMerge", 3, 3,
            "States.JsonMerge(object1, object2, false)", "Merges two objects (shallow; the last argument is false)."),
    MATH_RANDOM("States.MathRandom", 2, 3,
            "States.MathRandom(start, end[, seed])", "A random integer from start (inclusive) to end (exclusive)."),
    MATH_ADD("States.MathAdd", 2, 2,
            "States.MathAdd(a, b)", "The sum of two integers."),
    STRING_SPLIT("States.StringSplit", 2, 2,
            "States.StringSplit(string, delimiters)", "Splits a string into an array at any of the delimiter characters."),
    UUID("States.UUID", 0, 0,
            "States.UUID()", "A new version 4 UUID.");

    private final String aslName;
    private final int minArguments;
    private final int maxArguments;
    private final String usage;
    private final String doc;

    IntrinsicSignature(String aslName, int minArguments, int maxArguments, String usage, String doc) {
        this.aslName = aslName;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.usage = usage;
        this.doc = doc;
    }

    /** How a call is written: {@code States.ArrayGetItem(array, index)}. */
    public String usage() {
        return usage;
    }

    /** One line on what it does, for hover and completion. */
    public String doc() {
        return doc;
    }

    public String aslName() {
        return aslName;
    }

    public boolean accepts(int arguments) {
        return arguments >= minArguments && arguments <= maxArguments;
    }

    /** "2 arguments", "2 or 3 arguments", "at least 1 argument", "no arguments". */
    public String arity() {
        if (maxArguments == 0) {
            return "no arguments";
        }
        if (maxArguments == Integer.MAX_VALUE) {
            return minArguments == 0 ? "any number of arguments" : "at least " + plural(minArguments);
        }
        return minArguments == maxArguments ? plural(minArguments) : minArguments + " or " + plural(maxArguments);
    }

    private static String plural(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    public static IntrinsicSignature named(String name) {
        for (IntrinsicSignature f : values()) {
            if (f.aslName.equals(name)) {
                return f;
            }
        }
        return null;
    }
}
