package stepwise.canvas;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import stepwise.canvas.diagram.ThemePalette;
import stepwise.canvas.gesture.CanvasContext;
import stepwise.canvas.gesture.CanvasGestures;
import stepwise.canvas.layout.Box;
import stepwise.canvas.view.ContainerView;
import stepwise.canvas.view.DiagramView;
import stepwise.canvas.view.Minimap;
import stepwise.canvas.view.StateView;

/**
 * The canvas's looks: the clipped viewport holding the drawing under the viewport's transforms, a layer
 * for gesture feedback, the minimap, the find bar, the stale banner, notices and the shortcuts sheet.
 */
final class WorkflowCanvasSkin extends SkinBase<WorkflowCanvas> implements CanvasContext {
    /** Below this zoom the text is too small to read; hiding it keeps large drawings fast. */
    static final double OVERVIEW_ZOOM = 0.4;
    private static final PseudoClass OVERVIEW = PseudoClass.getPseudoClass("overview");

    private final Pane viewportPane = new Pane();
    private final Pane overlay = new Pane();
    private final Pane editors = new Pane();
    private final InlineRename renaming;
    private final CanvasContextMenu contextMenu;
    private final Rectangle clip = new Rectangle();
    private final Minimap minimap;
    private final FindBar findBar;
    private final ShortcutsSheet sheet;
    private final Label staleBanner = new Label();
    private final Label notice = new Label();
    private final Label empty = new Label("Nothing to draw yet: the document is not a workflow.");
    private final SequentialTransition noticeFade;
    private final CanvasGestures gestures;

    WorkflowCanvasSkin(WorkflowCanvas canvas) {
        super(canvas);
        DiagramView diagram = canvas.diagram();
        CanvasViewport viewport = canvas.viewport();
        diagram.getTransforms().setAll(viewport.translate(), viewport.scale());
        viewportPane.getStyleClass().add("viewport");
        viewportPane.getChildren().add(diagram);
        viewportPane.setClip(clip);
        overlay.getStyleClass().add("overlay");
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        editors.getStyleClass().add("editors");
        editors.setPickOnBounds(false);
        editors.setManaged(false);
        renaming = new InlineRename(canvas, editors);
        contextMenu = new CanvasContextMenu(canvas);

        minimap = new Minimap(p -> {
            viewport.touch();
            viewport.centerOn(new Box(p.x(), p.y(), 0, 0));
        });
        findBar = new FindBar(canvas, this::closeFind);
        findBar.setVisible(false);
        sheet = new ShortcutsSheet(this::closeShortcuts);
        sheet.setVisible(false);
        staleBanner.getStyleClass().add("stale-banner");
        staleBanner.setVisible(false);
        staleBanner.setMouseTransparent(true);
        notice.getStyleClass().add("notice");
        notice.setOpacity(0);
        notice.setMouseTransparent(true);
        notice.setWrapText(true);
        notice.setMaxWidth(520);
        empty.getStyleClass().add("empty-message");
        empty.setVisible(false);
        FadeTransition in = new FadeTransition(Duration.millis(150), notice);
        in.setToValue(1);
        FadeTransition out = new FadeTransition(Duration.millis(400), notice);
        out.setToValue(0);
        noticeFade = new SequentialTransition(in, new PauseTransition(Duration.seconds(4)), out);

        StackPane chrome = new StackPane(staleBanner, findBar, minimap, notice, empty, sheet);
        chrome.setPickOnBounds(false);
        StackPane.setAlignment(staleBanner, Pos.TOP_CENTER);
        StackPane.setMargin(staleBanner, new Insets(10));
        StackPane.setAlignment(findBar, Pos.TOP_RIGHT);
        StackPane.setMargin(findBar, new Insets(10));
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(12));
        StackPane.setAlignment(notice, Pos.BOTTOM_CENTER);
        StackPane.setMargin(notice, new Insets(16));
        StackPane.setAlignment(sheet, Pos.CENTER);
        getChildren().addAll(viewportPane, overlay, editors, chrome);

