package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;
import stepwise.model.yaml.YamlWriter;

class WriterTest {
    @Test
    void json_writer_renders_at_a_depth_in_the_style() {
        JsonWriter w = new JsonWriter(new WriteStyle("\t", "\r\n", ": ", ", ", false));
        assertEquals("{\r\n\t\t\"a\": [\r\n\t\t\t1\r\n\t\t],\r\n\t\t\"b\": {}\r\n\t}",
                w.write(Json.object("a", Json.array(Json.number(1)), "b", Json.object()), 1));
    }

    @Test
    void json_writer_escapes_strings() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\u00e9\"", JsonWriter.quote("a\"b\\c\n\u0001\u00e9"));
    }

    @Test
    void write_style_reads_the_key_separator_and_comma_of_the_file() {
        WriteStyle s = WriteStyle.of(AslDocument.of("{\"a\" : 1,\"b\" : [1,2]}"));
        assertEquals(" : ", s.colon());
        assertEquals(",", s.comma());
        assertEquals(true, s.compact());
    }

    @Test
    void yaml_writer_quotes_only_what_needs_it() {
        assertEquals("Pay", YamlWriter.string("Pay", false));
        assertEquals("$.order.id", YamlWriter.string("$.order.id", false));
        assertEquals("\"true\"", YamlWriter.string("true", false));
        assertEquals("\"no\"", YamlWriter.string("no", false));
        assertEquals("\"12\"", YamlWriter.string("12", false));
        assertEquals("\"a: b\"", YamlWriter.string("a: b", false));
        assertEquals("\"- x\"", YamlWriter.string("- x", false));
        assertEquals("\"a,b\"", YamlWriter.string("a,b", true));
        assertEquals("a,b", YamlWriter.string("a,b", false));
    }

    @Test
    void add_into_empty_compact_states_stays_compact() throws EditException {
        String after = Edits.run("{\"StartAt\":\"\",\"States\":{}}", new AddState(JsonPointer.ROOT, "A",
                Json.object("Type", Json.string("Succeed"))));
        assertEquals("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}", after);
    }

    @Test
    void add_into_empty_yaml_states_writes_a_block() throws EditException {
        String after = Edits.runYaml("StartAt: ''\nStates: {}  # none yet\n", new AddState(JsonPointer.ROOT, "A \"quoted\"",
                Json.object("Type", Json.string("Succeed"))));
        assertEquals("StartAt: 'A \"quoted\"'\nStates:\n  A \"quoted\":\n    Type: Succeed  # none yet\n", after);
    }

    @Test
    void add_to_a_workflow_without_states_creates_them() throws EditException {
        String after = Edits.run("{\n  \"Comment\": \"new\"\n}\n", new AddState(JsonPointer.ROOT, "A",
                Json.object("Type", Json.string("Pass"))));
        assertEquals("{\n  \"Comment\": \"new\",\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\n      \"Type\": \"Pass\",\n"
                + "      \"End\": true\n    }\n  }\n}\n", after);
    }
}
