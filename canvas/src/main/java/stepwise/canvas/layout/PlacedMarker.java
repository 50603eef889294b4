package stepwise.canvas.layout;

/** The Start or End marker of the workflow, as in AWS Workflow Studio. */
public record PlacedMarker(String id, Kind kind, Box box) {
    public enum Kind { START, END }

    public static final String START_ID = "start";
    public static final String END_ID = "end";
}
