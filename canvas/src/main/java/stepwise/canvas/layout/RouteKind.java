package stepwise.canvas.layout;

import java.util.Locale;
import stepwise.model.graph.EdgeKind;

/** What a drawn connection stands for: one of the four transitions, or a link from Start or to End. */
public enum RouteKind {
    NEXT, DEFAULT, CHOICE, CATCH, START, END;

    public static RouteKind of(EdgeKind kind) {
        return switch (kind) {
            case NEXT -> NEXT;
            case DEFAULT -> DEFAULT;
            case CHOICE -> CHOICE;
            case CATCH -> CATCH;
        };
    }

    /** As CSS and the SVG export name it: next, default, choice, catch, start, end. */
    public String cssName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
