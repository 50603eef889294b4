package stepwise.model.sidecar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stepwise.model.json.Json;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonValue;

class SidecarTest {
    @Test
    void the_sidecar_is_named_after_the_workflow_without_its_extension() {
        assertEquals(Path.of("/w/order.stepwise.json"), Sidecar.of(Path.of("/w/order.asl.json")));
        assertEquals(Path.of("/w/order.stepwise.json"), Sidecar.of(Path.of("/w/order.asl.yml")));
        assertEquals(Path.of("/w/flow.stepwise.json"), Sidecar.of(Path.of("/w/flow.json")));
    }

    @Test
    void writing_one_section_keeps_the_others(@TempDir Path dir) throws Exception {
        Path workflow = dir.resolve("order.asl.json");
        Sidecar.write(workflow, Map.of("pinned", Json.object("/States/A", Json.object("x", Json.number(1), "y", Json.number(2)))));
        Sidecar.write(workflow, Map.of("inputs", Json.object("small", Json.object("amount", Json.number(5)))));
        JsonObject read = Sidecar.read(workflow);
        assertNotNull(read.object("pinned").object("/States/A"));
        assertNotNull(read.object("inputs").object("small"));
        assertEquals("1", ((JsonNumber) read.get("version")).text());
    }

    @Test
    void removing_the_last_section_removes_the_file(@TempDir Path dir) throws Exception {
        Path workflow = dir.resolve("order.asl.json");
        Sidecar.write(workflow, Map.of("pinned", Json.object("/States/A", Json.object("x", Json.number(1), "y", Json.number(2)))));
        Map<String, JsonValue> none = new HashMap<>();
        none.put("pinned", null);
        Sidecar.write(workflow, none);
        assertFalse(Files.exists(Sidecar.of(workflow)));
        assertNull(Sidecar.read(workflow).get("pinned"));
    }
}
