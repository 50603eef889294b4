package stepwise.canvas;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/** Pictures of a whole window with the popups (menus) open over it, as the user sees them. FX thread only. */
final class Pictures {
    private Pictures() {
    }

    static BufferedImage window(Scene scene) {
        BufferedImage base = Snapshots.take(scene.getRoot());
        Graphics2D g = base.createGraphics();
        Window owner = scene.getWindow();
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow popup && popup.isShowing() && popup.getScene() != null) {
                javafx.scene.SnapshotParameters clear = new javafx.scene.SnapshotParameters();
                clear.setFill(javafx.scene.paint.Color.TRANSPARENT);
                BufferedImage p = javafx.embed.swing.SwingFXUtils.fromFXImage(popup.getScene().getRoot().snapshot(clear, null), null);
                int x = (int) Math.round(popup.getX() - owner.getX() - scene.getX());
                int y = (int) Math.round(popup.getY() - owner.getY() - scene.getY());
                g.drawImage(p, x, y, null);
            }
        }
        g.dispose();
        return base;
    }
}
