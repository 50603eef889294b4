package stepwise.canvas.view;

import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import stepwise.canvas.diagram.Rgba;
import stepwise.canvas.diagram.ThemePalette;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedMarker;
import stepwise.canvas.layout.PlacedState;
import stepwise.canvas.layout.Point;
import stepwise.canvas.layout.WorkflowLayout;

/**
 * The whole workflow in small, with a frame around the part in view; pressing or dragging in it moves
 * the view there. It paints boxes only (one canvas node, whatever the workflow's size), in the theme's
 * colours.
 */
public final class Minimap extends Region {
    /** The largest the minimap gets; it takes the shape of the workflow within these bounds. */
    public static final double WIDTH = 180;
    public static final double HEIGHT = 200;
    private static final double MIN_SIDE = 56;
    private static final double PADDING = 6;

    private final Canvas map = new Canvas(WIDTH, HEIGHT);
    private final Rectangle frame = new Rectangle();
    private final Consumer<Point> centerOn;
    private WorkflowLayout layout = WorkflowLayout.EMPTY;
    private double scale = 1;
    private double offsetX;
    private double offsetY;

    public Minimap(Consumer<Point> centerOn) {
        this.centerOn = centerOn;
        getStyleClass().add("minimap");
        frame.getStyleClass().add("minimap-viewport");
        frame.setManaged(false);
        frame.setMouseTransparent(true);
        map.setManaged(false);
        getChildren().addAll(map, frame);
        size(WIDTH, HEIGHT * 0.7);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveTo);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveTo);
    }

    private void moveTo(MouseEvent e) {
        if (layout.bounds().width() > 0) {
            centerOn.accept(new Point((e.getX() - offsetX) / scale, (e.getY() - offsetY) / scale));
        }
        e.consume();
    }

    /** Paints {@code newLayout} in the colours of {@code palette}. */
    public void show(WorkflowLayout newLayout, ThemePalette palette) {
        layout = newLayout;
        Box b = layout.bounds();
        GraphicsContext g = map.getGraphicsContext2D();
        g.clearRect(0, 0, map.getWidth(), map.getHeight());
        if (b.width() <= 0 || b.height() <= 0) {
            return;
        }
        scale = Math.min((WIDTH - 2 * PADDING) / b.width(), (HEIGHT - 2 * PADDING) / b.height());
        double mapWidth = Math.max(MIN_SIDE, b.width() * scale + 2 * PADDING);
        double mapHeight = Math.max(MIN_SIDE, b.height() * scale + 2 * PADDING);
        size(mapWidth, mapHeight);
        g.clearRect(0, 0, mapWidth, mapHeight);
        offsetX = (mapWidth - b.width() * scale) / 2 - b.x() * scale;
        offsetY = (mapHeight - b.height() * scale) / 2 - b.y() * scale;
        Color container = fx(palette.color("-sw-container-border"));
        Color state = fx(palette.color("-sw-minimap-state"));
        g.setLineWidth(1);
        for (PlacedState s : layout.states()) {
            Box r = s.box();
            double x = offsetX + r.x() * scale;
            double y = offsetY + r.y() * scale;
            double w = Math.max(1, r.width() * scale);
            double h = Math.max(1, r.height() * scale);
            if (s.container()) {
                g.setStroke(container);
                g.strokeRect(x, y, w, h);
            } else {
                g.setFill(state);
                g.fillRect(x, y, w, h);
            }
        }
        g.setFill(fx(palette.color("-sw-marker-border")));
        for (PlacedMarker m : layout.markers()) {
            Box r = m.box();
            g.fillRect(offsetX + r.x() * scale, offsetY + r.y() * scale, Math.max(2, r.width() * scale), Math.max(2, r.height() * scale));
        }
    }

    /** Moves the frame to the part of the drawing in view. */
    public void showViewport(Bounds visible) {
        double x = Math.max(0, offsetX + visible.getMinX() * scale);
        double y = Math.max(0, offsetY + visible.getMinY() * scale);
        double maxX = Math.min(map.getWidth(), offsetX + visible.getMaxX() * scale);
        double maxY = Math.min(map.getHeight(), offsetY + visible.getMaxY() * scale);
        frame.setX(x);
        frame.setY(y);
        frame.setWidth(Math.max(2, maxX - x));
        frame.setHeight(Math.max(2, maxY - y));
    }

    private void size(double w, double h) {
        map.setWidth(w);
        map.setHeight(h);
        setPrefSize(w, h);
        setMinSize(w, h);
        setMaxSize(w, h);
    }

    private static Color fx(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }

    @Override
    protected void layoutChildren() {
        // fixed size; the canvas and the frame are placed by show() and showViewport()
    }
}
