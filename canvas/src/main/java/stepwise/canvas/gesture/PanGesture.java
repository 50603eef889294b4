package stepwise.canvas.gesture;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** Drags the drawing around (empty space, the middle button, or with Space held). A plain click on empty space clears the selection. */
public final class PanGesture implements MouseGesture {
    private static final double CLICK_SLOP = 3;

    private final CanvasContext ctx;
    private final boolean clearsOnClick;
    private final Point2D start;
    private Point2D last;
    private boolean moved;

    public PanGesture(CanvasContext ctx, MouseEvent pressed) {
        this.ctx = ctx;
        this.start = ctx.toViewport(pressed);
        this.last = start;
        this.clearsOnClick = pressed.getButton() == MouseButton.PRIMARY && !pressed.isShiftDown() && !pressed.isShortcutDown();
    }

    @Override
    public void dragged(MouseEvent e) {
        Point2D p = ctx.toViewport(e);
        if (!moved && p.distance(start) < CLICK_SLOP) {
            return;
        }
        if (!moved) {
            moved = true;
            ctx.canvas().setCursor(Cursor.CLOSED_HAND);
            ctx.canvas().viewport().touch();
        }
        ctx.canvas().viewport().panBy(p.getX() - last.getX(), p.getY() - last.getY());
        last = p;
    }

    @Override
    public void released(MouseEvent e) {
        ctx.canvas().setCursor(null);
        if (!moved && clearsOnClick) {
            ctx.canvas().selection().clear(ctx.canvas());
        }
    }

    @Override
    public void cancel() {
        ctx.canvas().setCursor(null);
    }
}
