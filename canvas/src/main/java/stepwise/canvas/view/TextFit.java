package stepwise.canvas.view;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Shortens text with an ellipsis to fit a width, measured in the font it is drawn in. FX thread only. */
final class TextFit {
    private static final Text MEASURE = new Text();

    private TextFit() {
    }

    static double width(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    static String fit(String text, Font font, double width) {
        if (text == null || text.isEmpty() || width(text, font) <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(text.substring(0, mid) + "\u2026", font) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + "\u2026";
    }
}
