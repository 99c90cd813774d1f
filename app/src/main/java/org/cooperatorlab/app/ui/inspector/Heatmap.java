package org.cooperatorlab.app.ui.inspector;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.cooperatorlab.app.ui.common.CanvasPane;
import org.cooperatorlab.app.ui.common.Palette;

/**
 * A matrix drawn as coloured cells with a diverging colour map, row labels, a legend, and the
 * value under the mouse. The colour scale is symmetric around zero. Its limit follows the largest
 * magnitude seen, rising at once and decaying slowly, so colours do not flicker from frame to frame.
 */
public final class Heatmap extends CanvasPane {

    private static final double LEFT = 78;
    private static final double TITLE = 20;
    /** Extra space above the cells for column labels. */
    private static final double COLUMN_LABELS = 14;
    private static final double LEGEND = 34;
    /** Fraction of the colour limit kept per frame when the data shrink: halves in about 2 s at 60 fps. */
    private static final double LIMIT_DECAY = 0.994;

    private final String title;
    private final String columnName;
    private double[][] values;
    private List<String> rowLabels = List.of();
    private List<String> columnLabels = List.of();
    private double limit;
    private int hoverRow = -1;
    private int hoverColumn = -1;
    private int selectedRow = -1;
    private int selectedColumn = -1;
    private Palette palette = Palette.LIGHT;
    private BiConsumer<Integer, Integer> onCellSelected = (row, column) -> { };

    /**
     * @param title the heading, for example {@code R (receptive-field drive)}
     * @param columnName what a column is, for example {@code unit}
     */
    public Heatmap(String title, String columnName) {
        super(320, 180);
        this.title = title;
        this.columnName = columnName;
        getStyleClass().add("heatmap");
        setOnResize(this::draw);
        setOnMouseMoved(this::hover);
        setOnMouseExited(event -> {
            hoverRow = -1;
            hoverColumn = -1;
            draw();
        });
        setOnMouseClicked(event -> {
            int[] cell = cellAt(event.getX(), event.getY());
            if (cell != null) {
                selectedRow = cell[0];
                selectedColumn = cell[1];
                onCellSelected.accept(cell[0], cell[1]);
                draw();
            }
        });
        Tooltip.install(this, new Tooltip(title + ": rows are sensor slots or queries, labelled by what they carry now; "
                + "blue is negative, red positive. Click a cell to follow it in the time strip."));
    }

    /** Called with (row, column) when the user clicks a cell. */
    public void setOnCellSelected(BiConsumer<Integer, Integer> action) {
        onCellSelected = action == null ? (row, column) -> { } : action;
    }

    /**
     * Shows a new matrix (rows x columns), or nothing for null; the array is read during this call
     * and later redraws only, never modified.
     */
    public void setData(double[][] matrix, List<String> labels) {
        setData(matrix, labels, List.of());
    }

