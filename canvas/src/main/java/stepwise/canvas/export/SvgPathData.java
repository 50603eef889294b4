package stepwise.canvas.export;

import java.awt.geom.Path2D;

/** Reads the SVG path data the icons use (absolute M, L, H, V, C, Z) into a Java2D path. */
final class SvgPathData {
    private SvgPathData() {
    }

    static Path2D.Double toPath(String data) {
        Path2D.Double p = new Path2D.Double();
        String[] tokens = data.trim().replaceAll("([MLHVCZmlhvcz])", " $1 ").trim().split("[\\s,]+");
        int i = 0;
        char command = 'M';
        double x = 0;
        double y = 0;
        while (i < tokens.length) {
            String t = tokens[i];
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                if (command == 'Z' || command == 'z') {
                    p.closePath();
                    continue;
                }
            }
            switch (command) {
                case 'M' -> {
                    x = Double.parseDouble(tokens[i++]);
                    y = Double.parseDouble(tokens[i++]);
                    p.moveTo(x, y);
                    command = 'L';
                }
                case 'L' -> {
                    x = Double.parseDouble(tokens[i++]);
                    y = Double.parseDouble(tokens[i++]);
                    p.lineTo(x, y);
                }
                case 'H' -> {
                    x = Double.parseDouble(tokens[i++]);
                    p.lineTo(x, y);
                }
                case 'V' -> {
                    y = Double.parseDouble(tokens[i++]);
                    p.lineTo(x, y);
                }
                case 'C' -> {
                    double x1 = Double.parseDouble(tokens[i++]);
                    double y1 = Double.parseDouble(tokens[i++]);
                    double x2 = Double.parseDouble(tokens[i++]);
                    double y2 = Double.parseDouble(tokens[i++]);
                    x = Double.parseDouble(tokens[i++]);
                    y = Double.parseDouble(tokens[i++]);
                    p.curveTo(x1, y1, x2, y2, x, y);
                }
                default -> throw new IllegalArgumentException("unsupported path command " + command + " in " + data);
            }
        }
        return p;
    }
}
