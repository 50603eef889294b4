package stepwise.canvas;

import stepwise.engine.replay.ExecutionPicture;

/**
 * What the canvas shows of an execution, driven by the run panel's player. The picture says each
 * state's status (shown with {@link StatusPseudoClasses}, with a legend), where each token is, and which
 * token just moved: the canvas draws that token travelling along the edge from
 * {@code moved().fromNodeId()} into {@code moved().nodeId()}, {@code travel} of the way there (0 to 1).
 * A Map shows its {@link ExecutionPicture#mapProgress} (iterations done and failed); when the user opens
 * one iteration, {@code followed} is that iteration's own picture for the Map's inner states.
 * Called on the FX thread, up to once per frame: implementations update by node id, never rebuild.
 */
public interface ExecutionOverlay {
    /**
     * Shows one frame of the execution.
     *
     * @param picture  the picture at the player's event
     * @param travel   how far the moved token has travelled along its edge, 0 to 1
     * @param followed the picture of the one Map iteration the user follows, or null
     */
    void showExecution(ExecutionPicture picture, double travel, ExecutionPicture followed);

    /** Removes every status, token and count: back to editing. */
    void clearExecution();

    /** An overlay that shows nothing (no canvas in the window). */
    ExecutionOverlay NONE = new ExecutionOverlay() {
        @Override
        public void showExecution(ExecutionPicture picture, double travel, ExecutionPicture followed) {
        }

        @Override
        public void clearExecution() {
        }
    };
}
