package stepwise.canvas.diagram;

import java.util.Locale;

/** A colour of the theme, 0-255 per channel, alpha 0-1. */
public record Rgba(int red, int green, int blue, double alpha) {
    /** {@code #rrggbb}, as SVG writes it. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    public boolean isOpaque() {
        return alpha >= 1;
    }
}
