package stepwise.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import javafx.util.Duration;
import stepwise.assets.Assets;
import stepwise.canvas.diagram.StateIcons;
import stepwise.canvas.gesture.MouseGesture;
import stepwise.canvas.palette.StateTemplate;
import stepwise.canvas.palette.StateTemplates;

/**
 * The palette beside the canvas: the eight state types and Task presets for common integrations, with
 * a search box. Drag an entry onto the canvas to add the state there (onto a line to insert it, into a
 * branch, or onto empty space); double-click it, or press Enter on it, to add it after the selected
 * state. It follows the canvas's theme.
 */
public final class StatePalette extends VBox {
    private static final double DRAG_SLOP = 4;

    private final WorkflowCanvas canvas;
    private final TextField search = new TextField();
    private final VBox list = new VBox();
    private final Label nothing = new Label("No state or integration matches");
    private final List<Entry> entries = new ArrayList<>();
    private final List<Label> headers = new ArrayList<>();

    public StatePalette(WorkflowCanvas canvas) {
        this.canvas = canvas;
        getStyleClass().add("state-palette");
        Label title = new Label("States");
        title.getStyleClass().add("palette-title");
        search.getStyleClass().add("palette-search");
        search.setPromptText("Search states and integrations");
        search.textProperty().addListener((o, a, b) -> filter(b));
        search.addEventHandler(KeyEvent.KEY_PRESSED, this::searchKey);
        list.getStyleClass().add("palette-list");
        nothing.getStyleClass().add("palette-nothing");
        nothing.setWrapText(true);
        for (StateTemplate.Group group : StateTemplate.Group.values()) {
            Label header = new Label(group.title());
            header.getStyleClass().add("palette-section");
            header.setUserData(group);
            headers.add(header);
            list.getChildren().add(header);
            for (StateTemplate t : StateTemplates.ALL) {
                if (t.group() == group) {
                    Entry e = new Entry(t);
                    entries.add(e);
                    list.getChildren().add(e);
                }
            }
        }
        list.getChildren().add(nothing);
        show(nothing, false);
        ScrollPane scroll = new ScrollPane(list);
        scroll.getStyleClass().add("palette-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox.setMargin(search, new Insets(0, 10, 0, 10));
        getChildren().addAll(title, search, scroll);
        setMinWidth(180);
        setPrefWidth(236);
        applyTheme();
        canvas.themeProperty().addListener((o, a, b) -> applyTheme());
    }

    private void applyTheme() {
        getStylesheets().setAll(canvas.themeProperty().get().stylesheet().toExternalForm());
    }

    @Override
    public String getUserAgentStylesheet() {
        return Assets.resource("theme/palette.css").toExternalForm();
    }

    /** The search box. */
    public TextField searchField() {
        return search;
    }

    /** The entries shown now (those matching the search), in order. */
    public List<StateTemplate> shown() {
        return entries.stream().filter(Region::isVisible).map(e -> e.template).toList();
    }

    /** The node of an entry, by its template id ({@code pass}, {@code sns-publish}...), for tests and pictures. */
    public Region entry(String id) {
        return entries.stream().filter(e -> e.template.id().equals(id)).findFirst().orElse(null);
    }

    private void filter(String query) {
        for (Entry e : entries) {
            show(e, e.template.matches(query));
        }
        for (Label header : headers) {
            show(header, entries.stream().anyMatch(e -> e.isVisible() && e.template.group() == header.getUserData()));
        }
        show(nothing, entries.stream().noneMatch(Region::isVisible));
    }

    private static void show(Region node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void searchKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN) {
            entries.stream().filter(Region::isVisible).findFirst().ifPresent(Region::requestFocus);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            List<StateTemplate> matches = shown();
            if (!matches.isEmpty()) {
                add(matches.get(0));
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
            search.clear();
            e.consume();
        }
    }

    private void add(StateTemplate template) {
        canvas.requestFocus();
        canvas.editing().addAfterSelection(template);
    }

    /** One entry: the type's icon on its tile, its name and what it does; drags onto the canvas. */
    private final class Entry extends HBox {
        private final StateTemplate template;
        private Point2D pressedAt;
        private MouseGesture drop;

        Entry(StateTemplate template) {
            this.template = template;
            getStyleClass().addAll("palette-entry", template.type().cssName());
            setFocusTraversable(true);
            setAlignment(Pos.CENTER_LEFT);
            Region tile = new Region();
            tile.getStyleClass().add("tile");
            SVGPath icon = new SVGPath();
            icon.getStyleClass().add("icon");
            icon.setContent(StateIcons.of(template.type()));
            double s = 16 / StateIcons.GRID;
            icon.getTransforms().add(new Scale(s, s, 0, 0));
            StackPane iconBox = new StackPane(tile, new Group(icon));
            iconBox.getStyleClass().add("tile-box");
            iconBox.setMinSize(28, 28);
            iconBox.setMaxSize(28, 28);
            Label name = new Label(template.title());
            name.getStyleClass().add("entry-title");
            Label what = new Label(template.description());
            what.getStyleClass().add("entry-description");
            what.setWrapText(true);
            VBox text = new VBox(1, name, what);
            HBox.setHgrow(text, Priority.ALWAYS);
            getChildren().addAll(iconBox, text);
            Tooltip tip = new Tooltip("Drag onto the canvas: onto a line to insert it there, into a branch, or onto empty space.\n"
                    + "Double-click to add it after the selected state.");
            tip.setShowDelay(Duration.millis(900));
            Tooltip.install(this, tip);
            addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
                    add(template);
                }
            });
            addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    add(template);
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE && drop != null) {
                    drop.cancel();
                    drop = null;
                    setCursor(null);
                    e.consume();
                }
            });
        }

        private void pressed(MouseEvent e) {
            if (e.getButton() == MouseButton.PRIMARY) {
                requestFocus();
                pressedAt = new Point2D(e.getScreenX(), e.getScreenY());
            }
        }

        private void dragged(MouseEvent e) {
            if (pressedAt == null) {
                return;
            }
            if (drop == null) {
                if (pressedAt.distance(e.getScreenX(), e.getScreenY()) < DRAG_SLOP) {
                    return;
                }
                drop = canvas.startDrop(template);
                if (drop == null) {
                    pressedAt = null;
                    return;
                }
                setCursor(Cursor.CLOSED_HAND);
            }
            drop.dragged(e);
        }

        private void released(MouseEvent e) {
            pressedAt = null;
            setCursor(null);
            if (drop != null) {
                MouseGesture g = drop;
                drop = null;
                g.released(e);
            }
        }
    }
}
