package stepwise.canvas.layout;

/** A point of the drawing, in canvas units (1 unit = 1 pixel at zoom 100 %). */
public record Point(double x, double y) {
    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
