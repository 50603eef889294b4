package stepwise.canvas.export;

import static stepwise.canvas.diagram.EdgePath.num;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import stepwise.canvas.diagram.EdgePath;
import stepwise.canvas.diagram.NodeGeometry;
import stepwise.canvas.diagram.Rgba;
import stepwise.canvas.diagram.StateIcons;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.Point;

/** Writes the picture as a standalone SVG document; groups carry the classes and data attributes of the elements. */
final class SvgPainter implements Painter {
    static final String FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

    private final StringBuilder sb = new StringBuilder(64 * 1024);
    private final FontRenderContext frc = new FontRenderContext(null, true, true);
    private final Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    private final Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 1);
    private int depth = 1;

    @Override
    public void begin(Box bounds, Rgba background) {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(bounds.width())).append("\" height=\"")
                .append(num(bounds.height())).append("\" viewBox=\"").append(num(bounds.x())).append(' ').append(num(bounds.y()))
                .append(' ').append(num(bounds.width())).append(' ').append(num(bounds.height())).append("\" font-family=\"")
                .append(FONT_FAMILY).append("\">\n");
        sb.append("  <rect class=\"background\" x=\"").append(num(bounds.x())).append("\" y=\"").append(num(bounds.y()))
                .append("\" width=\"").append(num(bounds.width())).append("\" height=\"").append(num(bounds.height())).append('"');
        fill(background);
        sb.append("/>\n");
    }

    String finish() {
        sb.append("</svg>\n");
        return sb.toString();
    }

    @Override
    public void group(String cssClass, Map<String, String> data) {
        indent().append("<g class=\"").append(escape(cssClass)).append('"');
        for (Map.Entry<String, String> d : data.entrySet()) {
            sb.append(" data-").append(d.getKey()).append("=\"").append(escape(d.getValue())).append('"');
        }
        sb.append(">\n");
        depth++;
    }

    @Override
    public void endGroup() {
        depth--;
        indent().append("</g>\n");
    }

    @Override
    public void tooltip(String text) {
        indent().append("<title>").append(escape(text)).append("</title>\n");
    }

    @Override
    public void rect(Box box, double corner, Rgba fill, Rgba stroke, double strokeWidth, boolean dashed) {
        indent().append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y())).append("\" width=\"")
                .append(num(box.width())).append("\" height=\"").append(num(box.height())).append('"');
        if (corner > 0) {
            sb.append(" rx=\"").append(num(corner)).append('"');
        }
        fill(fill);
        stroke(stroke, strokeWidth, dashed);
        sb.append("/>\n");
    }

    @Override
    public void circle(Point center, double radius, Rgba fill) {
        indent().append("<circle cx=\"").append(num(center.x())).append("\" cy=\"").append(num(center.y())).append("\" r=\"")
                .append(num(radius)).append('"');
        fill(fill);
        sb.append("/>\n");
    }

    @Override
    public void path(EdgePath path, Rgba stroke, double width, boolean dashed) {
        indent().append("<path d=\"").append(path.svg()).append("\" fill=\"none\"");
        stroke(stroke, width, dashed);
        sb.append("/>\n");
    }

    @Override
    public void polygon(List<Point> points, Rgba fill) {
        if (points.isEmpty()) {
            return;
        }
        indent().append("<polygon points=\"");
        for (int i = 0; i < points.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(num(points.get(i).x())).append(',').append(num(points.get(i).y()));
        }
        sb.append('"');
        fill(fill);
        sb.append("/>\n");
    }

    @Override
    public void text(String text, double x, double baseline, TextRole role, Rgba fill, Anchor anchor) {
        indent().append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline)).append("\" font-size=\"")
                .append(num(role.size)).append('"');
        if (role.bold) {
            sb.append(" font-weight=\"600\"");
        }
        if (anchor == Anchor.MIDDLE) {
            sb.append(" text-anchor=\"middle\"");
        }
        fill(fill);
        sb.append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void icon(String pathData, double x, double y, double size, Rgba stroke) {
        double scale = size / StateIcons.GRID;
        indent().append("<path class=\"icon\" d=\"").append(pathData).append("\" transform=\"translate(").append(num(x)).append(' ')
                .append(num(y)).append(") scale(").append(String.format(Locale.ROOT, "%.4f", scale)).append(")\" fill=\"none\"");
        stroke(stroke, NodeGeometry.ICON_STROKE, false);
        sb.append(" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public double textWidth(String text, TextRole role) {
        Font f = (role.bold ? bold : plain).deriveFont((float) role.size);
        return f.getStringBounds(text, frc).getWidth();
    }

    private StringBuilder indent() {
        for (int i = 0; i < depth; i++) {
            sb.append("  ");
        }
        return sb;
    }

    private void fill(Rgba c) {
        if (c == null) {
            sb.append(" fill=\"none\"");
            return;
        }
        sb.append(" fill=\"").append(c.hex()).append('"');
        if (!c.isOpaque()) {
            sb.append(" fill-opacity=\"").append(num(c.alpha())).append('"');
        }
    }

    private void stroke(Rgba c, double width, boolean dashed) {
        if (c == null || width <= 0) {
            return;
        }
        sb.append(" stroke=\"").append(c.hex()).append("\" stroke-width=\"").append(num(width)).append('"');
        if (!c.isOpaque()) {
            sb.append(" stroke-opacity=\"").append(num(c.alpha())).append('"');
        }
        if (dashed) {
            sb.append(" stroke-dasharray=\"5 4\"");
        }
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
