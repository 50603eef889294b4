package stepwise.canvas.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stepwise.assets.Assets;

/**
 * The named colours of a theme, read from the same CSS file that styles the window (the declarations of
 * its {@code .root} rule, such as {@code -sw-state-bg: #ffffff;}), so that exported pictures have
 * exactly the canvas's colours. A variable may name another one.
 */
public final class ThemePalette {
    private static final Pattern BLOCK = Pattern.compile("([^{}]+)\\{([^}]*)}", Pattern.DOTALL);
    private static final Pattern DECLARATION = Pattern.compile("(-[a-zA-Z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    /** The themes shipped in the assets module. */
    public enum Theme {
        LIGHT("theme/light.css"), DARK("theme/dark.css");

        private final String path;

        Theme(String path) {
            this.path = path;
        }

        /** The stylesheet with this theme's colours. */
        public URL stylesheet() {
            return Assets.resource(path);
        }

        public static Theme named(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private final Map<String, String> values;
    private final Map<String, Rgba> resolved = new HashMap<>();

    private ThemePalette(Map<String, String> values) {
        this.values = values;
    }

    public static ThemePalette of(Theme theme) {
        return read(theme.stylesheet());
    }

    public static ThemePalette read(URL css) {
        try (InputStream in = css.openStream()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme " + css, e);
        }
    }

    public static ThemePalette parse(String css) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(COMMENT.matcher(css).replaceAll(""));
        while (block.find()) {
            boolean root = false;
            for (String selector : block.group(1).split(",")) {
                root |= selector.strip().equals(".root");
            }
            if (!root) {
                continue;
            }
            Matcher d = DECLARATION.matcher(block.group(2));
            while (d.find()) {
                values.put(d.group(1), d.group(2).trim());
            }
        }
        return new ThemePalette(values);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The colour named {@code name}, following references to other variables. */
    public Rgba color(String name) {
        Rgba c = resolved.get(name);
        if (c == null) {
            c = resolve(name, 0);
            resolved.put(name, c);
        }
        return c;
    }

    private Rgba resolve(String name, int depth) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the theme has no colour " + name);
        }
        if (value.startsWith("-") && depth < 16) {
            return resolve(value, depth + 1);
        }
        return parseColor(value, name);
    }

    static Rgba parseColor(String value, String name) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("#")) {
            String h = v.substring(1);
            if (h.length() == 3 || h.length() == 4) {
                StringBuilder sb = new StringBuilder();
                for (char ch : h.toCharArray()) {
                    sb.append(ch).append(ch);
                }
                h = sb.toString();
            }
            if (h.length() == 6 || h.length() == 8) {
                int r = Integer.parseInt(h.substring(0, 2), 16);
                int g = Integer.parseInt(h.substring(2, 4), 16);
                int b = Integer.parseInt(h.substring(4, 6), 16);
                double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
                return new Rgba(r, g, b, a);
            }
        }
        if (v.startsWith("rgba(") || v.startsWith("rgb(")) {
            String[] p = v.substring(v.indexOf('(') + 1, v.lastIndexOf(')')).split(",");
            double a = p.length > 3 ? Double.parseDouble(p[3].trim()) : 1;
            return new Rgba(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()), Integer.parseInt(p[2].trim()), a);
        }
        if (v.equals("transparent")) {
            return new Rgba(0, 0, 0, 0);
        }
        throw new IllegalArgumentException("theme colour " + name + " is not a colour the exporter reads: " + value);
    }
}
