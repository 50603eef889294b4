package stepwise.canvas.gesture;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import stepwise.canvas.CanvasViewport;
import stepwise.canvas.palette.StateTemplate;
import stepwise.canvas.view.StateView;
import stepwise.model.graph.GraphNode;

/**
 * Turns input on the canvas into gestures: a press picks the one {@link MouseGesture} that follows the
 * mouse until release (connecting from a port, moving a transition's end, moving states, a rubber band,
 * panning); a palette starts a drop; the wheel scrolls or, with Ctrl/Cmd, zooms at the pointer; keys
 * edit ({@code CanvasEditing}) and navigate. Each gesture is a class of its own.
 */
public final class CanvasGestures {
    private final CanvasContext ctx;
    private final KeyboardNavigation keys;
    private final PortHandle port;
    private MouseGesture active;
    private boolean spaceDown;

    private CanvasGestures(CanvasContext ctx) {
        this.ctx = ctx;
        this.keys = new KeyboardNavigation(ctx.canvas());
        this.port = new PortHandle(ctx.canvas());
    }

    /** Listens to mouse input on {@code surface} and keys on the canvas. */
    public static CanvasGestures install(CanvasContext ctx, Node surface) {
        CanvasGestures g = new CanvasGestures(ctx);
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, g::pressed);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, g::dragged);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, g::released);
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, g::moved);
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> g.port.hide());
        surface.addEventHandler(ScrollEvent.SCROLL, g::scrolled);
        surface.addEventHandler(ZoomEvent.ZOOM, g::zoomed);
        ctx.canvas().addEventHandler(KeyEvent.KEY_PRESSED, g::keyPressed);
        ctx.canvas().addEventHandler(KeyEvent.KEY_RELEASED, g::keyReleased);
        ctx.canvas().focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                g.spaceDown = false;
                g.cancel();
            }
        });
        return g;
    }

    /** The gesture under way, or null. */
    public MouseGesture active() {
        return active;
    }

    /**
     * Starts dragging a new state from a palette; the palette passes on its drag and release. The
     * gesture is also the canvas's active one, so Escape on the canvas cancels it.
     */
    public MouseGesture startDrop(StateTemplate template) {
        cancel();
        port.hide();
        DropStateGesture drop = new DropStateGesture(ctx, template);
        active = drop;
        return new MouseGesture() {
            @Override
            public void dragged(MouseEvent e) {
                if (active == drop) {
                    drop.dragged(e);
                }
            }

            @Override
            public void released(MouseEvent e) {
                if (active == drop) {
                    active = null;
                    drop.released(e);
                }
            }

            @Override
            public void cancel() {
                if (active == drop) {
                    active = null;
                    drop.cancel();
                }
            }
        };
    }

    private void moved(MouseEvent e) {
        if (active == null && e.getButton() == MouseButton.NONE) {
            Point2D p = ctx.toDrawing(e);
            port.hover(p.getX(), p.getY());
        }
    }

    private void pressed(MouseEvent e) {
        ctx.canvas().requestFocus();
        cancel();
        port.hide();
        if (e.getButton() == MouseButton.SECONDARY) {
            StateView state = ctx.stateAt(e);
            if (state != null && !ctx.canvas().selection().isSelected(state.stateId())) {
                ctx.canvas().selection().select(state.stateId(), ctx.canvas());
            }
        } else if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            active = new PanGesture(ctx, e);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            Point2D p = ctx.toDrawing(e);
            GraphNode withPort = PortHandle.at(ctx.canvas(), p.getX(), p.getY());
            ReconnectGesture reconnect = withPort == null && !e.isShiftDown() && !e.isShortcutDown()
                    ? ReconnectGesture.at(ctx, p.getX(), p.getY()) : null;
            StateView state = ctx.stateAt(e);
            if (withPort != null && !e.isShiftDown() && !e.isShortcutDown()) {
                active = new ConnectGesture(ctx, withPort);
            } else if (reconnect != null) {
                active = reconnect;
            } else if (state != null) {
                active = new MoveStatesGesture(ctx, state, e);
            } else if (e.isShiftDown() || e.isShortcutDown()) {
                active = new RubberBandGesture(ctx, e);
            } else {
                active = new PanGesture(ctx, e);
            }
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (active != null) {
            active.dragged(e);
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (active != null) {
            MouseGesture g = active;
            active = null;
            g.released(e);
            e.consume();
        }
    }

    private void cancel() {
        if (active != null) {
            MouseGesture g = active;
            active = null;
            g.cancel();
        }
    }

    private void scrolled(ScrollEvent e) {
        CanvasViewport v = ctx.canvas().viewport();
        v.touch();
        if (e.isShortcutDown()) {
            double factor = Math.pow(1.0015, e.getDeltaY());
            v.zoomAt(v.getZoom() * factor, e.getX(), e.getY());
        } else {
            double dx = e.getDeltaX();
            double dy = e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
                dx = dy;
                dy = 0;
            }
            v.panBy(dx, dy);
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        CanvasViewport v = ctx.canvas().viewport();
        v.touch();
        v.zoomAt(v.getZoom() * e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return; // typing in the find bar or in a name being edited
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            spaceDown = true;
            e.consume();
            return;
        }
        if (code == KeyCode.ESCAPE && active != null) {
            cancel();
            e.consume();
            return;
        }
        if (e.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            ctx.canvas().zoomIn();
        } else if (e.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            ctx.canvas().zoomOut();
        } else if (e.isShortcutDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            ctx.canvas().resetZoom();
        } else if (e.isShiftDown() && code == KeyCode.DIGIT1) {
            ctx.canvas().fitToWindow();
        } else if (e.isShortcutDown() && code == KeyCode.F) {
            ctx.canvas().showFind();
        } else if (code == KeyCode.F1) {
            ctx.canvas().showShortcuts();
        } else if (!ctx.canvas().editing().handle(e) && !keys.handle(e)) {
            return;
        }
        e.consume();
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            e.consume();
        }
    }
}
