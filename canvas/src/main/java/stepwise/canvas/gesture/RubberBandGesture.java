package stepwise.canvas.gesture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import stepwise.canvas.layout.Box;

/**
 * Selects the states lying wholly inside a dragged rectangle (Shift+drag on empty space adds them to
 * the selection, Ctrl/Cmd+drag replaces it). Only the rectangle is drawn while dragging.
 */
public final class RubberBandGesture implements MouseGesture {
    private final CanvasContext ctx;
    private final boolean adds;
    private final Point2D startView;
    private final Point2D startDrawing;
    private final Rectangle band = new Rectangle();

    public RubberBandGesture(CanvasContext ctx, MouseEvent pressed) {
        this.ctx = ctx;
        this.adds = pressed.isShiftDown();
        this.startView = ctx.toViewport(pressed);
        this.startDrawing = ctx.toDrawing(pressed);
        band.getStyleClass().add("rubber-band");
        band.setManaged(false);
        band.setMouseTransparent(true);
        band.setX(startView.getX());
        band.setY(startView.getY());
        ctx.overlay().getChildren().add(band);
    }

    @Override
    public void dragged(MouseEvent e) {
        Point2D p = ctx.toViewport(e);
        band.setX(Math.min(p.getX(), startView.getX()));
        band.setY(Math.min(p.getY(), startView.getY()));
        band.setWidth(Math.abs(p.getX() - startView.getX()));
        band.setHeight(Math.abs(p.getY() - startView.getY()));
    }

    @Override
    public void released(MouseEvent e) {
        ctx.overlay().getChildren().remove(band);
        Point2D end = ctx.toDrawing(e);
        Box area = new Box(Math.min(end.getX(), startDrawing.getX()), Math.min(end.getY(), startDrawing.getY()),
                Math.abs(end.getX() - startDrawing.getX()), Math.abs(end.getY() - startDrawing.getY()));
        List<String> inside = ctx.canvas().getLayout().statesInside(area);
        Set<String> ids = new LinkedHashSet<>();
        if (adds) {
            ids.addAll(ctx.canvas().selection().getSelected());
        }
        ids.addAll(inside);
        ctx.canvas().selection().select(new ArrayList<>(ids), ctx.canvas());
    }

    @Override
    public void cancel() {
        ctx.overlay().getChildren().remove(band);
    }
}
