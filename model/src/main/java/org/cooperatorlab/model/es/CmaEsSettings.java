package org.cooperatorlab.model.es;

/**
 * The user-chosen settings of a {@link CmaEs} run. Every other strategy parameter follows from
 * these and the dimension (see {@link CmaEsParameters}).
 *
 * @param populationSize lambda, the number of candidates per generation, at least 2
 * @param initialSigma sigma0, the initial step size, positive and finite
 * @param separable true for sep-CMA-ES (Ros and Hansen 2008), which adapts only the diagonal of C.
 *     A sample then costs O(n) instead of O(n^2), which suits several thousand parameters.
 * @param seed seed of the normal samples; equal seeds and equal fitness rankings give equal
 *     candidate sequences
 * @param eigenInterval generations between two eigendecompositions of C; 0 chooses the lazy
 *     interval of pycma's purecma, max(1, floor(0.5 / (n (c1 + cmu)))); ignored when separable
 */
public record CmaEsSettings(int populationSize, double initialSigma, boolean separable, long seed, int eigenInterval) {

    /** Population of the reference training runs. */
    public static final int DEFAULT_POPULATION_SIZE = 256;
    /** Initial step size of the reference training runs. */
    public static final double DEFAULT_INITIAL_SIGMA = 0.1;

    public CmaEsSettings {
        if (populationSize < 2) {
            throw new IllegalArgumentException("populationSize must be at least 2, was " + populationSize);
        }
        if (!(initialSigma > 0) || !Double.isFinite(initialSigma)) {
            throw new IllegalArgumentException("initialSigma must be positive and finite, was " + initialSigma);
        }
        if (eigenInterval < 0) {
            throw new IllegalArgumentException(
                    "eigenInterval must be 0 (automatic) or a positive number of generations, was " + eigenInterval);
        }
    }

    /** Full covariance, automatic eigendecomposition interval. */
    public CmaEsSettings(int populationSize, double initialSigma, boolean separable, long seed) {
        this(populationSize, initialSigma, separable, seed, 0);
    }

    /** Returns the reference defaults: population 256, sigma0 = 0.1, full covariance. */
    public static CmaEsSettings defaults(long seed) {
        return new CmaEsSettings(DEFAULT_POPULATION_SIZE, DEFAULT_INITIAL_SIGMA, false, seed);
    }

    /** Returns the tutorial's default population for dimension n, 4 + floor(3 ln n). */
    public static int defaultPopulationSize(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, was " + dimension);
        }
        return 4 + (int) Math.floor(3 * Math.log(dimension));
    }

    public CmaEsSettings withPopulationSize(int newPopulationSize) {
        return new CmaEsSettings(newPopulationSize, initialSigma, separable, seed, eigenInterval);
    }

    public CmaEsSettings withInitialSigma(double newInitialSigma) {
        return new CmaEsSettings(populationSize, newInitialSigma, separable, seed, eigenInterval);
    }

    public CmaEsSettings withSeparable(boolean newSeparable) {
        return new CmaEsSettings(populationSize, initialSigma, newSeparable, seed, eigenInterval);
    }

    public CmaEsSettings withSeed(long newSeed) {
        return new CmaEsSettings(populationSize, initialSigma, separable, newSeed, eigenInterval);
    }

    public CmaEsSettings withEigenInterval(int newEigenInterval) {
        return new CmaEsSettings(populationSize, initialSigma, separable, seed, newEigenInterval);
    }
}
