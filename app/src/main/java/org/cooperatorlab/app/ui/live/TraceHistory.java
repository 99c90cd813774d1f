package org.cooperatorlab.app.ui.live;

import org.cooperatorlab.model.LayerTrace;

/**
 * The last steps of the live episode, in a ring buffer of fixed capacity: what each step's
 * policy saw and computed, and whether the sensor order changed just before it. The input traces
 * and the neuron time strip read it.
 *
 * <p>Not thread-safe; used on the JavaFX thread only.
 */
public final class TraceHistory {

    private final LayerTrace[] traces;
    private final boolean[] orderChanged;
    private int start;
    private int size;

    public TraceHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        traces = new LayerTrace[capacity];
        orderChanged = new boolean[capacity];
    }

    /** Appends a step, dropping the oldest one when full. */
    public void add(LayerTrace trace, boolean orderChangedBefore) {
        int index;
        if (size < traces.length) {
            index = (start + size) % traces.length;
            size++;
        } else {
            index = start;
            start = (start + 1) % traces.length;
        }
        traces[index] = trace;
        orderChanged[index] = orderChangedBefore;
    }

    public void clear() {
        java.util.Arrays.fill(traces, null);
        start = 0;
        size = 0;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return traces.length;
    }

    /** The {@code i}-th stored step, 0 the oldest. */
    public LayerTrace get(int i) {
        return traces[physical(i)];
    }

    /** Whether the sensor order changed just before the {@code i}-th stored step. */
    public boolean orderChangedBefore(int i) {
        return orderChanged[physical(i)];
    }

    private int physical(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("step " + i + " is outside 0.." + (size - 1));
        }
        return (start + i) % traces.length;
    }
}
