package org.cooperatorlab.app.ui.live;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.cooperatorlab.app.ui.common.Palette;
import org.cooperatorlab.physics.CartPoleSwingUp;

/**
 * Draws one CartPole swing-up frame: the track and its limits, the cart, the pole, the force
 * arrow, and a text block with the step count, the return so far and the sensor order.
 *
 * <p>theta = 0 is upright and a positive theta leans the pole towards negative x, so the tip is
 * at (x - l sin theta, l cos theta), as in the reference implementation's renderer.
 */
public final class CartPoleRenderer {

    /** Metres of track shown across the canvas width: the 4.8 m track plus a margin. */
    private static final double VISIBLE_WIDTH_M = 6.0;
    private static final double CART_WIDTH_M = 0.5;
    private static final double CART_HEIGHT_M = 0.25;
    private static final double WHEEL_RADIUS_M = 0.06;
    /** Length of the force arrow for an action of 1, in metres. */
    private static final double ARROW_LENGTH_M = 0.9;

    /**
     * The state to draw.
     *
     * @param x cart position, m
     * @param theta pole angle, rad, 0 upright
     * @param action the last action, in [-1, 1] after clipping
     * @param step steps taken in this episode
     * @param maxSteps steps of a full episode
     * @param episodeReturn sum of rewards so far
     * @param sensorOrder the signal each sensor slot carries now, in slot order
     * @param title a heading such as the model name and where its parameters come from
     * @param status a second line, for example the speed or the end of an episode
     * @param color the colour of cart and pole
     */
    public record Frame(double x, double theta, double action, int step, int maxSteps, double episodeReturn,
            List<String> sensorOrder, String title, String status, Color color) {
    }

    /** Draws {@code frame} over the whole {@code width} x {@code height} area of {@code g}. */
    public void draw(GraphicsContext g, double width, double height, Frame frame, Palette palette) {
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);

        double scale = width / VISIBLE_WIDTH_M;
        double poleLengthPx = CartPoleSwingUp.POLE_LENGTH * scale;
        double trackY = Math.max(poleLengthPx + 110, height * 0.66);
        double centreX = width / 2;

        drawTrack(g, centreX, trackY, scale, palette);

        double cartX = centreX + frame.x() * scale;
        double cartW = CART_WIDTH_M * scale;
        double cartH = CART_HEIGHT_M * scale;
        double wheel = WHEEL_RADIUS_M * scale;
        double cartTop = trackY - wheel * 2 - cartH;

        g.setFill(frame.color());
        g.fillRoundRect(cartX - cartW / 2, cartTop, cartW, cartH, 6, 6);
        g.setFill(palette.foreground());
        g.fillOval(cartX - cartW / 3 - wheel, trackY - 2 * wheel, 2 * wheel, 2 * wheel);
        g.fillOval(cartX + cartW / 3 - wheel, trackY - 2 * wheel, 2 * wheel, 2 * wheel);

        double pivotY = cartTop + cartH * 0.3;
        double tipX = cartX - poleLengthPx * Math.sin(frame.theta());
        double tipY = pivotY - poleLengthPx * Math.cos(frame.theta());
        g.setStroke(frame.color().deriveColor(0, 1, 0.8, 1));
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(Math.max(4, 0.06 * scale));
        g.strokeLine(cartX, pivotY, tipX, tipY);
        g.setFill(palette.foreground());
        g.fillOval(cartX - 4, pivotY - 4, 8, 8);

        drawForceArrow(g, cartX, cartTop + cartH / 2, cartW, frame.action(), scale, palette);
        drawText(g, width, height, frame, palette);
    }

    private static void drawTrack(GraphicsContext g, double centreX, double trackY, double scale, Palette palette) {
        double limit = CartPoleSwingUp.TRACK_LIMIT * scale;
        g.setStroke(palette.grid());
        g.setLineWidth(3);
        g.setLineCap(StrokeLineCap.BUTT);
        g.strokeLine(centreX - limit - 0.2 * scale, trackY, centreX + limit + 0.2 * scale, trackY);
        g.setStroke(palette.warning());
        g.setLineWidth(3);
        g.strokeLine(centreX - limit, trackY - 18, centreX - limit, trackY + 10);
        g.strokeLine(centreX + limit, trackY - 18, centreX + limit, trackY + 10);
        g.setFill(palette.grid());
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int metre = -2; metre <= 2; metre++) {
            double tickX = centreX + metre * scale;
            g.setStroke(palette.grid());
            g.setLineWidth(1);
            g.strokeLine(tickX, trackY, tickX, trackY + 6);
            g.fillText(metre + " m", tickX, trackY + 8);
        }
        g.setFill(palette.warning());
        g.fillText("-2.4 m", centreX - limit, trackY + 22);
        g.fillText("2.4 m", centreX + limit, trackY + 22);
    }

    private static void drawForceArrow(GraphicsContext g, double cartX, double y, double cartW, double action,
            double scale, Palette palette) {
        double a = Math.max(-1, Math.min(1, action));
        if (Math.abs(a) < 1e-3) {
            return;
        }
        double sign = Math.signum(a);
        double startX = cartX + sign * cartW / 2;
        double endX = startX + a * ARROW_LENGTH_M * scale;
        g.setStroke(palette.warning());
        g.setFill(palette.warning());
        g.setLineWidth(3);
        g.strokeLine(startX, y, endX, y);
        double head = Math.min(10, Math.abs(endX - startX));
        g.fillPolygon(new double[] {endX, endX - sign * head, endX - sign * head},
                new double[] {y, y - head / 1.6, y + head / 1.6}, 3);
    }

    private static void drawText(GraphicsContext g, double width, double height, Frame frame, Palette palette) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(palette.foreground());
        g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 14));
        g.fillText(frame.title(), 12, 10, width - 24);
        g.setFont(Font.font(12));
        g.fillText(String.format(Locale.ROOT, "step %d / %d    return %.1f    force %+.2f", frame.step(),
                frame.maxSteps(), frame.episodeReturn(), frame.action()), 12, 32);
        g.fillText(SensorOrderText.describe(frame.sensorOrder()), 12, 50, width - 24);
        if (frame.status() != null && !frame.status().isEmpty()) {
            g.setFill(palette.grid().interpolate(palette.foreground(), 0.6));
            String[] lines = frame.status().split("\n");
            for (int i = 0; i < lines.length; i++) {
                g.fillText(lines[i], 12, 68 + 18 * i, width - 24);
            }
        }
    }
}
