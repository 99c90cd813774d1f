package org.cooperatorlab.model.es;

import java.util.function.ToDoubleFunction;

/** Benchmark functions written for maximisation: the negated usual minimisation problems, optimum 0 at x = 0. */
final class TestFunctions {

    private TestFunctions() {
    }

    /** -sum x_i^2. */
    static double sphere(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        return -sum;
    }

    /** -sum 10^(6 i / (n - 1)) x_i^2, condition number 1e6 along the coordinate axes. */
    static double ellipsoid(double[] x) {
        int n = x.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.pow(1e6, n == 1 ? 0 : i / (n - 1.0)) * x[i] * x[i];
        }
        return -sum;
    }

    /** The outcome of {@link #run}. */
    record Result(int generations, double bestFitness, CmaEs es) {
    }

    /**
     * Runs ask/tell until the best fitness of a generation reaches {@code target}, a stop reason
     * fires, or {@code maxGenerations} pass.
     */
    static Result run(CmaEs es, ToDoubleFunction<double[]> f, double target, int maxGenerations) {
        double best = Double.NEGATIVE_INFINITY;
        while (!es.shouldStop() && es.generation() < maxGenerations && best < target) {
            double[][] candidates = es.ask();
            double[] fitness = new double[candidates.length];
            for (int k = 0; k < candidates.length; k++) {
                fitness[k] = f.applyAsDouble(candidates[k]);
                if (fitness[k] > best) {
                    best = fitness[k];
                }
            }
            es.tell(candidates, fitness);
        }
        return new Result(es.generation(), best, es);
    }

    static double[] filled(int n, double value) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, value);
        return x;
    }
}
