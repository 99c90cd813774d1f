package org.cooperatorlab.app.training;

import java.util.Objects;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.model.ModelSpec;

/**
 * Settings of one training run. Validated on construction; every message names the field, the
 * value and the accepted range.
 *
 * @param environment the task
 * @param spec the policy architecture; a model that is not permutation invariant must be built for
 *     the environment's sensors plus {@code noiseChannels}
 * @param generations CMA-ES generations to run, at least 1
 * @param population candidates per generation (CMA-ES lambda), at least 2
 * @param reps rollouts per candidate; a candidate's fitness is their mean return
 * @param sigma initial CMA-ES step size, positive
 * @param seed fixes the candidates and the episode seeds, so the curve is reproducible
 * @param threads rollout worker threads, at least 1; the result does not depend on it
 * @param separable use the diagonal (separable) CMA-ES
 * @param shuffleAtReset draw a new sensor order for every training episode
 * @param noiseChannels noise sensors appended to every observation, 0 to 1000
 * @param initialMean the starting distribution mean, or null for zeros; lets a loaded agent train further
 */
public record TrainingConfig(
        EnvironmentKind environment,
        ModelSpec spec,
        int generations,
        int population,
        int reps,
        double sigma,
        long seed,
        int threads,
        boolean separable,
        boolean shuffleAtReset,
        int noiseChannels,
        double[] initialMean) {

    public static final int MAX_GENERATIONS = 10_000_000;
    public static final int MAX_POPULATION = 100_000;
    public static final int MAX_REPS = 10_000;
    public static final int MAX_THREADS = 1024;
    /**
     * Largest initial step size accepted. Policy weights beyond a few tens saturate every tanh,
     * so larger steps only sample saturated policies.
     */
    public static final double MAX_SIGMA = 100;

    public TrainingConfig {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(spec, "spec");
        requireRange("generations", generations, 1, MAX_GENERATIONS);
        requireRange("population", population, 2, MAX_POPULATION);
        requireRange("reps", reps, 1, MAX_REPS);
        requireRange("threads", threads, 1, MAX_THREADS);
        requireRange("noise channels", noiseChannels, 0, 1000);
        if (!(sigma > 0) || !(sigma <= MAX_SIGMA)) {
            throw new IllegalArgumentException("sigma must be above 0 and at most " + MAX_SIGMA + ", was " + sigma
                    + "; the reference runs use 0.1");
        }
        int sensors = environment.observationSize() + noiseChannels;
        if (!spec.kind().permutationInvariant() && spec.observationSize() != sensors) {
            throw new IllegalArgumentException(spec.kind().displayName() + " needs a fixed number of sensors: the model has "
                    + spec.observationSize() + " but " + environment.displayName() + " with " + noiseChannels
                    + " noise channels gives " + sensors);
        }
        if (spec.actionSize() != environment.actionSize()) {
            throw new IllegalArgumentException("model has " + spec.actionSize() + " actions but "
                    + environment.displayName() + " takes " + environment.actionSize());
        }
        int dimension = spec.parameterCount();
        if (initialMean != null) {
            if (initialMean.length != dimension) {
                throw new IllegalArgumentException("initial mean has " + initialMean.length
                        + " values but the model has " + dimension + " parameters");
            }
            for (int i = 0; i < initialMean.length; i++) {
                if (!Double.isFinite(initialMean[i])) {
                    throw new IllegalArgumentException("initial mean[" + i + "] must be finite, was " + initialMean[i]);
                }
            }
            initialMean = initialMean.clone();
        }
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** Defaults of the reference runs: 128 candidates, 16 reps, sigma 0.1, every core, no shuffling. */
    public static TrainingConfig defaults(EnvironmentKind environment, ModelSpec spec, int generations, long seed) {
        return new TrainingConfig(environment, spec, generations, 128, 16, 0.1, seed,
                Runtime.getRuntime().availableProcessors(), environment.defaultSeparable(), false, 0, null);
    }

    @Override
    public double[] initialMean() {
        return initialMean == null ? null : initialMean.clone();
    }

    public TrainingConfig withGenerations(int newGenerations) {
        return new TrainingConfig(environment, spec, newGenerations, population, reps, sigma, seed, threads, separable,
                shuffleAtReset, noiseChannels, initialMean);
    }

    public TrainingConfig withThreads(int newThreads) {
        return new TrainingConfig(environment, spec, generations, population, reps, sigma, seed, newThreads, separable,
                shuffleAtReset, noiseChannels, initialMean);
    }

    public TrainingConfig withSpec(ModelSpec newSpec) {
        return new TrainingConfig(environment, newSpec, generations, population, reps, sigma, seed, threads, separable,
                shuffleAtReset, noiseChannels, null);
    }
}
