package stepwise.canvas.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import stepwise.canvas.diagram.EdgePath;
import stepwise.canvas.diagram.NodeGeometry;
import stepwise.canvas.diagram.Rgba;
import stepwise.canvas.diagram.StateIcons;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.Point;

/** Paints the picture into an image with Java2D; works headless. */
final class Java2dPainter implements Painter {
    /** Larger pictures would take more memory than a desktop has to spare. */
    static final long MAX_PIXELS = 400_000_000L;

    private final double scale;
    private BufferedImage image;
    private Graphics2D g;

    Java2dPainter(double scale) {
        this.scale = scale;
    }

    @Override
    public void begin(Box bounds, Rgba background) {
        int w = Math.max(1, (int) Math.ceil(bounds.width() * scale));
        int h = Math.max(1, (int) Math.ceil(bounds.height() * scale));
        if ((long) w * h > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the picture would be %d x %d pixels; use a smaller --scale or export SVG", w, h));
        }
        image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(scale, scale);
        g.translate(-bounds.x(), -bounds.y());
        g.setColor(awt(background));
        g.fill(new java.awt.geom.Rectangle2D.Double(bounds.x(), bounds.y(), bounds.width(), bounds.height()));
    }

    BufferedImage finish() {
        g.dispose();
        return image;
    }

    @Override
    public void group(String cssClass, Map<String, String> data) {
        // Java2D has no groups.
    }

    @Override
    public void endGroup() {
        // Java2D has no groups.
    }

    @Override
    public void tooltip(String text) {
        // A picture has no tooltips.
    }

    @Override
    public void rect(Box box, double corner, Rgba fill, Rgba stroke, double strokeWidth, boolean dashed) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), corner * 2, corner * 2);
        if (fill != null) {
            g.setColor(awt(fill));
            g.fill(shape);
        }
        if (stroke != null && strokeWidth > 0) {
            g.setColor(awt(stroke));
            g.setStroke(stroke(strokeWidth, dashed));
            g.draw(shape);
        }
    }

    @Override
    public void circle(Point center, double radius, Rgba fill) {
        g.setColor(awt(fill));
        g.fill(new Ellipse2D.Double(center.x() - radius, center.y() - radius, radius * 2, radius * 2));
    }

    @Override
    public void path(EdgePath path, Rgba stroke, double width, boolean dashed) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(path.start().x(), path.start().y());
        for (EdgePath.Step s : path.steps()) {
            if (s.isCurve()) {
                p.quadTo(s.control().x(), s.control().y(), s.to().x(), s.to().y());
            } else {
                p.lineTo(s.to().x(), s.to().y());
            }
        }
        g.setColor(awt(stroke));
        g.setStroke(stroke(width, dashed));
        g.draw(p);
    }

    @Override
    public void polygon(List<Point> points, Rgba fill) {
        if (points.isEmpty()) {
            return;
        }
        Path2D.Double p = new Path2D.Double();
        p.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            p.lineTo(points.get(i).x(), points.get(i).y());
        }
        p.closePath();
        g.setColor(awt(fill));
        g.fill(p);
    }

    @Override
    public void text(String text, double x, double baseline, TextRole role, Rgba fill, Anchor anchor) {
        Font f = font(role);
        g.setFont(f);
        g.setColor(awt(fill));
        double left = anchor == Anchor.MIDDLE ? x - textWidth(text, role) / 2 : x;
        g.drawString(text, (float) left, (float) baseline);
    }

    @Override
    public void icon(String pathData, double x, double y, double size, Rgba stroke) {
        Path2D.Double p = SvgPathData.toPath(pathData);
        Graphics2D ig = (Graphics2D) g.create();
        ig.translate(x, y);
        double s = size / StateIcons.GRID;
        ig.scale(s, s);
        ig.setColor(awt(stroke));
        ig.setStroke(new BasicStroke((float) NodeGeometry.ICON_STROKE, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        ig.draw(p);
        ig.dispose();
    }

    @Override
    public double textWidth(String text, TextRole role) {
        return font(role).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    private static Font font(TextRole role) {
        return new Font(Font.SANS_SERIF, role.bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) role.size);
    }

    private static BasicStroke stroke(double width, boolean dashed) {
        return dashed
                ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 4f}, 0f)
                : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static Color awt(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }
}
