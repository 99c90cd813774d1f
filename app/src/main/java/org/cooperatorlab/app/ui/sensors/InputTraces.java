package org.cooperatorlab.app.ui.sensors;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.cooperatorlab.app.ui.common.CanvasPane;
import org.cooperatorlab.app.ui.common.Palette;
import org.cooperatorlab.app.ui.live.TraceHistory;
import org.cooperatorlab.model.LayerTrace;

/**
 * Live traces of every input slot over the steps kept in a {@link TraceHistory}: one lane per slot,
 * each scaled to its own range, labelled with the signal the slot carries now. Dashed lines mark
 * sensor-order changes, where a slot's trace jumps to another signal.
 */
public final class InputTraces extends CanvasPane {

    private static final double LABEL_WIDTH = 86;
    private Palette palette = Palette.LIGHT;

    public InputTraces() {
        super(420, 160);
        setId("input-traces");
        getStyleClass().add("input-traces");
        Tooltip.install(this, new Tooltip("What each sensor slot fed the agent over the last seconds. "
                + "Dashed lines mark sensor-order changes."));
    }

    public void setPalette(Palette newPalette) {
        palette = newPalette;
    }

    /** Draws the inputs stored in {@code history}, with {@code names.get(i)} labelling slot i. */
    public void draw(TraceHistory history, List<String> names, double stepSeconds) {
        GraphicsContext g = canvas().getGraphicsContext2D();
        double width = canvas().getWidth();
        double height = canvas().getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        int n = history == null ? 0 : history.size();
        int slots = names.size();
        if (n == 0 || slots == 0) {
            g.setFill(palette.foreground());
            g.setFont(Font.font(12));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText("Input traces appear while an agent plays.", 8, 8);
            return;
        }
        double laneHeight = (height - 16) / slots;
        double left = LABEL_WIDTH;
        double span = width - left - 6;
        double capacity = history.capacity();

        g.setStroke(palette.grid());
        g.setLineDashes(4, 4);
        for (int i = 0; i < n; i++) {
            if (history.orderChangedBefore(i)) {
                double x = left + span * (capacity - n + i) / capacity;
                g.strokeLine(x, 0, x, height - 16);
            }
        }
        g.setLineDashes(null);

        g.setFont(Font.font(Math.max(8, Math.min(11, laneHeight - 2))));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double[] values = new double[n];
        for (int slot = 0; slot < slots; slot++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                LayerTrace trace = history.get(i);
                double[] observation = trace.observation();
                values[i] = observation != null && slot < observation.length ? observation[slot] : Double.NaN;
                if (Double.isFinite(values[i])) {
                    min = Math.min(min, values[i]);
                    max = Math.max(max, values[i]);
                }
            }
            double laneTop = slot * laneHeight;
            g.setFill(palette.foreground());
            g.fillText(names.get(slot), left - 6, laneTop + laneHeight / 2, left - 8);
            if (!(max >= min)) {
                continue;
            }
            if (max - min < 1e-9) {
                max = min + 1e-9;
            }
            g.setStroke(slot % 2 == 0 ? palette.primary() : palette.secondary());
            g.setLineWidth(1.2);
            g.beginPath();
            boolean started = false;
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(values[i])) {
                    started = false;
                    continue;
                }
                double x = left + span * (capacity - n + i) / capacity;
                double y = laneTop + laneHeight - 2 - (values[i] - min) / (max - min) * (laneHeight - 4);
                if (started) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                    started = true;
                }
            }
            g.stroke();
        }
        g.setFill(palette.grid().interpolate(palette.foreground(), 0.5));
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(String.format(Locale.ROOT, "last %.1f s of simulated time; each lane scaled to its own range",
                capacity * stepSeconds), left, height - 1);
    }
}
