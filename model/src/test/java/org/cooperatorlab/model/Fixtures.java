package org.cooperatorlab.model;

import java.util.Random;

/** Random weights and observations for the policy tests, drawn from a seed. */
final class Fixtures {

    /** Standard deviation of random weights: large enough for generic, unsaturated behaviour. */
    static final double WEIGHT_SCALE = 0.5;
    /**
     * Standard deviation of the weights CMA-ES samples first (x0 = 0, sigma0 = 0.1). With weights of
     * scale 0.5 the Cooperator's keys are dominated by the context and its attention saturates, so
     * tests that need a state-sensitive action use this scale.
     */
    static final double EARLY_TRAINING_SCALE = 0.1;

    private Fixtures() {
    }

    static double[] gaussian(Random random, int length, double scale) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = scale * random.nextGaussian();
        }
        return values;
    }

    static Policy policy(ModelSpec spec, Random random) {
        Policy policy = Policies.create(spec);
        policy.setParameters(gaussian(random, spec.parameterCount(), WEIGHT_SCALE));
        return policy;
    }

    /** Returns a uniformly random permutation of 0..n-1 (Fisher-Yates). */
    static int[] shuffled(Random random, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Returns values[order[j]] for every j. */
    static double[] permute(double[] values, int[] order) {
        double[] permuted = new double[order.length];
        for (int j = 0; j < order.length; j++) {
            permuted[j] = values[order[j]];
        }
        return permuted;
    }
}
