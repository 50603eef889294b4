package stepwise.canvas.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import stepwise.assets.Assets;

class ThemePaletteTest {
    private static String read(String path) throws IOException {
        try (InputStream in = Assets.resource(path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every variable the canvas stylesheet names. */
    private static Set<String> namesUsedByTheCanvas() throws IOException {
        String css = read("theme/canvas.css").replaceAll("(?s)/\\*.*?\\*/", "");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile(":[^;{}]*?(-(?:sw|color)-[a-z0-9-]+)").matcher(css);
        while (m.find()) {
            Matcher each = Pattern.compile("-(?:sw|color)-[a-z0-9-]+").matcher(m.group());
            while (each.find()) {
                names.add(each.group());
            }
        }
        return names;
    }

    @Test
    void both_themes_define_every_colour_the_canvas_stylesheet_uses() throws IOException {
        Set<String> used = namesUsedByTheCanvas();
        assertTrue(used.size() > 40, "found " + used);
        for (ThemePalette.Theme theme : ThemePalette.Theme.values()) {
            ThemePalette palette = ThemePalette.of(theme);
            for (String name : used) {
                assertTrue(palette.has(name), theme + " lacks " + name);
                palette.color(name);
            }
        }
    }

    @Test
    void both_themes_define_the_same_names() throws IOException {
        Pattern declared = Pattern.compile("(-[a-z][a-z0-9-]+)\\s*:");
        Set<String> light = new TreeSet<>();
        Set<String> dark = new TreeSet<>();
        Matcher l = declared.matcher(read("theme/light.css"));
        while (l.find()) {
            light.add(l.group(1));
        }
        Matcher d = declared.matcher(read("theme/dark.css"));
        while (d.find()) {
            dark.add(d.group(1));
        }
        light.removeIf(n -> n.startsWith("-fx-"));
        dark.removeIf(n -> n.startsWith("-fx-"));
        assertEquals(light, dark);
    }

    @Test
    void a_variable_may_name_another_and_colours_may_have_alpha() {
        ThemePalette p = ThemePalette.parse(".root, .x { -a: #102030; -b: -a; -c: rgba(1, 2, 3, 0.5); -d: #abc; } .other { -e: #fff; }");
        assertEquals(new Rgba(16, 32, 48, 1), p.color("-b"));
        assertEquals(new Rgba(1, 2, 3, 0.5), p.color("-c"));
        assertEquals("#aabbcc", p.color("-d").hex());
        assertThrows(IllegalArgumentException.class, () -> p.color("-e"), "only the .root rule defines colours");
    }
}
