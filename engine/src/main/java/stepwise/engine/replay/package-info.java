/**
 * Watching an execution: its history folded into the picture at any event (each state's status, the
 * tokens of the execution, its Parallel branches and Map iterations, the data they carry), AWS history
 * JSON read and written, a state's step details, the timeline, teaching captions and the cost. The
 * picture at event {@code k} is a pure function of events {@code 1..k}; the same code replays an
 * engine's history and one imported from AWS. No JavaFX.
 */
package stepwise.engine.replay;
