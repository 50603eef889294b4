package stepwise.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import stepwise.canvas.layout.Box;

/**
 * Which part of the drawing the canvas shows: a zoom factor and a pan offset, so that the drawing's
 * point (x, y) appears at {@code pan + zoom * (x, y)} in the viewport. Changing them only moves the
 * transforms of the drawing; nothing is rebuilt.
 */
public final class CanvasViewport {
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 4;
    public static final double STEP = 1.2;

    private final Region host;
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final DoubleProperty panX = new SimpleDoubleProperty(this, "panX", 0);
    private final DoubleProperty panY = new SimpleDoubleProperty(this, "panY", 0);
    private final Translate translate = new Translate();
    private boolean touched;
    private final Scale scale = new Scale();
    private final List<Runnable> viewListeners = new ArrayList<>();
    private int changing;
    private boolean changedMeanwhile;

    CanvasViewport(Region host) {
        this.host = host;
        translate.xProperty().bind(panX);
        translate.yProperty().bind(panY);
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        ChangeListener<Number> moved = (o, before, after) -> viewChanged();
        zoom.addListener(moved);
        panX.addListener(moved);
        panY.addListener(moved);
    }

    /**
     * Runs {@code listener} each time the view moves (zoom or pan). A move that changes the zoom and the
     * pan together (zooming at the pointer, fitting) is reported once, when both are set: what depends
     * on the part in view never sees the zoom of one and the pan of the other.
     */
    public void addViewListener(Runnable listener) {
        viewListeners.add(listener);
    }

    private void viewChanged() {
        if (changing > 0) {
            changedMeanwhile = true;
            return;
        }
        for (Runnable r : List.copyOf(viewListeners)) {
            r.run();
        }
    }

    /** Makes the changes of {@code move} to the zoom and the pan one move of the view. */
    private void move(Runnable move) {
        changing++;
        try {
            move.run();
        } finally {
            changing--;
        }
        if (changing == 0 && changedMeanwhile) {
            changedMeanwhile = false;
            viewChanged();
        }
    }

    /** Records that the user moved the view, so that the canvas stops framing the workflow by itself. */
    public void touch() {
        touched = true;
    }

    /** True once the user has panned or zoomed since the workflow was opened. */
    public boolean touched() {
        return touched;
    }

    void untouch() {
        touched = false;
    }

    /** The transforms to put on the drawing, in this order. */
    Translate translate() {
        return translate;
    }

    Scale scale() {
        return scale;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double getZoom() {
        return zoom.get();
    }

    public DoubleProperty panXProperty() {
        return panX;
    }

    public DoubleProperty panYProperty() {
        return panY;
    }

    public double width() {
        return host.getWidth();
    }

    public double height() {
        return host.getHeight();
    }

    /** The drawing's point shown at {@code (x, y)} of the viewport. */
    public Point2D toDrawing(double x, double y) {
        return new Point2D((x - panX.get()) / zoom.get(), (y - panY.get()) / zoom.get());
    }

    /** Where the drawing's point is shown in the viewport. */
    public Point2D toViewport(double x, double y) {
        return new Point2D(panX.get() + x * zoom.get(), panY.get() + y * zoom.get());
    }

    /** The part of the drawing in view. */
    public Bounds visibleArea() {
        Point2D a = toDrawing(0, 0);
        return new BoundingBox(a.getX(), a.getY(), width() / zoom.get(), height() / zoom.get());
    }

    /** Zooms to {@code level}, keeping the drawing's point under {@code (x, y)} of the viewport where it is. */
    public void zoomAt(double level, double x, double y) {
        double z = clamp(level);
        Point2D anchor = toDrawing(x, y);
        move(() -> {
            zoom.set(z);
            panX.set(x - anchor.getX() * z);
            panY.set(y - anchor.getY() * z);
        });
    }

    /** Zooms around the middle of the viewport. */
    public void zoomTo(double level) {
        zoomAt(level, width() / 2, height() / 2);
    }

    public void zoomIn() {
        zoomTo(zoom.get() * STEP);
    }

    public void zoomOut() {
        zoomTo(zoom.get() / STEP);
    }

    public void panBy(double dx, double dy) {
        move(() -> {
            panX.set(panX.get() + dx);
            panY.set(panY.get() + dy);
        });
    }

    /**
     * Shows {@code area} whole and centred, at most at 100 %. When even the smallest zoom cannot hold
     * it, shows its top (where the workflow starts) at that zoom.
     */
    public void fit(Box area, double margin) {
        if (area.width() <= 0 || area.height() <= 0 || width() <= 0 || height() <= 0) {
            return;
        }
        double wanted = Math.min(1, Math.min((width() - 2 * margin) / area.width(), (height() - 2 * margin) / area.height()));
        double z = clamp(wanted);
        move(() -> {
            zoom.set(z);
            if (wanted >= z) {
                centerOn(area);
            } else {
                panX.set(width() / 2 - area.centerX() * z);
                panY.set(margin - area.y() * z);
            }
        });
    }

    /** Puts the middle of {@code area} in the middle of the viewport. */
    public void centerOn(Box area) {
        move(() -> {
            panX.set(width() / 2 - area.centerX() * zoom.get());
            panY.set(height() / 2 - area.centerY() * zoom.get());
        });
    }

    /** Scrolls the least needed to bring {@code area} (plus a margin) into view; centres it when it cannot fit. */
    public void reveal(Box area, double margin) {
        Bounds v = visibleArea();
        double m = margin / zoom.get();
        if (area.width() + 2 * m > v.getWidth() || area.height() + 2 * m > v.getHeight()) {
            centerOn(area);
            return;
        }
        double dx = 0;
        double dy = 0;
        if (area.x() - m < v.getMinX()) {
            dx = v.getMinX() - (area.x() - m);
        } else if (area.maxX() + m > v.getMaxX()) {
            dx = v.getMaxX() - (area.maxX() + m);
        }
        if (area.y() - m < v.getMinY()) {
            dy = v.getMinY() - (area.y() - m);
        } else if (area.maxY() + m > v.getMaxY()) {
            dy = v.getMaxY() - (area.maxY() + m);
        }
        panBy(dx * zoom.get(), dy * zoom.get());
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
