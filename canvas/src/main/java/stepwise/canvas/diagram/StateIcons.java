package stepwise.canvas.diagram;

import stepwise.model.asl.StateType;

/**
 * The icons of the canvas as SVG path data on a 24-unit grid, drawn as 2-unit round strokes (no fill).
 * One definition serves the JavaFX view, the SVG export and the PNG export. Only absolute M, L, H, V, C
 * and Z commands are used, so every renderer can read them.
 */
public final class StateIcons {
    public static final double GRID = 24;

    private static final String CIRCLE = "M21 12 C21 17 17 21 12 21 C7 21 3 17 3 12 C3 7 7 3 12 3 C17 3 21 7 21 12 Z";

    /** A lightning bolt: a Task does work. */
    public static final String TASK = "M13 2 L4 14 H11 L10 22 L19 10 H12 Z";
    /** A diamond with a fork: a Choice decides. */
    public static final String CHOICE = "M12 2.5 L21.5 12 L12 21.5 L2.5 12 Z M12 8 V12 M12 12 L8.5 15.5 M12 12 L15.5 15.5";
    /** Two arrows side by side: branches run in parallel. */
    public static final String PARALLEL = "M8 3 V20 M4 16 L8 20 L12 16 M16 3 V20 M12 16 L16 20 L20 16";
    /** Stacked layers: the same steps for every item. */
    public static final String MAP = "M12 3 L21 8 L12 13 L3 8 Z M3 12 L12 17 L21 12 M3 16 L12 21 L21 16";
    /** A clock. */
    public static final String WAIT = CIRCLE + " M12 7 V12 L15.5 14";
    /** An arrow straight through. */
    public static final String PASS = "M4 12 H19 M13 6 L19 12 L13 18";
    /** A check in a circle. */
    public static final String SUCCEED = CIRCLE + " M8 12.5 L11 15.5 L16.5 9";
    /** A cross in a circle. */
    public static final String FAIL = CIRCLE + " M9 9 L15 15 M15 9 L9 15";
    /** Two turning arrows: the state retries. */
    public static final String RETRY = "M4 12 C4 7.6 7.6 4 12 4 C14.8 4 17.3 5.5 18.7 7.7 M19 3 V8 H14 "
            + "M20 12 C20 16.4 16.4 20 12 20 C9.2 20 6.7 18.5 5.3 16.3 M5 21 V16 H10";
    /** An exclamation mark in a triangle: a problem the validator found. */
    public static final String PROBLEM = "M12 3 L22 20 H2 Z M12 9.5 V13.5 M12 16.5 V16.6";

    private StateIcons() {
    }

    public static String of(StateType type) {
        return switch (type) {
            case TASK -> TASK;
            case CHOICE -> CHOICE;
            case PARALLEL -> PARALLEL;
            case MAP -> MAP;
            case WAIT -> WAIT;
            case PASS -> PASS;
            case SUCCEED -> SUCCEED;
            case FAIL -> FAIL;
        };
    }
}
