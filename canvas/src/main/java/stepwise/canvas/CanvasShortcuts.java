package stepwise.canvas;

import java.util.List;

/** The canvas's keys and mouse moves, as the shortcuts sheet (F1) lists them. */
public final class CanvasShortcuts {
    /** One line of the sheet: the keys or mouse move, and what it does. */
    public record Shortcut(String keys, String action) {
    }

    /** A titled group of shortcuts. */
    public record Group(String title, List<Shortcut> shortcuts) {
    }

    public static final List<Group> ALL = List.of(
            new Group("Select", List.of(
                    new Shortcut("Click", "Select a state"),
                    new Shortcut("Shift+Click, Ctrl+Click", "Add or remove a state"),
                    new Shortcut("Shift+Drag on empty space", "Add the states in a rectangle"),
                    new Shortcut("Ctrl+Drag on empty space", "Select the states in a rectangle"),
                    new Shortcut("Ctrl+A", "Select all states"),
                    new Shortcut("Click on empty space", "Clear the selection"))),
            new Group("Edit", List.of(
                    new Shortcut("Drag from the palette", "Add a state; onto a line, insert it there"),
                    new Shortcut("Drag from the dot under a state", "Connect it to another state"),
                    new Shortcut("Drag an arrowhead", "Point the transition at another state"),
                    new Shortcut("Drag a state", "Move it; it stays where you put it"),
                    new Shortcut("F2", "Rename in place"),
                    new Shortcut("Delete, Backspace", "Delete (what led there goes on)"),
                    new Shortcut("Ctrl+X  Ctrl+C  Ctrl+V", "Cut, copy, paste"),
                    new Shortcut("Ctrl+D", "Duplicate"),
                    new Shortcut("Ctrl+Z", "Undo (moves too)"),
                    new Shortcut("Ctrl+Shift+Z, Ctrl+Y", "Redo"),
                    new Shortcut("Right-click", "What can be done here"))),
            new Group("Move around the workflow", List.of(
                    new Shortcut("\u2193", "Follow the transition (Next first)"),
                    new Shortcut("\u2191", "Back to a state that leads here"),
                    new Shortcut("\u2190  \u2192", "Neighbour on the same row"),
                    new Shortcut("Enter", "Into a Parallel or Map"),
                    new Shortcut("Esc", "Out to the container; clear the selection"),
                    new Shortcut("Tab, Shift+Tab", "Next or previous state as written"),
                    new Shortcut("Ctrl+F", "Find a state by name"))),
            new Group("View", List.of(
                    new Shortcut("Drag on empty space", "Pan"),
                    new Shortcut("Space+Drag, middle button", "Pan from anywhere"),
                    new Shortcut("Wheel, Shift+Wheel", "Scroll up and down, left and right"),
                    new Shortcut("Ctrl+Wheel, pinch", "Zoom at the pointer"),
                    new Shortcut("Ctrl++  Ctrl+-", "Zoom in, zoom out"),
                    new Shortcut("Ctrl+0", "Actual size"),
                    new Shortcut("Shift+1", "Fit the workflow in the window"),
                    new Shortcut("View \u25b8 Reset Layout", "Place every state automatically again"),
                    new Shortcut("F1", "This sheet"))));

    private CanvasShortcuts() {
    }
}
