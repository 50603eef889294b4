/**
 * The run panel ({@link stepwise.app.run.RunPanel}): running the open workflow off the FX thread and
 * watching the run through a {@link stepwise.app.run.Player} over its history — event table, step
 * details, timeline, callbacks, teaching captions and presenter view, cost — and replaying histories
 * imported from AWS. The canvas shows the same player through {@link stepwise.canvas.ExecutionOverlay}.
 */
package stepwise.app.run;
