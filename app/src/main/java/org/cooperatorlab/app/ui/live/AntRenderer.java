package org.cooperatorlab.app.ui.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.cooperatorlab.app.ui.common.Palette;
import org.cooperatorlab.physics.AntPose2d;
import org.cooperatorlab.physics.AntPose3d;
import org.cooperatorlab.physics.BodyPose2d;
import org.cooperatorlab.physics.BodyPose3d;

/**
 * Draws the 2D and 3D Ants from their poses. The camera follows the torso along x and the ground
 * carries a tick every metre, so forward motion is visible. The 2D Ant is drawn from the side; the
 * 3D Ant in an oblique projection (screen x = x + 0.4 y, screen up = z + 0.25 y), far parts first.
 * Feet in contact with the ground are marked.
 */
public final class AntRenderer {

    /** Metres shown across the canvas width. */
    private static final double VISIBLE_WIDTH_M = 4.0;
    private static final double OBLIQUE_X = 0.4;
    private static final double OBLIQUE_UP = 0.25;

    /** Text block contents besides the pose. */
    public record Labels(String title, int step, int maxSteps, double episodeReturn, List<String> sensorOrder,
            String status, Color color) {
    }

    /** Draws the 2D Ant over the whole {@code width} x {@code height} area. */
    public void draw(GraphicsContext g, double width, double height, AntPose2d pose, Labels labels, Palette palette) {
        double scale = width / VISIBLE_WIDTH_M;
        double groundY = height * 0.78;
        double cameraX = pose.torso().x();
        drawGround(g, width, height, groundY, cameraX, scale, palette);
        for (int leg = 0; leg < pose.upperLegs().size(); leg++) {
            Color legColor = labels.color().deriveColor(0, 1, leg % 2 == 0 ? 0.75 : 1.0, 1);
            drawBox(g, pose.upperLegs().get(leg), legColor, cameraX, width, groundY, scale);
            drawBox(g, pose.lowerLegs().get(leg), legColor, cameraX, width, groundY, scale);
            if (pose.footContacts().get(leg)) {
                BodyPose2d shin = pose.lowerLegs().get(leg);
                double footX = shin.x() + shin.halfLength() * Math.cos(shin.angle());
                double footY = shin.y() + shin.halfLength() * Math.sin(shin.angle());
                double[] foot = screen2d(footX, footY, cameraX, width, groundY, scale);
                drawContact(g, foot[0], foot[1], palette);
            }
        }
        drawBox(g, pose.torso(), labels.color(), cameraX, width, groundY, scale);
        drawText(g, width, labels, pose.distance(), palette);
    }

    /** Draws the 3D Ant over the whole {@code width} x {@code height} area. */
    public void draw(GraphicsContext g, double width, double height, AntPose3d pose, Labels labels, Palette palette) {
        double scale = width / VISIBLE_WIDTH_M;
        double groundY = height * 0.78;
        double cameraX = pose.torso().x();
        drawGround(g, width, height, groundY, cameraX, scale, palette);

        List<BodyPose3d> parts = new ArrayList<>();
        parts.addAll(pose.hipCapsules());
        parts.addAll(pose.upperLegs());
        parts.addAll(pose.lowerLegs());
        parts.sort(Comparator.comparingDouble(BodyPose3d::y).reversed());
        g.setLineCap(StrokeLineCap.ROUND);
        for (BodyPose3d part : parts) {
            double[] a = endpoint(part, 1);
            double[] b = endpoint(part, -1);
            double[] sa = screen3d(a[0], a[1], a[2], cameraX, width, groundY, scale);
            double[] sb = screen3d(b[0], b[1], b[2], cameraX, width, groundY, scale);
            double shade = part.y() > pose.torso().y() ? 0.7 : 1.0;
            g.setStroke(labels.color().deriveColor(0, 1, shade, 1));
            g.setLineWidth(Math.max(2, 2 * part.radius() * scale));
            g.strokeLine(sa[0], sa[1], sb[0], sb[1]);
        }

        BodyPose3d torso = pose.torso();
        double[] centre = screen3d(torso.x(), torso.y(), torso.z(), cameraX, width, groundY, scale);
        double radius = torso.radius() * scale;
        g.setFill(labels.color());
        g.fillOval(centre[0] - radius, centre[1] - radius, 2 * radius, 2 * radius);

        for (int leg = 0; leg < pose.lowerLegs().size(); leg++) {
            if (pose.footContacts().get(leg)) {
                BodyPose3d shin = pose.lowerLegs().get(leg);
                double[] foot = lowestEndpoint(shin);
                double[] s = screen3d(foot[0], foot[1], foot[2], cameraX, width, groundY, scale);
                drawContact(g, s[0], s[1], palette);
            }
        }
        drawText(g, width, labels, pose.distance(), palette);
    }

