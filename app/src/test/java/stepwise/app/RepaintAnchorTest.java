package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pixel that keeps a playing run's frames from repainting the whole window. */
@ExtendWith(ApplicationExtension.class)
class RepaintAnchorTest {
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final AtomicInteger changes = new AtomicInteger();
    private RepaintAnchor anchor;

    @Start
    void start(Stage stage) {
        anchor = new RepaintAnchor(playing);
        anchor.node().opacityProperty().addListener((obs, before, after) -> changes.incrementAndGet());
        stage.setScene(new Scene(new HBox(anchor.node()), 200, 100));
        stage.show();
    }

    @Test
    void changes_on_every_frame_while_playing_and_never_otherwise(FxRobot robot) throws Exception {
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertEquals(0, changes.get(), "no change while nothing plays");

        robot.interact(() -> playing.set(true));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        robot.interact(() -> playing.set(false));
        int whilePlaying = changes.get();
        assertTrue(whilePlaying >= 10, "one change per frame while playing (pulses run at 60 a second), got " + whilePlaying);

        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertEquals(whilePlaying, changes.get(), "no change after the run is paused");
    }

    @Test
    void is_transparent_and_takes_no_room_or_clicks() {
        assertTrue(!anchor.node().isManaged() && anchor.node().isMouseTransparent());
        assertEquals(javafx.scene.paint.Color.TRANSPARENT, ((javafx.scene.shape.Rectangle) anchor.node()).getFill());
    }
}
