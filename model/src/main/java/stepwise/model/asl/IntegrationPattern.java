package stepwise.model.asl;

/** How a Task waits for the service its Resource names, read from the Resource's suffix. */
public enum IntegrationPattern {
    /** Call and take the response. */
    REQUEST_RESPONSE,
    /** {@code .sync} (or {@code .sync:2}): start a job and wait for it to finish. */
    RUN_JOB,
    /** {@code .waitForTaskToken}: start, then wait for a callback with the task token. */
    WAIT_FOR_TASK_TOKEN;

    public static IntegrationPattern of(String resource) {
        if (resource.endsWith(".waitForTaskToken")) {
            return WAIT_FOR_TASK_TOKEN;
        }
        if (resource.endsWith(".sync") || resource.contains(".sync:")) {
            return RUN_JOB;
        }
        return REQUEST_RESPONSE;
    }
}
