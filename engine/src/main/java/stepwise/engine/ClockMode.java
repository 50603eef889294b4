package stepwise.engine;

/**
 * How an execution experiences time.
 * <ul>
 * <li>{@link #VIRTUAL}: Waits, retry backoffs and timeouts complete at once, while event timestamps
 *     advance as they would on AWS. One exception: while a {@code .waitForTaskToken} task is the only
 *     thing left, the execution waits in real time for a callback, a stop, or
 *     {@link Execution#advanceVirtualTime()} (the "let it time out" action).</li>
 * <li>{@link #REAL}: everything takes the time it says, for demos and tasks that call real endpoints.</li>
 * </ul>
 */
public enum ClockMode {
    VIRTUAL, REAL
}
