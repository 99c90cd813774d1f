package org.cooperatorlab.app.ui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.cooperatorlab.app.ui.common.Palette;
import org.cooperatorlab.physics.AntPose2d;
import org.cooperatorlab.physics.BodyPose2d;

/**
 * Draws one frame of a side view of an Ant. The frame shows the ground with a tick every 0.5 m and
 * a label every metre, the torso, the two segments of each leg and a marker under every foot that
 * touches the ground. A text block gives the step count, the return, the distance walked and the
 * sensor order. The camera follows the torso horizontally, so the ground scrolls under the walker.
 *
 * <p>World coordinates are metres with y up and the ground at y = 0; screen x = centre +
 * (x - torso x) * scale and screen y = ground line - y * scale.
 */
public final class Ant2dRenderer {

    /** Metres of ground shown across the canvas width: the walker is about 1.6 m long with its legs out. */
    private static final double VISIBLE_WIDTH_M = 4.0;
    /** Metres of height that must fit above the ground line: a standing walker is about 0.7 m tall. */
    private static final double VISIBLE_HEIGHT_M = 1.4;
    private static final double TICK_M = 0.5;
    /** Radius of a foot contact marker, drawn on the ground line under the foot, in pixels. */
    private static final double CONTACT_MARKER_PX = 6;
    /** Top of the drawing area below the text block, in pixels. */
    static final double TEXT_BLOCK_HEIGHT = 104;

    /**
     * The walker and the episode figures to draw.
     *
     * @param pose the walker's bodies, in metres
     * @param farLegs indices of the legs on the far side, drawn first and paler
     * @param step steps taken in this episode
     * @param maxSteps steps of a full episode
     * @param episodeReturn sum of rewards so far
     * @param sensorOrder the signal each sensor slot carries now, in slot order
     * @param observationNames the environment's observations in their natural order
     * @param title a heading such as the model name and where its parameters come from
     * @param status further lines, for example the speed or the end of an episode
     * @param color the colour of the torso and legs
     */
    public record Frame(AntPose2d pose, Set<Integer> farLegs, int step, int maxSteps, double episodeReturn,
            List<String> sensorOrder, List<String> observationNames, String title, String status, Color color) {

        public Frame {
            farLegs = Set.copyOf(farLegs);
            sensorOrder = List.copyOf(sensorOrder);
            observationNames = List.copyOf(observationNames);
        }
    }

    /** Draws {@code frame} over the whole {@code width} x {@code height} area of {@code g}. */
    public void draw(GraphicsContext g, double width, double height, Frame frame, Palette palette) {
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        double groundY = groundLine(height);
        double scale = scale(width, height);
        double cameraX = frame.pose().torso().x();
        double centreX = width / 2;
        drawGround(g, width, height, groundY, scale, cameraX, palette);

        Affine saved = g.getTransform();
        g.translate(centreX - cameraX * scale, groundY);
        g.scale(scale, -scale);
        AntPose2d pose = frame.pose();
        Color far = frame.color().interpolate(palette.background(), 0.45);
        Color near = frame.color().deriveColor(0, 1, 0.85, 1);
        for (int pass = 0; pass < 2; pass++) {
            for (int leg = 0; leg < pose.lowerLegs().size(); leg++) {
                boolean isFar = frame.farLegs().contains(leg);
                if (isFar == (pass == 0)) {
                    Color color = isFar ? far : near;
                    drawSegment(g, pose.upperLegs().get(leg), color);
                    drawSegment(g, pose.lowerLegs().get(leg), color);
                }
            }
            if (pass == 0) {
                for (int extra = pose.lowerLegs().size(); extra < pose.upperLegs().size(); extra++) {
                    drawSegment(g, pose.upperLegs().get(extra), near);
                }
                drawTorso(g, pose.torso(), frame.color(), palette);
            }
        }
        g.setTransform(saved);

        g.setFill(palette.warning());
        for (int leg = 0; leg < pose.lowerLegs().size(); leg++) {
            if (leg < pose.footContacts().size() && pose.footContacts().get(leg)) {
                double[] foot = footEnd(pose.lowerLegs().get(leg), pose.upperLegs().get(leg));
                double sx = centreX + (foot[0] - cameraX) * scale;
                double sy = groundY;
                g.fillOval(sx - CONTACT_MARKER_PX, sy - CONTACT_MARKER_PX, 2 * CONTACT_MARKER_PX, 2 * CONTACT_MARKER_PX);
            }
        }
        drawText(g, width, frame.title(), infoLine(frame.step(), frame.maxSteps(), frame.episodeReturn(), pose.distance()),
                sensorOrderText(frame.sensorOrder(), frame.observationNames()), frame.status(), palette);
    }

    /** Pixels per metre for a canvas of this size. */
    static double scale(double width, double height) {
        return Math.min(width / VISIBLE_WIDTH_M, Math.max(20, groundLine(height) - TEXT_BLOCK_HEIGHT) / VISIBLE_HEIGHT_M);
    }

    /** Screen y of the ground, in pixels from the top. */
    static double groundLine(double height) {
        return Math.round(height * 0.82);
    }

