package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import stepwise.engine.data.Json;
import stepwise.engine.data.PathExpression;
import stepwise.engine.data.StateFailure;
import stepwise.engine.jsonata.JsonataTemplate;
import stepwise.model.asl.ComparisonOperator;

/** A compiled Choice rule condition. */
interface ChoiceCondition {
    boolean test(Fiber f, JsonNode input);

    /**
     * Tests the condition and says why it holds or not, in words: {@code $.amount = 1200 > 1000}. Only the
     * TestState API asks (to explain a Choice), so the words may cost what they cost.
     */
    Verdict explain(Fiber f, JsonNode input);

    /** Whether a condition holds, and why in words. */
    record Verdict(boolean holds, String words) {
    }

    private static String joined(List<Verdict> parts, String separator) {
        StringBuilder sb = new StringBuilder();
        for (Verdict v : parts) {
            if (sb.length() > 0) {
                sb.append(separator);
            }
            sb.append(parts.size() > 1 ? "(" + v.words() + ")" : v.words());
        }
        return sb.toString();
    }

    record And(List<ChoiceCondition> all) implements ChoiceCondition {
        @Override
        public boolean test(Fiber f, JsonNode input) {
            for (ChoiceCondition c : all) {
                if (!c.test(f, input)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Verdict explain(Fiber f, JsonNode input) {
            List<Verdict> seen = new java.util.ArrayList<>();
            for (ChoiceCondition c : all) {
                Verdict v = c.explain(f, input);
                seen.add(v);
                if (!v.holds()) {
                    return new Verdict(false, joined(seen, " and "));
                }
            }
            return new Verdict(true, joined(seen, " and "));
        }
    }

    record Or(List<ChoiceCondition> any) implements ChoiceCondition {
        @Override
        public boolean test(Fiber f, JsonNode input) {
            for (ChoiceCondition c : any) {
                if (c.test(f, input)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Verdict explain(Fiber f, JsonNode input) {
            List<Verdict> seen = new java.util.ArrayList<>();
            for (ChoiceCondition c : any) {
                Verdict v = c.explain(f, input);
                seen.add(v);
                if (v.holds()) {
                    return new Verdict(true, joined(seen, " or "));
                }
            }
            return new Verdict(false, joined(seen, " or "));
        }
    }

    record Not(ChoiceCondition inner) implements ChoiceCondition {
        @Override
        public boolean test(Fiber f, JsonNode input) {
            return !inner.test(f, input);
        }

        @Override
        public Verdict explain(Fiber f, JsonNode input) {
            Verdict v = inner.explain(f, input);
            return new Verdict(!v.holds(), "not (" + v.words() + ")");
        }
    }

    /** A JSONata {@code Condition}: the expression must give a boolean. */
    record Jsonata(JsonataTemplate condition) implements ChoiceCondition {
        @Override
        public boolean test(Fiber f, JsonNode input) {
            JsonNode v = condition.evaluate(f);
            if (!v.isBoolean()) {
                if (condition.expression() != null) {
                    throw condition.expression().unexpectedType("Condition", "boolean", v);
                }
                throw StateFailure.queryEvaluation("The Condition field must be a boolean but was " + Json.write(v), "Condition");
            }
            return v.booleanValue();
        }

        @Override
        public Verdict explain(Fiber f, JsonNode input) {
            boolean holds = test(f, input);
            String text = condition.expression() != null ? "{% " + condition.expression().source().strip() + " %}" : "Condition";
            return new Verdict(holds, text + " is " + holds);
        }
    }

    /**
     * A JSONPath comparison: {@code Variable} against a literal or (for {@code ...Path} operators) another
     * path. Values of the wrong type make the comparison false, as on AWS.
     */
    record Comparison(PathExpression variable, ComparisonOperator operator, JsonNode literal, PathExpression operandPath,
                      String pattern) implements ChoiceCondition {
        @Override
        public boolean test(Fiber f, JsonNode input) {
            JsonNode value = variable.evaluate(input, f);
            if (operator == ComparisonOperator.IsPresent) {
                return (value != null) == literal.booleanValue();
            }
            if (value == null) {
                throw StateFailure.runtime("Invalid path '" + variable.text() + "': The choice state's condition path references an"
                        + " invalid value.");
            }
            JsonNode operand = literal;
            if (operandPath != null) {
                operand = operandPath.evaluate(input, f);
                if (operand == null) {
                    throw StateFailure.runtime("Invalid path '" + operandPath.text() + "': The choice state's condition path"
                            + " references an invalid value.");
                }
            }
            return switch (operator.kind()) {
                case TYPE_TEST -> typeTest(value) == literal.booleanValue();
                case STRING -> value.isTextual() && operand.isTextual() && relation(value.textValue().compareTo(operand.textValue()));
                case STRING_MATCH -> value.isTextual() && Wildcard.matches(pattern, value.textValue());
                case NUMERIC -> value.isNumber() && operand.isNumber() && relation(compareNumbers(value, operand));
                case BOOLEAN -> value.isBoolean() && operand.isBoolean() && value.booleanValue() == operand.booleanValue();
                case TIMESTAMP -> compareTimestamps(value, operand);
            };
        }

        @Override
        public Verdict explain(Fiber f, JsonNode input) {
            boolean holds = test(f, input);
            JsonNode value = variable.evaluate(input, f);
            String left = variable.text() + (value == null ? "" : " = " + shortly(value));
            if (operator.kind() == ComparisonOperator.Kind.TYPE_TEST) {
                boolean fact = holds == literal.booleanValue();
                String test = operator.symbol();
                String subject = operator == ComparisonOperator.IsPresent ? variable.text() : left;
                return new Verdict(holds, subject + " " + (fact ? test : test.replace("is ", "is not ")));
            }
            String right = operandPath != null ? operandPath.text() + " = " + shortly(operandPath.evaluate(input, f))
                    : operator.kind() == ComparisonOperator.Kind.STRING_MATCH ? Json.write(literal) : shortly(literal);
            String symbol = operator.kind() == ComparisonOperator.Kind.STRING_MATCH ? "matches" : operator.symbol();
            return new Verdict(holds, left + (holds ? " " : ", not ") + symbol + " " + right);
        }

        private static String shortly(JsonNode v) {
            if (v == null) {
                return "nothing";
            }
            String text = Json.write(v);
            return text.length() <= 60 ? text : text.substring(0, 57) + "\u2026";
        }

        private boolean typeTest(JsonNode value) {
            return switch (operator) {
                case IsNull -> value.isNull();
                case IsNumeric -> value.isNumber();
                case IsString -> value.isTextual();
                case IsBoolean -> value.isBoolean();
                case IsTimestamp -> value.isTextual() && WaitProgram.tryParse(value.textValue()) != null;
                default -> false;
            };
        }

        private boolean compareTimestamps(JsonNode value, JsonNode operand) {
            if (!value.isTextual() || !operand.isTextual()) {
                return false;
            }
            OffsetDateTime a = WaitProgram.tryParse(value.textValue());
            OffsetDateTime b = WaitProgram.tryParse(operand.textValue());
            if (a == null || b == null) {
                return false;
            }
            return relation(a.toInstant().compareTo(b.toInstant()));
        }

        private boolean relation(int c) {
            return switch (operator.symbol()) {
                case "==" -> c == 0;
                case "<" -> c < 0;
                case ">" -> c > 0;
                case "<=" -> c <= 0;
                case ">=" -> c >= 0;
                default -> false;
            };
        }

        static int compareNumbers(JsonNode a, JsonNode b) {
            if (a.canConvertToExactIntegral() && b.canConvertToExactIntegral() && a.canConvertToLong() && b.canConvertToLong()) {
                return Long.compare(a.longValue(), b.longValue());
            }
            if (a.isBigDecimal() || b.isBigDecimal() || a.isBigInteger() || b.isBigInteger()) {
                return decimal(a).compareTo(decimal(b));
            }
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0 ? 0 : Double.compare(a.doubleValue(), b.doubleValue());
        }

        private static BigDecimal decimal(JsonNode n) {
            return n.isBigDecimal() ? n.decimalValue() : n.isBigInteger() ? new BigDecimal(n.bigIntegerValue())
                    : new BigDecimal(n.asText());
        }
    }

    /** {@code StringMatches}: {@code *} matches any run of characters; {@code \*} and {@code \\} are literal. */
    final class Wildcard {
        private Wildcard() {
        }

        static boolean matches(String pattern, String s) {
            return match(pattern, 0, s, 0);
        }

        private static boolean match(String p, int pi, String s, int si) {
            while (pi < p.length()) {
                char c = p.charAt(pi);
                if (c == '*') {
                    while (pi < p.length() && p.charAt(pi) == '*') {
                        pi++;
                    }
                    if (pi == p.length()) {
                        return true;
                    }
                    for (int k = si; k <= s.length(); k++) {
                        if (match(p, pi, s, k)) {
                            return true;
                        }
                    }
                    return false;
                }
                if (c == '\\' && pi + 1 < p.length()) {
                    c = p.charAt(++pi);
                }
                if (si >= s.length() || s.charAt(si) != c) {
                    return false;
                }
                pi++;
                si++;
            }
            return si == s.length();
        }
    }
}
