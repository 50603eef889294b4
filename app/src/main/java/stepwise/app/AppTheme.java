package stepwise.app;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import stepwise.assets.Assets;
import stepwise.canvas.diagram.ThemePalette;

/**
 * The application's look in one theme: the theme's palette (named colours, light or dark) first, then
 * each view's stylesheet, which only uses those names. Every window and dialog applies it the same way.
 */
public final class AppTheme {
    /** The views' stylesheets, in the order they apply. */
    private static final List<String> VIEW_STYLESHEETS = List.of("theme/editor.css", "theme/start.css", "theme/recovery.css");

    private AppTheme() {
    }

    public static List<String> stylesheets(ThemePalette.Theme theme) {
        List<String> sheets = new ArrayList<>();
        sheets.add(theme.stylesheet().toExternalForm());
        for (String view : VIEW_STYLESHEETS) {
            URL css = Assets.resource(view);
            if (css != null) {
                sheets.add(css.toExternalForm());
            }
        }
        return sheets;
    }

    public static void apply(Scene scene, ThemePalette.Theme theme) {
        scene.getStylesheets().setAll(stylesheets(theme));
    }
}
