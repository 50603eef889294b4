package stepwise.model.asl;

/**
 * The comparison operators of a JSONPath Choice rule. Each knows the kind of value it compares, its
 * relation, and whether its operand is a path ({@code ...Path}).
 */
public enum ComparisonOperator {
    StringEquals(Kind.STRING, "=="), StringEqualsPath(Kind.STRING, "=="),
    StringLessThan(Kind.STRING, "<"), StringLessThanPath(Kind.STRING, "<"),
    StringGreaterThan(Kind.STRING, ">"), StringGreaterThanPath(Kind.STRING, ">"),
    StringLessThanEquals(Kind.STRING, "<="), StringLessThanEqualsPath(Kind.STRING, "<="),
    StringGreaterThanEquals(Kind.STRING, ">="), StringGreaterThanEqualsPath(Kind.STRING, ">="),
    StringMatches(Kind.STRING_MATCH, "matches"),
    NumericEquals(Kind.NUMERIC, "=="), NumericEqualsPath(Kind.NUMERIC, "=="),
    NumericLessThan(Kind.NUMERIC, "<"), NumericLessThanPath(Kind.NUMERIC, "<"),
    NumericGreaterThan(Kind.NUMERIC, ">"), NumericGreaterThanPath(Kind.NUMERIC, ">"),
    NumericLessThanEquals(Kind.NUMERIC, "<="), NumericLessThanEqualsPath(Kind.NUMERIC, "<="),
    NumericGreaterThanEquals(Kind.NUMERIC, ">="), NumericGreaterThanEqualsPath(Kind.NUMERIC, ">="),
    BooleanEquals(Kind.BOOLEAN, "=="), BooleanEqualsPath(Kind.BOOLEAN, "=="),
    TimestampEquals(Kind.TIMESTAMP, "=="), TimestampEqualsPath(Kind.TIMESTAMP, "=="),
    TimestampLessThan(Kind.TIMESTAMP, "<"), TimestampLessThanPath(Kind.TIMESTAMP, "<"),
    TimestampGreaterThan(Kind.TIMESTAMP, ">"), TimestampGreaterThanPath(Kind.TIMESTAMP, ">"),
    TimestampLessThanEquals(Kind.TIMESTAMP, "<="), TimestampLessThanEqualsPath(Kind.TIMESTAMP, "<="),
    TimestampGreaterThanEquals(Kind.TIMESTAMP, ">="), TimestampGreaterThanEqualsPath(Kind.TIMESTAMP, ">="),
    IsNull(Kind.TYPE_TEST, "is null"), IsPresent(Kind.TYPE_TEST, "is present"), IsNumeric(Kind.TYPE_TEST, "is numeric"),
    IsString(Kind.TYPE_TEST, "is string"), IsBoolean(Kind.TYPE_TEST, "is boolean"), IsTimestamp(Kind.TYPE_TEST, "is timestamp");

    /** What a comparison looks at. */
    public enum Kind { STRING, STRING_MATCH, NUMERIC, BOOLEAN, TIMESTAMP, TYPE_TEST }

    private final Kind kind;
    private final String symbol;

    ComparisonOperator(Kind kind, String symbol) {
        this.kind = kind;
        this.symbol = symbol;
    }

    public Kind kind() {
        return kind;
    }

    /** The short form used in labels: {@code ==}, {@code <}, {@code matches}, {@code is null}, ... */
    public String symbol() {
        return symbol;
    }

    /** True when the operand is a reference path to compare against ({@code NumericLessThanPath}). */
    public boolean isPath() {
        return name().endsWith("Path");
    }

    public static ComparisonOperator fromAsl(String name) {
        for (ComparisonOperator op : values()) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        return null;
    }
}
