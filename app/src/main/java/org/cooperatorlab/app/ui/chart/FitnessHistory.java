package org.cooperatorlab.app.ui.chart;

import java.util.Objects;

/**
 * The whole fitness history of one training run: best, mean and worst fitness per generation.
 * It keeps three doubles per generation and no parameters, so a 10,000-generation run costs
 * about 240 KB.
 *
 * <p>Not thread-safe; the app touches it only on the JavaFX thread.
 */
public final class FitnessHistory {

    private final String label;
    private final SeriesHistory best = new SeriesHistory();
    private final SeriesHistory mean = new SeriesHistory();
    private final SeriesHistory worst = new SeriesHistory();
    private int firstGeneration = -1;
    private int lastGeneration = -1;
    private long version;

    /** @param label the run's name in the chart legend, for example the model's name */
    public FitnessHistory(String label) {
        this.label = Objects.requireNonNull(label, "label");
    }

    public String label() {
        return label;
    }

    /**
     * Appends one generation. Generations must arrive in increasing order; a generation that is not
     * after the last one is ignored, so a snapshot delivered twice is counted once.
     *
     * @return true if the point was added
     */
    public boolean add(int generation, double bestFitness, double meanFitness, double worstFitness) {
        if (generation <= lastGeneration) {
            return false;
        }
        if (firstGeneration < 0) {
            firstGeneration = generation;
        }
        lastGeneration = generation;
        best.add(bestFitness);
        mean.add(meanFitness);
        worst.add(worstFitness);
        version++;
        return true;
    }

    public int size() {
        return best.size();
    }

    /** Generation number of the first point, or -1 while empty. */
    public int firstGeneration() {
        return firstGeneration;
    }

    /** Generation number of the last point, or -1 while empty. */
    public int lastGeneration() {
        return lastGeneration;
    }

    /** Counter that grows with every added point; the chart redraws when it changes. */
    public long version() {
        return version;
    }

    public SeriesHistory best() {
        return best;
    }

    public SeriesHistory mean() {
        return mean;
    }

    public SeriesHistory worst() {
        return worst;
    }

    /**
     * Highest best fitness so far, or NaN while empty. NaN values are skipped.
     */
    public double maxBest() {
        double max = Double.NaN;
        for (int i = 0; i < best.size(); i++) {
            double v = best.get(i);
            if (!Double.isNaN(v) && (Double.isNaN(max) || v > max)) {
                max = v;
            }
        }
        return max;
    }
}
