package stepwise.model.asl;

/**
 * The intrinsic functions of JSONPath states ({@code States.Format('{}', $.name)}), with how many
 * arguments each takes ({@code maxArgs} -1 for any number) and one line of documentation.
 */
public enum IntrinsicFunction {
    FORMAT("States.Format", 1, -1, "States.Format('template {}', value...)", "Fills each {} of the template with the next value."),
    STRING_TO_JSON("States.StringToJson", 1, 1, "States.StringToJson(string)", "Parses a string of JSON into a value."),
    JSON_TO_STRING("States.JsonToString", 1, 1, "States.JsonToString(path)", "Writes a value as a string of JSON."),
    ARRAY("States.Array", 0, -1, "States.Array(value...)", "An array of the values given."),
    ARRAY_PARTITION("States.ArrayPartition", 2, 2, "States.ArrayPartition(array, size)", "Splits an array into chunks of a size."),
    ARRAY_CONTAINS("States.ArrayContains", 2, 2, "States.ArrayContains(array, value)", "true when the array holds the value."),
    ARRAY_RANGE("States.ArrayRange", 3, 3, "States.ArrayRange(first, last, step)", "An array of numbers from first to last by step."),
    ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2, "States.ArrayGetItem(array, index)", "The item of an array at an index."),
    ARRAY_LENGTH("States.ArrayLength", 1, 1, "States.ArrayLength(array)", "The number of items in an array."),
    ARRAY_UNIQUE("States.ArrayUnique", 1, 1, "States.ArrayUnique(array)", "The array without duplicate values."),
    BASE64_ENCODE("States.Base64Encode", 1, 1, "States.Base64Encode(string)", "Encodes a string in base64."),
    BASE64_DECODE("States.Base64Decode", 1, 1, "States.Base64Decode(string)", "Decodes a base64 string."),
    HASH("States.Hash", 2, 2, "States.Hash(value, 'SHA-256')", "The hash of a value: MD5, SHA-1, SHA-256, SHA-384 or SHA-512."),
    JSON_MERGE("States.JsonMerge", 3, 3, "States.JsonMerge(object1, object2, false)", "Merges two objects (shallow; the last argument is false)."),
    MATH_RANDOM("States.MathRandom", 2, 3, "States.MathRandom(start, end[, seed])", "A random integer from start (inclusive) to end (exclusive)."),
    MATH_ADD("States.MathAdd", 2, 2, "States.MathAdd(a, b)", "The sum of two integers."),
    STRING_SPLIT("States.StringSplit", 2, 2, "States.StringSplit(string, delimiters)", "Splits a string into an array at any of the delimiter characters."),
    UUID("States.UUID", 0, 0, "States.UUID()", "A new version 4 UUID.");

    private final String aslName;
    private final int minArgs;
    private final int maxArgs;
    private final String signature;
    private final String doc;

    IntrinsicFunction(String aslName, int minArgs, int maxArgs, String signature, String doc) {
        this.aslName = aslName;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.signature = signature;
        this.doc = doc;
    }

    public String aslName() {
        return aslName;
    }

    public int minArgs() {
        return minArgs;
    }

    /** The most arguments it takes, or -1 for any number. */
    public int maxArgs() {
        return maxArgs;
    }

    /** How a call is written: {@code States.ArrayGetItem(array, index)}. */
    public String signature() {
        return signature;
    }

    public String doc() {
        return doc;
    }

    public static IntrinsicFunction fromAsl(String name) {
        for (IntrinsicFunction f : values()) {
            if (f.aslName.equals(name)) {
                return f;
            }
        }
        return null;
    }
}
