package org.cooperatorlab.model.io;

import java.time.Instant;
import java.util.Objects;

/**
 * The training run an agent comes from: its progress, seed, settings and date.
 *
 * @param generation the CMA-ES generation the parameters come from
 * @param bestFitness the best candidate fitness of that generation (mean return over the rollouts)
 * @param meanFitness the mean fitness of that generation's population
 * @param seed the seed of the training run
 * @param evolution the evolution-strategy settings of the run
 * @param date when the agent was saved
 * @param modelName a name the user gave the agent, or null
 */
public record TrainingMetadata(
        int generation,
        double bestFitness,
        double meanFitness,
        long seed,
        EvolutionSettings evolution,
        Instant date,
        String modelName) {

    public TrainingMetadata {
        Objects.requireNonNull(evolution, "evolution");
        Objects.requireNonNull(date, "date");
    }

    /**
     * The evolution-strategy settings of a training run.
     *
     * @param populationSize candidates per generation (lambda)
     * @param reps rollouts averaged into one candidate's fitness
     * @param initialSigma the initial CMA-ES step size
     * @param separable whether the run used the diagonal (separable) CMA-ES
     */
    public record EvolutionSettings(int populationSize, int reps, double initialSigma, boolean separable) {
    }
}
