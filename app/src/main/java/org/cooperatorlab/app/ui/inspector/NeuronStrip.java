package org.cooperatorlab.app.ui.inspector;

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
 * The recent history of one chosen value (a quantity, a row and a column), drawn as a line over
 * the steps kept in a {@link TraceHistory}. Dashed vertical lines mark steps where the sensor
 * order changed.
 */
public final class NeuronStrip extends CanvasPane {

    private Quantity quantity = Quantity.K;
    private int row;
    private int column;
    private String rowLabel = "";
    private Palette palette = Palette.LIGHT;

    public NeuronStrip() {
        super(320, 110);
        getStyleClass().add("neuron-strip");
        Tooltip.install(this, new Tooltip("Recent history of the chosen cell; click a cell of any heatmap to choose it. "
                + "Dashed lines mark sensor-order changes."));
    }

    /** Follows {@code quantity[row][column]}; the label names the row's signal. */
    public void select(Quantity newQuantity, int newRow, int newColumn, String newRowLabel) {
        quantity = newQuantity;
        row = newRow;
        column = newColumn;
        rowLabel = newRowLabel;
    }

    public Quantity quantity() {
        return quantity;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }

    public void setPalette(Palette newPalette) {
        palette = newPalette;
    }

    /** Draws the chosen value over the stored steps. */
    public void draw(TraceHistory history) {
        GraphicsContext g = canvas().getGraphicsContext2D();
        double width = canvas().getWidth();
        double height = canvas().getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        g.setFill(palette.foreground());
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        String name = quantity.name() + "[" + rowLabel + ", " + quantity.columnName() + " " + column + "]";
        int n = history == null ? 0 : history.size();
        double[] values = new double[n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            values[i] = valueAt(history.get(i));
            if (Double.isFinite(values[i])) {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
        }
        if (!(max >= min)) {
            g.fillText(name + ": no data for this model yet", 6, 4);
            return;
        }
        g.fillText(String.format(Locale.ROOT, "%s   now %.3f   range [%.3f, %.3f]", name, values[n - 1], min, max), 6, 4);
        if (max - min < 1e-9) {
            max = min + 1e-9;
        }
        double top = 20;
        double bottom = height - 6;
        double left = 6;
        double span = width - 12;
        double capacity = history.capacity();
        g.setStroke(palette.grid());
        g.setLineDashes(4, 4);
        for (int i = 0; i < n; i++) {
            if (history.orderChangedBefore(i)) {
                double x = left + span * (capacity - n + i) / capacity;
                g.strokeLine(x, top, x, bottom);
            }
        }
        g.setLineDashes(null);
        if (min < 0 && max > 0) {
            double zero = bottom - (0 - min) / (max - min) * (bottom - top);
            g.strokeLine(left, zero, left + span, zero);
        }
        g.setStroke(palette.primary());
        g.setLineWidth(1.5);
        g.beginPath();
        boolean started = false;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                started = false;
                continue;
            }
            double x = left + span * (capacity - n + i) / capacity;
            double y = bottom - (values[i] - min) / (max - min) * (bottom - top);
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.stroke();
    }

    private double valueAt(LayerTrace trace) {
        double[][] matrix = quantity.of(trace);
        if (matrix == null || row >= matrix.length || column >= matrix[row].length) {
            return Double.NaN;
        }
        return matrix[row][column];
    }
}
