package stepwise.app;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * One transparent pixel at the window's edge that changes on every frame while a run plays.
 *
 * <p>JavaFX repaints only the parts of a window whose nodes changed, except in one case: when a pulse has
 * changes but none of them lies inside the window (states and tokens of a large diagram scrolled out of
 * view behind the canvas's clip), it finds no dirty region at all and repaints the whole window. While a
 * run plays, many frames change only such states, and the whole window (a 1,000-state canvas, the
 * editor's text) was drawn again on each of them: 38-42 frames a second instead of 60 on the software
 * renderer. With this pixel changed on each of those frames, such a frame repaints one pixel.
 */
final class RepaintAnchor {
    private final Rectangle pixel = new Rectangle(0, 0, 1, 1);
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            touch();
        }
    };

    /** An anchor that is touched on every frame while {@code active} is true. */
    RepaintAnchor(ObservableBooleanValue active) {
        pixel.setFill(Color.TRANSPARENT);
        pixel.setMouseTransparent(true);
        pixel.setManaged(false);
        pixel.getStyleClass().add("repaint-anchor");
        active.addListener((obs, before, after) -> {
            if (after) {
                frames.start();
            } else {
                frames.stop();
            }
        });
    }

    Node node() {
        return pixel;
    }

    /** Marks the pixel changed, so that this pulse repaints at least it, and otherwise only what changed. */
    void touch() {
        pixel.setOpacity(pixel.getOpacity() == 1 ? 0.99 : 1);
    }
}
