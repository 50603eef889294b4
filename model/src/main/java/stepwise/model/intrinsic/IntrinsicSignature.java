package stepwise.model.intrinsic;

/** The eighteen intrinsic functions of JSONPath states as they are written: name and how many arguments each takes. */
public enum IntrinsicSignature {
    FORMAT("States.Format", 1, Integer.MAX_VALUE),
    STRING_TO_JSON("States.StringToJson", 1, 1),
    JSON_TO_STRING("States.JsonToString", 1, 1),
    ARRAY("States.Array", 0, Integer.MAX_VALUE),
    ARRAY_PARTITION("States.ArrayPartition", 2, 2),
    ARRAY_CONTAINS("States.ArrayContains", 2, 2),
    ARRAY_RANGE("States.ArrayRange", 3, 3),
    ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2),
    ARRAY_LENGTH("States.ArrayLength", 1, 1),
    ARRAY_UNIQUE("States.ArrayUnique", 1, 1),
    BASE64_ENCODE("States.Base64Encode", 1, 1),
    BASE64_DECODE("States.Base64Decode", 1, 1),
    HASH("States.Hash", 2, 2),
    JSON_MERGE("States.JsonMerge", 3, 3),
    MATH_RANDOM("States.MathRandom", 2, 3),
    MATH_ADD("States.MathAdd", 2, 2),
    STRING_SPLIT("States.StringSplit", 2, 2),
    UUID("States.UUID", 0, 0);

    private final String aslName;
    private final int minArguments;
    private final int maxArguments;

    IntrinsicSignature(String aslName, int minArguments, int maxArguments) {
        this.aslName = aslName;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
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
