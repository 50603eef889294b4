package stepwise.model.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/** A JSON number, kept as the text that was written so that nothing is lost to rounding. */
public record JsonNumber(Span span, String text) implements JsonValue {
    @Override
    public String typeName() {
        return "number";
    }

    public BigDecimal decimal() {
        return new BigDecimal(text);
    }

    /** True when the number has no fractional part (1, 1.0 and 1e2 all count). */
    public boolean isIntegral() {
        if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            return true;
        }
        BigDecimal d = decimal();
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    /** The value as a long when it is integral and fits; otherwise null. */
    public Long longValue() {
        if (!isIntegral()) {
            return null;
        }
        try {
            BigInteger i = decimal().toBigIntegerExact();
            return i.bitLength() < 64 ? i.longValue() : null;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    public double doubleValue() {
        return Double.parseDouble(text);
    }
}
