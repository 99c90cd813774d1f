package org.cooperatorlab.model.es;

import java.util.Arrays;

/** Rank-based selection for a maximising strategy. */
final class Ranking {

    private Ranking() {
    }

    /**
     * Returns the candidate indices from the highest fitness to the lowest. NaN ranks below every
     * number, negative infinity included. Equal values keep index order, so the ranking (and with
     * it the whole run) depends only on the order of the fitness values. {@code fitness} is not modified.
     */
    static int[] bestFirst(double[] fitness) {
        Integer[] order = new Integer[fitness.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> compareBestFirst(fitness[a], fitness[b]));
        int[] result = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            result[i] = order[i];
        }
        return result;
    }

    private static int compareBestFirst(double a, double b) {
        boolean aNaN = Double.isNaN(a);
        boolean bNaN = Double.isNaN(b);
        if (aNaN || bNaN) {
            return Boolean.compare(aNaN, bNaN);
        }
        // Descending; -0.0 and 0.0 compare equal, like the fitness values they are.
        return a > b ? -1 : (a < b ? 1 : 0);
    }
}