    /** Returns the foot: the end of the lower segment farther from the centre of the upper one, whatever the leg's angle. */
    private static double[] footEnd(BodyPose2d lower, BodyPose2d upper) {
        double dx = lower.halfLength() * Math.cos(lower.angle());
        double dy = lower.halfLength() * Math.sin(lower.angle());
        double plus = Math.hypot(lower.x() + dx - upper.x(), lower.y() + dy - upper.y());
        double minus = Math.hypot(lower.x() - dx - upper.x(), lower.y() - dy - upper.y());
        return plus >= minus ? new double[] {lower.x() + dx, lower.y() + dy} : new double[] {lower.x() - dx, lower.y() - dy};
    }

    private static void drawGround(GraphicsContext g, double width, double height, double groundY, double scale,
            double cameraX, Palette palette) {
        g.setFill(palette.grid().interpolate(palette.background(), 0.6));
        g.fillRect(0, groundY, width, height - groundY);
        g.setStroke(palette.grid().interpolate(palette.foreground(), 0.3));
        g.setLineWidth(2);
        g.setLineCap(StrokeLineCap.BUTT);
        g.strokeLine(0, groundY, width, groundY);
        double halfSpan = width / 2 / scale;
        long first = (long) Math.floor((cameraX - halfSpan) / TICK_M);
        long last = (long) Math.ceil((cameraX + halfSpan) / TICK_M);
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(1);
        for (long tick = first; tick <= last; tick++) {
            double metres = tick * TICK_M;
            double x = width / 2 + (metres - cameraX) * scale;
            boolean whole = tick % 2 == 0;
            g.setStroke(palette.grid().interpolate(palette.foreground(), 0.3));
            g.strokeLine(x, groundY, x, groundY + (whole ? 9 : 5));
            if (whole) {
                g.setFill(palette.grid().interpolate(palette.foreground(), 0.6));
                g.fillText(String.format(Locale.ROOT, "%.0f m", metres), x, groundY + 11);
            }
        }
    }

    private static void drawSegment(GraphicsContext g, BodyPose2d segment, Color color) {
        double dx = segment.halfLength() * Math.cos(segment.angle());
        double dy = segment.halfLength() * Math.sin(segment.angle());
        g.setStroke(color);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(2 * segment.halfWidth());
        g.strokeLine(segment.x() - dx, segment.y() - dy, segment.x() + dx, segment.y() + dy);
    }

    private static void drawTorso(GraphicsContext g, BodyPose2d torso, Color color, Palette palette) {
        Affine saved = g.getTransform();
        g.translate(torso.x(), torso.y());
        g.rotate(Math.toDegrees(torso.angle()));
        double arc = 2 * Math.min(torso.halfLength(), torso.halfWidth());
        g.setFill(color);
        g.fillRoundRect(-torso.halfLength(), -torso.halfWidth(), 2 * torso.halfLength(), 2 * torso.halfWidth(), arc, arc);
        g.setStroke(palette.foreground());
        g.setLineWidth(0.01);
        g.strokeRoundRect(-torso.halfLength(), -torso.halfWidth(), 2 * torso.halfLength(), 2 * torso.halfWidth(), arc, arc);
        g.setFill(palette.background());
        double eye = 0.6 * Math.min(torso.halfWidth(), 0.05);
        g.fillOval(torso.halfLength() * 0.75 - eye, -eye, 2 * eye, 2 * eye);
        g.setTransform(saved);
    }

    /** Formats the second text line: step, return and distance walked. */
    static String infoLine(int step, int maxSteps, double episodeReturn, double distance) {
        return String.format(Locale.ROOT, "step %d / %d    return %.1f    distance %+.2f m", step, maxSteps, episodeReturn,
                distance);
    }

    /**
     * Formats the sensor order in a line short enough for 25 or more sensors: "natural" when every
     * slot carries its own observation, otherwise the observation index in each slot, with
     * {@code n0}, {@code n1}... for noise sensors.
     */
    static String sensorOrderText(List<String> sensorOrder, List<String> observationNames) {
        if (sensorOrder.equals(observationNames)) {
            return "sensor order: natural (" + sensorOrder.size() + " sensors)";
        }
        StringBuilder text = new StringBuilder("sensor order (observation in each slot):");
        for (String name : sensorOrder) {
            int index = observationNames.indexOf(name);
            text.append(' ').append(index >= 0 ? String.valueOf(index) : name.replace("noise_", "n"));
        }
        return text.toString();
    }

    /** Draws the title, the figures, the sensor order and the status lines in the top-left corner. */
    static void drawText(GraphicsContext g, double width, String title, String info, String sensorOrder,
            String status, Palette palette) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(palette.foreground());
        g.setFont(Font.font(null, FontWeight.BOLD, 14));
        g.fillText(title, 12, 10, width - 24);
        g.setFont(Font.font(12));
        g.fillText(info, 12, 32, width - 24);
        g.fillText(sensorOrder, 12, 50, width - 24);
        if (status != null && !status.isEmpty()) {
            g.setFill(palette.grid().interpolate(palette.foreground(), 0.6));
            String[] lines = status.split("\n");
            for (int i = 0; i < lines.length; i++) {
                g.fillText(lines[i], 12, 68 + 18 * i, width - 24);
            }
        }
    }

    /** Legs to draw on the far side of a side view seen from the right: the left legs. */
    public static Set<Integer> farLegs(List<String> legNames) {
        List<Integer> far = new ArrayList<>();
        for (int i = 0; i < legNames.size(); i++) {
            if (legNames.get(i).contains("left")) {
                far.add(i);
            }
        }
        return Set.copyOf(far);
    }
}
