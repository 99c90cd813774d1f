package org.cooperatorlab.app.ui.inspector;

import java.util.function.Function;
import org.cooperatorlab.model.LayerTrace;

/** The matrices of a {@link LayerTrace} that the inspector draws, with how to read each one. */
public enum Quantity {
    R("R: receptive-field drive", "unit", LayerTrace::receptiveField),
    P("P: proximal context", "unit", LayerTrace::proximal),
    D("D: distal context", "unit", LayerTrace::distal),
    U("U: universal context", "unit", LayerTrace::universal),
    C("C = P + D + U: context", "unit", LayerTrace::context),
    K("K: modulated output (keys)", "unit", LayerTrace::keys),
    ATTENTION("attention (queries x sensors)", "sensor", LayerTrace::attention),
    MESSAGE("message m", "query", trace -> row(trace.message())),
    ACTION("action", "action", trace -> row(trace.action()));

    private final String title;
    private final String columnName;
    private final Function<LayerTrace, double[][]> extractor;

    Quantity(String title, String columnName, Function<LayerTrace, double[][]> extractor) {
        this.title = title;
        this.columnName = columnName;
        this.extractor = extractor;
    }

    public String title() {
        return title;
    }

    /** What a column of this matrix is: a unit, a sensor, a query or an action component. */
    public String columnName() {
        return columnName;
    }

    /** Whether rows are sensor slots, labelled by the signal each carries. */
    public boolean rowsAreSensors() {
        return this != ATTENTION && this != MESSAGE && this != ACTION;
    }

    /** The matrix of this quantity in {@code trace}, or null when the model does not compute it. */
    public double[][] of(LayerTrace trace) {
        return trace == null ? null : extractor.apply(trace);
    }

    private static double[][] row(double[] values) {
        return values == null ? null : new double[][] {values};
    }
}
