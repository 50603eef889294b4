package stepwise.model.validate;

/**
 * The type of state machine a workflow is created as. It is not written in the definition, yet AWS
 * refuses some things in Express workflows: the {@code .sync} and {@code .waitForTaskToken} integration
 * patterns and activities.
 */
public enum WorkflowType {
    STANDARD,
    EXPRESS
}
