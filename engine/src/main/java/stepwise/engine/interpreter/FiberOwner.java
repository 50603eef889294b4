package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;

/** What started a fiber and waits for it: a Parallel state's branches or a Map state's iterations. */
interface FiberOwner {
    void fiberSucceeded(Fiber child, JsonNode output);

    void fiberFailed(Fiber child, String error, String cause);

    /** Stops the owner's children (the execution is stopping, or a sibling failed). */
    void abortChildren(boolean emitEvents);
}
