package stepwise.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import stepwise.model.AslDocument;

/** The sample workflows of the canvas tests, from {@code src/test/resources/stepwise/canvas/workflows}. */
public final class Workflows {
    private Workflows() {
    }

    public static String text(String name) {
        try (InputStream in = Workflows.class.getResourceAsStream("workflows/" + name + ".asl.json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample workflow " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AslDocument document(String name) {
        return AslDocument.of(text(name));
    }
}
