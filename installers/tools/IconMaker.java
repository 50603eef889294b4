import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the Stepwise application icon (a workflow of three steps on a rounded tile) in the sizes each
 * platform needs: PNGs 16..512 for Linux and the window, an .ico for Windows and an .icns for macOS.
 *
 *   java installers/tools/IconMaker.java OUT_DIR
 */
public final class IconMaker {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);
        List<byte[]> pngs = new ArrayList<>();
        for (int size : SIZES) {
            byte[] png = png(draw(size));
            pngs.add(png);
            Files.write(out.resolve("stepwise-" + size + ".png"), png);
        }
        Files.write(out.resolve("stepwise.ico"), ico(pngs));
        Files.write(out.resolve("stepwise.icns"), icns(pngs));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 64.0;
        g.scale(s, s);
        g.setPaint(new GradientPaint(0, 0, new Color(0x4F46E5), 64, 64, new Color(0x0EA5E9)));
        g.fill(new RoundRectangle2D.Double(2, 2, 60, 60, 16, 16));
        Color line = new Color(255, 255, 255, 210);
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(line);
        g.draw(new Line2D.Double(32, 18, 32, 27));
        g.draw(new Line2D.Double(32, 27, 19, 37));
        g.draw(new Line2D.Double(32, 27, 45, 37));
        g.draw(new Line2D.Double(19, 41, 32, 48));
        g.draw(new Line2D.Double(45, 41, 32, 48));
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(22, 9, 20, 10, 5, 5));
        g.fill(new RoundRectangle2D.Double(9, 34, 20, 10, 5, 5));
        g.setColor(new Color(0xFDE68A));
        g.fill(new RoundRectangle2D.Double(35, 34, 20, 10, 5, 5));
        g.setColor(Color.WHITE);
        g.fill(new java.awt.geom.Ellipse2D.Double(27.5, 45, 9, 9));
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** An .ico with PNG-compressed entries (Windows Vista and later) for the sizes up to 256. */
    static byte[] ico(List<byte[]> pngs) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < SIZES.length; i++) {
            if (SIZES[i] <= 256) {
                idx.add(i);
            }
        }
        int headerSize = 6 + 16 * idx.size();
        int total = headerSize + idx.stream().mapToInt(i -> pngs.get(i).length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) idx.size());
        int offset = headerSize;
        for (int i : idx) {
            int size = SIZES[i];
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        for (int i : idx) {
            b.put(pngs.get(i));
        }
        return b.array();
    }

    /** An .icns with PNG entries: icp4 (16), icp5 (32), icp6 (64), ic07 (128), ic08 (256), ic09 (512). */
    static byte[] icns(List<byte[]> pngs) throws IOException {
        String[][] types = {{"16", "icp4"}, {"32", "icp5"}, {"64", "icp6"}, {"128", "ic07"}, {"256", "ic08"}, {"512", "ic09"}};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (String[] t : types) {
            int size = Integer.parseInt(t[0]);
            for (int i = 0; i < SIZES.length; i++) {
                if (SIZES[i] == size) {
                    d.writeBytes(t[1]);
                    d.writeInt(8 + pngs.get(i).length);
                    d.write(pngs.get(i));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
