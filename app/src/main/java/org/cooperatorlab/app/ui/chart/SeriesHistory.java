package org.cooperatorlab.app.ui.chart;

import java.util.Arrays;

/**
 * Every value of one curve, one per generation, in a growable primitive array (8 bytes per
 * generation), with a decimated view for drawing.
 *
 * <p>Not thread-safe; the app touches it only on the JavaFX thread.
 */
public final class SeriesHistory {

    private double[] values = new double[64];
    private int size;

    /** Appends the value of the next generation; NaN is kept and skipped when drawing. */
    public void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    public int size() {
        return size;
    }

    /** The value of generation index {@code i} (0-based). */
    public double get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " is outside 0.." + (size - 1));
        }
        return values[i];
    }

    public void clear() {
        size = 0;
    }

    /**
     * Returns at most about {@code 2 * buckets + 2} points (index, value) that keep the shape of
     * the curve: the indices are split into {@code buckets} equal runs and each run contributes its
     * minimum and its maximum, in index order, so spikes survive the reduction (min/max
     * decimation). The first and last points are always kept. With no more than {@code 2 * buckets}
     * values every point is returned. NaN values are skipped.
     *
     * @param buckets number of runs, at least 1
     * @return indices in {@code [0][i]} and values in {@code [1][i]}, in increasing index order
     */
    public double[][] decimate(int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be at least 1, was " + buckets);
        }
        PointBuffer out = new PointBuffer(Math.min(size, 2 * buckets + 2));
        if (size <= 2 * buckets) {
            for (int i = 0; i < size; i++) {
                out.add(i, values[i]);
            }
            return out.toArrays();
        }
        out.add(0, values[0]);
        double width = (double) size / buckets;
        for (int b = 0; b < buckets; b++) {
            int from = Math.max(1, (int) Math.floor(b * width));
            int to = Math.min(size - 1, (int) Math.floor((b + 1) * width));
            int minIndex = -1;
            int maxIndex = -1;
            for (int i = from; i < to; i++) {
                double v = values[i];
                if (Double.isNaN(v)) {
                    continue;
                }
                if (minIndex < 0 || v < values[minIndex]) {
                    minIndex = i;
                }
                if (maxIndex < 0 || v > values[maxIndex]) {
                    maxIndex = i;
                }
            }
            if (minIndex < 0) {
                continue;
            }
            int first = Math.min(minIndex, maxIndex);
            int second = Math.max(minIndex, maxIndex);
            out.add(first, values[first]);
            if (second != first) {
                out.add(second, values[second]);
            }
        }
        out.add(size - 1, values[size - 1]);
        return out.toArrays();
    }

    /** Collects points, skipping NaN values. */
    private static final class PointBuffer {
        private final double[] x;
        private final double[] y;
        private int count;

        PointBuffer(int capacity) {
            x = new double[capacity];
            y = new double[capacity];
        }

        void add(int index, double value) {
            if (!Double.isNaN(value)) {
                x[count] = index;
                y[count] = value;
                count++;
            }
        }

        double[][] toArrays() {
            return new double[][] {Arrays.copyOf(x, count), Arrays.copyOf(y, count)};
        }
    }
}