        gestures = CanvasGestures.install(this, viewportPane);
        viewportPane.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                showMenuAtSelection();
            } else {
                showMenu(e.getSceneX(), e.getSceneY(), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        viewportPane.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> contextMenu.hide());
        // where the platform sends no context-menu request for a right click, its release opens the menu
        viewportPane.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                double sx = e.getSceneX();
                double sy = e.getSceneY();
                double x = e.getScreenX();
                double y = e.getScreenY();
                // after the request the platform may send right behind the release
                Platform.runLater(() -> {
                    if (contextMenu.showing() == null) {
                        showMenu(sx, sy, x, y);
                    }
                });
            }
        });
        canvas.sessionProperty().addListener((obs, before, after) -> {
            renaming.close();
            contextMenu.hide();
        });
        viewport.zoomProperty().addListener((obs, before, after) -> diagram.pseudoClassStateChanged(OVERVIEW, after.doubleValue() < OVERVIEW_ZOOM));
        viewport.addViewListener(this::updateMinimapFrame);
        canvas.layoutProperty().addListener((obs, before, after) -> {
            minimap.show(after, ThemePalette.of(canvas.themeProperty().get()));
            updateMinimapFrame();
        });
        canvas.themeProperty().addListener((obs, before, after) -> minimap.show(canvas.getLayout(), ThemePalette.of(after)));
        canvas.staleProperty().addListener((obs, before, after) -> staleBanner.setVisible(after));
        canvas.staleReasonProperty().addListener((obs, before, after) ->
                staleBanner.setText(after == null ? "" : "Showing the last valid version \u2014 " + after));
        canvas.graphProperty().addListener((obs, before, after) -> empty.setVisible(false));
        canvas.noticeProperty().addListener((obs, before, after) -> {
            if (after != null) {
                notice.setText(after);
                noticeFade.playFromStart();
            }
        });
        canvas.staleProperty().addListener((obs, before, after) -> empty.setVisible(after && canvas.getGraph() == null));
    }

    // ---- CanvasContext

    @Override
    public WorkflowCanvas canvas() {
        return getSkinnable();
    }

    @Override
    public Point2D toDrawing(MouseEvent e) {
        Point2D p = viewportPane.sceneToLocal(e.getSceneX(), e.getSceneY());
        return getSkinnable().viewport().toDrawing(p.getX(), p.getY());
    }

    @Override
    public Point2D toViewport(MouseEvent e) {
        return viewportPane.sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    @Override
    public Pane overlay() {
        return overlay;
    }

    @Override
    public StateView stateAt(MouseEvent e) {
        Node n = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
        while (n != null && n != viewportPane) {
            if (n instanceof StateView view) {
                if (view instanceof ContainerView c && !c.onHeader(c.sceneToLocal(e.getSceneX(), e.getSceneY()).getY())) {
                    return null;
                }
                return view;
            }
            n = n.getParent();
        }
        return null;
    }

    CanvasGestures gestures() {
        return gestures;
    }

    private void showMenu(double sceneX, double sceneY, double screenX, double screenY) {
        Point2D local = viewportPane.sceneToLocal(sceneX, sceneY);
        Point2D p = getSkinnable().viewport().toDrawing(local.getX(), local.getY());
        contextMenu.show(p.getX(), p.getY(), screenX, screenY);
    }

    /** The menu key or Shift+F10: the menu of the selection, at its primary state (of empty space when none). */
    private void showMenuAtSelection() {
        WorkflowCanvas canvas = getSkinnable();
        String primary = canvas.selection().getPrimary();
        var placed = primary == null ? null : canvas.getLayout().state(primary);
        Point2D inView = placed == null ? new Point2D(viewportPane.getWidth() / 2, viewportPane.getHeight() / 2)
                : canvas.viewport().toViewport(placed.box().x() + 24, placed.box().y() + 26);
        Point2D scene = viewportPane.localToScene(inView);
        Point2D screen = viewportPane.localToScreen(inView);
        if (screen != null) {
            showMenu(scene.getX(), scene.getY(), screen.getX(), screen.getY());
        }
    }

    /** Opens state {@code id}'s name for editing in place. */
    void rename(String id) {
        renaming.open(id);
    }

    InlineRename renaming() {
        return renaming;
    }

    CanvasContextMenu contextMenu() {
        return contextMenu;
    }

    // ---- find and shortcuts

    void showFind() {
        findBar.setVisible(true);
        findBar.open();
    }

    private void closeFind() {
        findBar.setVisible(false);
        getSkinnable().requestFocus();
    }

    FindBar findBar() {
        return findBar;
    }

    void showShortcuts() {
        sheet.setVisible(true);
        sheet.requestFocus();
    }

    private void closeShortcuts() {
        sheet.setVisible(false);
        getSkinnable().requestFocus();
    }

    boolean shortcutsShowing() {
        return sheet.isVisible();
    }

    /**
     * Moves the minimap's frame. The minimap shows only while part of the workflow is out of view and
     * the canvas is large enough that it would not hide the states it maps (three times its width, two its height).
     */
    private void updateMinimapFrame() {
        if (viewportPane.getWidth() > 0) {
            javafx.geometry.Bounds visible = getSkinnable().viewport().visibleArea();
            Box all = getSkinnable().getLayout().bounds();
            boolean whole = all.width() <= 0 || (visible.getMinX() <= all.x() + 1 && visible.getMinY() <= all.y() + 1
                    && visible.getMaxX() >= all.maxX() - 1 && visible.getMaxY() >= all.maxY() - 1);
            boolean roomy = viewportPane.getWidth() >= 3 * Minimap.WIDTH && viewportPane.getHeight() >= 2 * Minimap.HEIGHT;
            minimap.setVisible(!whole && roomy);
            minimap.showViewport(visible);
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        boolean resized = w > 0 && (viewportPane.getWidth() != w || viewportPane.getHeight() != h);
        viewportPane.resizeRelocate(x, y, w, h);
        clip.setWidth(w);
        clip.setHeight(h);
        overlay.resizeRelocate(x, y, w, h);
        editors.resizeRelocate(x, y, w, h);
        for (Node n : getChildren()) {
            if (n != viewportPane && n != overlay && n != editors) {
                n.resizeRelocate(x, y, w, h);
            }
        }
        if (resized) {
            getSkinnable().sized();
        }
        updateMinimapFrame();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 600;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 120;
    }
}
