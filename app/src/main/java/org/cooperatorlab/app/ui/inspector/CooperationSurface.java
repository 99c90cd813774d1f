package org.cooperatorlab.app.ui.inspector;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.cooperatorlab.app.ui.common.CanvasPane;
import org.cooperatorlab.app.ui.common.Palette;
import org.cooperatorlab.model.ModelKind;

/**
 * The transfer function K = f(R, C) drawn as a surface over the (R, C) plane, seen from above:
 * colour is K on the diverging map, with contour lines at whole values, and every live neuron
 * (one point per sensor and unit) plotted at its current (R, C). Points outside the plotted
 * range sit on its border.
 */
public final class CooperationSurface extends CanvasPane {

    /** Half-width of the plotted R and C range. */
    private static final double RANGE = 3.0;
    /** Colour limit of K; TM1 and TM4 grow exponentially and would wash out the rest. */
    private static final double K_LIMIT = 8.0;
    private static final double MARGIN = 30;

    private ModelKind kind;
    private WritableImage surface;
    private double[][] receptiveField;
    private double[][] context;
    private Palette palette = Palette.LIGHT;

    public CooperationSurface() {
        super(260, 260);
        getStyleClass().add("cooperation-surface");
        setOnResize(() -> {
            surface = null;
            draw();
        });
        Tooltip.install(this, new Tooltip("The cooperation transfer function over receptive field R (across) and "
                + "context C (up); dots are the live neurons, one per sensor and unit."));
    }

    /** Sets the model whose transfer function is drawn; a model without one shows a note. */
    public void setKind(ModelKind newKind) {
        if (newKind != kind) {
            kind = newKind;
            surface = null;
            draw();
        }
    }

    public void setPalette(Palette newPalette) {
        palette = newPalette;
        draw();
    }

    /** Plots the live neurons at (R[i][k], C[i][k]); null hides them. The arrays are only read. */
    public void setNeurons(double[][] r, double[][] c) {
        receptiveField = r;
        context = c;
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas().getGraphicsContext2D();
        double width = canvas().getWidth();
        double height = canvas().getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        g.setFill(palette.foreground());
        g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        if (kind == null || !TransferFunctions.applies(kind)) {
            g.fillText(kind == null ? "No transfer function: no model is shown."
                    : "No transfer function: " + kind.displayName() + " has no context C.", 6, 4, width - 12);
            return;
        }
        g.fillText(TransferFunctions.formula(kind) + String.format(Locale.ROOT, "   colour: K from %.0f to %.0f",
                -K_LIMIT, K_LIMIT), 6, 4, width - 12);
        double side = Math.max(10, Math.min(width, height - 18) - MARGIN - 6);
        double left = MARGIN;
        double top = 20;
        if (surface == null || surface.getWidth() != Math.round(side)) {
            surface = renderSurface((int) Math.round(side));
        }
        g.drawImage(surface, left, top);
        drawAxes(g, left, top, side);
        drawNeurons(g, left, top, side);
    }

    private WritableImage renderSurface(int side) {
        WritableImage image = new WritableImage(side, side);
        PixelWriter pixels = image.getPixelWriter();
        double contourWidth = 2 * RANGE / side * 1.5;
        for (int py = 0; py < side; py++) {
            double c = RANGE - 2 * RANGE * (py + 0.5) / side;
            for (int px = 0; px < side; px++) {
                double r = -RANGE + 2 * RANGE * (px + 0.5) / side;
                double k = TransferFunctions.apply(kind, r, c);
                Color color = DivergingColorMap.color(k, K_LIMIT);
                double nearest = Math.rint(k);
                double slope = Math.abs(TransferFunctions.apply(kind, r + contourWidth, c) - k)
                        + Math.abs(TransferFunctions.apply(kind, r, c + contourWidth) - k);
                if (Double.isFinite(k) && Math.abs(k - nearest) < slope / 2 && Math.abs(nearest) <= K_LIMIT) {
                    color = color.deriveColor(0, 1, 0.75, 1);
                }
                pixels.setColor(px, py, color);
            }
        }
        return image;
    }

    private void drawAxes(GraphicsContext g, double left, double top, double side) {
        g.setStroke(palette.foreground());
        g.setLineWidth(1);
        g.strokeRect(left, top, side, side);
        g.setFill(palette.foreground());
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int v = (int) -RANGE; v <= RANGE; v++) {
            double x = left + (v + RANGE) / (2 * RANGE) * side;
            g.fillText(String.valueOf(v), x, top + side + 2);
        }
        g.fillText("R", left + side / 2, top + side + 12);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int v = (int) -RANGE; v <= RANGE; v++) {
            double y = top + (RANGE - v) / (2 * RANGE) * side;
            g.fillText(String.valueOf(v), left - 4, y);
        }
        g.fillText("C", left - 16, top + side / 2 - 12);
    }

    private void drawNeurons(GraphicsContext g, double left, double top, double side) {
        if (receptiveField == null || context == null) {
            return;
        }
        g.setFill(palette.foreground().deriveColor(0, 1, 1, 0.75));
        g.setStroke(palette.background());
        g.setLineWidth(0.5);
        for (int i = 0; i < receptiveField.length && i < context.length; i++) {
            for (int k = 0; k < receptiveField[i].length && k < context[i].length; k++) {
                double r = clamp(receptiveField[i][k]);
                double c = clamp(context[i][k]);
                if (Double.isNaN(r) || Double.isNaN(c)) {
                    continue;
                }
                double x = left + (r + RANGE) / (2 * RANGE) * side;
                double y = top + (RANGE - c) / (2 * RANGE) * side;
                g.fillOval(x - 2.5, y - 2.5, 5, 5);
                g.strokeOval(x - 2.5, y - 2.5, 5, 5);
            }
        }
    }

    private static double clamp(double v) {
        return Math.max(-RANGE, Math.min(RANGE, v));
    }
}