    private static double[] lowestEndpoint(BodyPose3d part) {
        double[] a = endpoint(part, 1);
        double[] b = endpoint(part, -1);
        return a[2] < b[2] ? a : b;
    }

    /** Returns one end of a capsule's axis: centre plus or minus R(q) (0, 0, length / 2). */
    private static double[] endpoint(BodyPose3d part, int sign) {
        double w = part.qw();
        double x = part.qx();
        double y = part.qy();
        double z = part.qz();
        double half = sign * part.length() / 2;
        double dx = 2 * (x * z + w * y) * half;
        double dy = 2 * (y * z - w * x) * half;
        double dz = (1 - 2 * (x * x + y * y)) * half;
        return new double[] {part.x() + dx, part.y() + dy, part.z() + dz};
    }

    private static double[] screen2d(double x, double y, double cameraX, double width, double groundY, double scale) {
        return new double[] {width / 2 + (x - cameraX) * scale, groundY - y * scale};
    }

    private static double[] screen3d(double x, double y, double z, double cameraX, double width, double groundY,
            double scale) {
        return new double[] {width / 2 + (x - cameraX + OBLIQUE_X * y) * scale, groundY - (z + OBLIQUE_UP * y) * scale};
    }

    private static void drawBox(GraphicsContext g, BodyPose2d body, Color color, double cameraX, double width,
            double groundY, double scale) {
        double cos = Math.cos(body.angle());
        double sin = Math.sin(body.angle());
        double[] xs = new double[4];
        double[] ys = new double[4];
        double[][] corners = {{1, 1}, {1, -1}, {-1, -1}, {-1, 1}};
        for (int i = 0; i < 4; i++) {
            double along = corners[i][0] * body.halfLength();
            double across = corners[i][1] * body.halfWidth();
            double[] s = screen2d(body.x() + along * cos - across * sin, body.y() + along * sin + across * cos, cameraX,
                    width, groundY, scale);
            xs[i] = s[0];
            ys[i] = s[1];
        }
        g.setFill(color);
        g.fillPolygon(xs, ys, 4);
    }

    private static void drawContact(GraphicsContext g, double x, double y, Palette palette) {
        g.setFill(palette.warning());
        g.fillOval(x - 4, y - 4, 8, 8);
    }

    private static void drawGround(GraphicsContext g, double width, double height, double groundY, double cameraX,
            double scale, Palette palette) {
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        g.setStroke(palette.grid());
        g.setLineWidth(2);
        g.strokeLine(0, groundY, width, groundY);
        g.setFill(palette.grid());
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double half = width / 2 / scale;
        for (long metre = (long) Math.floor(cameraX - half); metre <= cameraX + half; metre++) {
            double x = width / 2 + (metre - cameraX) * scale;
            g.setLineWidth(1);
            g.strokeLine(x, groundY, x, groundY + 6);
            g.fillText(metre + " m", x, groundY + 8);
        }
    }

    private static void drawText(GraphicsContext g, double width, Labels labels, double distance, Palette palette) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(palette.foreground());
        g.setFont(Font.font(null, FontWeight.BOLD, 14));
        g.fillText(labels.title(), 12, 10, width - 24);
        g.setFont(Font.font(12));
        g.fillText(String.format(Locale.ROOT, "step %d / %d    return %.1f    distance %+.2f m", labels.step(),
                labels.maxSteps(), labels.episodeReturn(), distance), 12, 32, width - 24);
        g.fillText(SensorOrderText.describe(labels.sensorOrder()), 12, 50, width - 24);
        if (labels.status() != null && !labels.status().isEmpty()) {
            g.setFill(palette.grid().interpolate(palette.foreground(), 0.6));
            String[] lines = labels.status().split("\n");
            for (int i = 0; i < lines.length; i++) {
                g.fillText(lines[i], 12, 68 + 18 * i, width - 24);
            }
        }
    }
}
