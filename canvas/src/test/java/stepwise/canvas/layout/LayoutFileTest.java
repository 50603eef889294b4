package stepwise.canvas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutFileTest {
    @Test
    void the_sidecar_sits_next_to_the_workflow_with_layout_in_its_name() {
        assertEquals(Path.of("/w/order.stepwise.json"), LayoutFile.sidecarOf(Path.of("/w/order.asl.json")));
        assertEquals(Path.of("/w/flow.stepwise.json"), LayoutFile.sidecarOf(Path.of("/w/flow.yaml")));
        assertEquals(Path.of("/w/flow.stepwise.json"), LayoutFile.sidecarOf(Path.of("/w/flow.JSON")));
    }

    @Test
    void pins_written_are_read_back(@TempDir Path dir) throws IOException {
        Path workflow = dir.resolve("order.asl.json");
        LayoutPins pins = new LayoutPins(Map.of("/States/Pay", new Point(120, 340.5), "/States/\"Odd\" name", new Point(0, 7)));
        LayoutFile.write(workflow, pins);
        assertEquals(pins, LayoutFile.read(workflow));
        assertTrue(Files.readString(LayoutFile.sidecarOf(workflow)).contains("\"version\": 1"));
    }

    @Test
    void no_pins_means_no_sidecar(@TempDir Path dir) throws IOException {
        Path workflow = dir.resolve("order.asl.json");
        LayoutFile.write(workflow, new LayoutPins(Map.of("/States/A", new Point(1, 2))));
        LayoutFile.write(workflow, LayoutPins.NONE);
        assertFalse(Files.exists(LayoutFile.sidecarOf(workflow)));
        assertEquals(LayoutPins.NONE, LayoutFile.read(workflow));
    }

    @Test
    void a_broken_sidecar_is_reported_with_its_name(@TempDir Path dir) throws IOException {
        Path workflow = dir.resolve("order.asl.json");
        Files.writeString(LayoutFile.sidecarOf(workflow), "{\"pinned\": ");
        IOException e = assertThrows(IOException.class, () -> LayoutFile.read(workflow));
        assertTrue(e.getMessage().startsWith("order.stepwise.json cannot be read"), e.getMessage());
    }

    @Test
    void entries_that_are_not_positions_are_skipped() throws IOException {
        LayoutPins pins = LayoutFile.parse("{\"pinned\": {\"/States/A\": {\"x\": 1, \"y\": 2}, \"/States/B\": \"left\"}}", "x.layout.json");
        assertEquals(1, pins.positions().size());
        assertEquals(new Point(1, 2), pins.get("/States/A"));
    }
}
