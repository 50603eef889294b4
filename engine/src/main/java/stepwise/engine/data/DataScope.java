package stepwise.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.random.RandomGenerator;

/** What an expression can read besides the value it is applied to. */
public interface DataScope {
    /** The Context object ({@code $$}). */
    JsonNode contextObject();

    /** The value of workflow variable {@code name}, or null when it has not been assigned. */
    JsonNode variable(String name);

    /** The execution's random source: seeded, so that runs repeat. */
    RandomGenerator random();
}
