package org.cooperatorlab.model.es;

/**
 * The static strategy parameters of CMA-ES, which depend only on the dimension n, the population
 * lambda and the variant. Names and default formulas follow Hansen, "The CMA Evolution Strategy:
 * A Tutorial" (arXiv:1604.00772), Table 1 and equations (48) to (58), with positive recombination
 * weights only. The separable variant multiplies c1 and cmu by (n + 2) / 3, as Ros and Hansen, "A
 * Simple Modification in CMA-ES Achieving Linear Time and Space Complexity" (PPSN 2008) propose,
 * because a diagonal C has n instead of n^2 / 2 degrees of freedom and can be learned faster.
 */
public final class CmaEsParameters {

    /** n, the dimension of the search space. */
    final int n;
    /** lambda, candidates per generation. */
    final int lambda;
    /** mu = floor(lambda / 2), parents recombined into the new mean. */
    final int mu;
    /** w_1 >= ... >= w_mu > 0, summing to 1 (equations 49 and 53 with positive weights only). */
    final double[] weights;
    /** mu_eff = 1 / sum w_i^2, the variance effective selection mass (equation 8). */
    final double mueff;
    /** c_c, decay of the covariance evolution path p_c (equation 56). */
    final double cc;
    /** c_sigma, decay of the step-size evolution path p_sigma (equation 55). */
    final double cs;
    /** c_1, learning rate of the rank-one update of C (equation 57). */
    final double c1;
    /** c_mu, learning rate of the rank-mu update of C (equation 58). */
    final double cmu;
    /** d_sigma, damping of the step-size update (equation 55). */
    final double damps;
    /** E||N(0, I)|| ~ sqrt(n) (1 - 1 / (4n) + 1 / (21 n^2)), the expected length of a standard normal vector. */
    final double chiN;
    /** Generations between two eigendecompositions of C. */
    final int eigenInterval;

    CmaEsParameters(int n, int lambda, boolean separable, int requestedEigenInterval) {
        this.n = n;
        this.lambda = lambda;
        this.mu = lambda / 2;

        double[] w = new double[mu];
        double sum = 0;
        for (int i = 0; i < mu; i++) {
            w[i] = Math.log((lambda + 1) / 2.0) - Math.log(i + 1);
            sum += w[i];
        }
        double sumOfSquares = 0;
        for (int i = 0; i < mu; i++) {
            w[i] /= sum;
            sumOfSquares += w[i] * w[i];
        }
        this.weights = w;
        this.mueff = 1 / sumOfSquares;

        this.cc = (4 + mueff / n) / (n + 4 + 2 * mueff / n);
        this.cs = (mueff + 2) / (n + mueff + 5);
        double fullC1 = 2 / ((n + 1.3) * (n + 1.3) + mueff);
        double fullCmu = Math.min(1 - fullC1, 2 * (mueff - 2 + 1 / mueff) / ((n + 2.0) * (n + 2.0) + mueff));
        if (separable) {
            double speedUp = (n + 2) / 3.0;
            this.c1 = Math.min(1, speedUp * fullC1);
            this.cmu = Math.min(1 - c1, speedUp * fullCmu);
        } else {
            this.c1 = fullC1;
            this.cmu = fullCmu;
        }
        this.damps = 1 + 2 * Math.max(0, Math.sqrt((mueff - 1) / (n + 1)) - 1) + cs;
        this.chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));

        if (separable) {
            this.eigenInterval = 1;
        } else if (requestedEigenInterval > 0) {
            this.eigenInterval = requestedEigenInterval;
        } else {
            // pycma's purecma.py postpones the decomposition by lazy_gap_evals = 0.5 n lambda /
            // (c1 + cmu) / n^2 evaluations, that is 0.5 / (n (c1 + cmu)) generations. B and D then
            // stay fresh enough because C itself changes by at most about c1 + cmu per generation;
            // for n = 1009 and lambda = 128 this is 7 generations, which keeps the O(n^3)
            // decomposition from dominating a generation.
            this.eigenInterval = (int) Math.max(1, Math.floor(0.5 / (n * (c1 + cmu))));
        }
    }

    public int dimension() {
        return n;
    }

    public int lambda() {
        return lambda;
    }

    public int mu() {
        return mu;
    }

    /** Returns a copy of the recombination weights, best first. */
    public double[] weights() {
        return weights.clone();
    }

    public double mueff() {
        return mueff;
    }

    public double cc() {
        return cc;
    }

    public double cs() {
        return cs;
    }

    public double c1() {
        return c1;
    }

    public double cmu() {
        return cmu;
    }

    public double damps() {
        return damps;
    }

    public double chiN() {
        return chiN;
    }

    public int eigenInterval() {
        return eigenInterval;
    }
}