    /** Same as {@link #setData(double[][], List)}, with a label per column shown above the cells. */
    public void setData(double[][] matrix, List<String> labels, List<String> columnNames) {
        values = matrix;
        rowLabels = labels == null ? List.of() : labels;
        columnLabels = columnNames == null ? List.of() : columnNames;
        double maxAbs = 0;
        if (matrix != null) {
            for (double[] row : matrix) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        maxAbs = Math.max(maxAbs, Math.abs(v));
                    }
                }
            }
        }
        limit = Math.max(maxAbs, limit * LIMIT_DECAY);
        draw();
    }

    public void setPalette(Palette newPalette) {
        palette = newPalette;
        draw();
    }

    /** Returns the current colour limit: values at plus or minus this are drawn darkest. */
    public double colorLimit() {
        return limit;
    }

    /** Returns the text that describes the cell under the mouse, or an empty string. */
    public String hoverText() {
        if (values == null || hoverRow < 0 || hoverRow >= values.length || hoverColumn >= values[hoverRow].length) {
            return "";
        }
        String column = hoverColumn < columnLabels.size() ? columnLabels.get(hoverColumn) : columnName + " " + hoverColumn;
        return String.format(Locale.ROOT, "%s, %s: %.4f", label(hoverRow), column, values[hoverRow][hoverColumn]);
    }

    private String label(int row) {
        return row < rowLabels.size() ? rowLabels.get(row) : "row " + row;
    }

    private void hover(MouseEvent event) {
        int[] cell = cellAt(event.getX(), event.getY());
        hoverRow = cell == null ? -1 : cell[0];
        hoverColumn = cell == null ? -1 : cell[1];
        draw();
    }

    /** Returns the (row, column) under a point of this region, or null outside the cells. */
    public int[] cellAt(double x, double y) {
        if (values == null || values.length == 0 || values[0].length == 0) {
            return null;
        }
        double cellWidth = (canvas().getWidth() - LEFT - 6) / values[0].length;
        double top = top();
        double cellHeight = (canvas().getHeight() - top - LEGEND) / values.length;
        int column = (int) Math.floor((x - LEFT) / cellWidth);
        int row = (int) Math.floor((y - top) / cellHeight);
        if (x < LEFT || y < top || row >= values.length || column >= values[0].length) {
            return null;
        }
        return new int[] {row, column};
    }

    private double top() {
        return columnLabels.isEmpty() ? TITLE : TITLE + COLUMN_LABELS;
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
        g.fillText(title, 6, 3, width - 12);
        if (values == null || values.length == 0 || values[0].length == 0) {
            g.setFont(Font.font(12));
            g.fillText("not computed by this model", LEFT, TITLE + 8);
            return;
        }
        drawCells(g, width, height);
        drawLegend(g, width, height);
    }

    private void drawCells(GraphicsContext g, double width, double height) {
        int rows = values.length;
        int columns = values[0].length;
        double top = top();
        double cellWidth = (width - LEFT - 6) / columns;
        double cellHeight = (height - top - LEGEND) / rows;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns && c < values[r].length; c++) {
                g.setFill(DivergingColorMap.color(values[r][c], limit));
                g.fillRect(LEFT + c * cellWidth, top + r * cellHeight, Math.ceil(cellWidth), Math.ceil(cellHeight));
            }
        }
        g.setFont(Font.font(Math.max(8, Math.min(12, cellHeight - 1))));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(palette.foreground());
        int labelStep = Math.max(1, (int) Math.ceil(9 / cellHeight));
        for (int r = 0; r < rows; r += labelStep) {
            g.fillText(label(r), LEFT - 4, top + (r + 0.5) * cellHeight, LEFT - 8);
        }
        if (!columnLabels.isEmpty()) {
            g.setFont(Font.font(10));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            for (int c = 0; c < columns && c < columnLabels.size(); c++) {
                g.fillText(columnLabels.get(c), LEFT + (c + 0.5) * cellWidth, top - 1, cellWidth - 2);
            }
        }
        g.setLineWidth(2);
        if (selectedRow >= 0 && selectedRow < rows && selectedColumn < columns) {
            g.setStroke(palette.foreground());
            g.strokeRect(LEFT + selectedColumn * cellWidth, top + selectedRow * cellHeight, cellWidth, cellHeight);
        }
        if (hoverRow >= 0 && hoverRow < rows && hoverColumn < columns) {
            g.setStroke(palette.warning());
            g.strokeRect(LEFT + hoverColumn * cellWidth, top + hoverRow * cellHeight, cellWidth, cellHeight);
        }
    }

    private void drawLegend(GraphicsContext g, double width, double height) {
        double barTop = height - LEGEND + 6;
        double barWidth = Math.min(160, width - LEFT - 6);
        int steps = 64;
        for (int i = 0; i < steps; i++) {
            double v = -limit + 2 * limit * i / (steps - 1);
            g.setFill(DivergingColorMap.color(v, limit));
            g.fillRect(LEFT + barWidth * i / steps, barTop, Math.ceil(barWidth / steps), 8);
        }
        g.setFill(palette.foreground());
        g.setFont(Font.font(10));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(format(-limit), LEFT, barTop + 9);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("0", LEFT + barWidth / 2, barTop + 9);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(format(limit), LEFT + barWidth, barTop + 9);
        String hover = hoverText();
        if (!hover.isEmpty()) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(Font.font(11));
            g.fillText(hover, LEFT + barWidth + 12, barTop - 1, Math.max(20, width - LEFT - barWidth - 16));
        }
    }

    private static String format(double v) {
        double magnitude = Math.abs(v);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (magnitude >= 0.01 || magnitude == 0) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.1e", v);
    }
}
