package org.cooperatorlab.model.io;

import java.time.Instant;
import java.util.Objects;

/**
 * The training run an agent comes from: its progress, seed, settings and date.
 *
 * @param generation the CMA-ES generation the parameters come from, at least 0
 * @param bestFitness the best candidate fitness of that generation (mean return over the rollouts),
 *     finite and within +-{@link AgentFiles#MAX_FITNESS_MAGNITUDE}
 * @param meanFitness the mean fitness of that generation's population, with the same limits
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

    /** @throws IllegalArgumentException naming the field that an agent file cannot store */
    public TrainingMetadata {
        Objects.requireNonNull(evolution, "evolution");
        Objects.requireNonNull(date, "date");
        if (generation < 0) {
            throw new IllegalArgumentException("generation must be at least 0, was " + generation);
        }
        requireFitness("bestFitness", bestFitness);
        requireFitness("meanFitness", meanFitness);
        if (modelName != null && (modelName.isEmpty() || modelName.length() > AgentFiles.MAX_TEXT_LENGTH)) {
            throw new IllegalArgumentException("modelName must be null or have 1 to " + AgentFiles.MAX_TEXT_LENGTH
                    + " characters, had " + modelName.length());
        }
    }

    private static void requireFitness(String field, double value) {
        if (!(Math.abs(value) <= AgentFiles.MAX_FITNESS_MAGNITUDE)) {
            throw new IllegalArgumentException(field + " must be finite and within +-" + AgentFiles.MAX_FITNESS_MAGNITUDE
                    + ", was " + value);
        }
    }

    /**
     * The evolution-strategy settings of a training run.
     *
     * @param populationSize candidates per generation (lambda), 2 to {@link AgentFiles#MAX_POPULATION_SIZE}
     * @param reps rollouts averaged into one candidate's fitness, 1 to {@link AgentFiles#MAX_POPULATION_SIZE}
     * @param initialSigma the initial CMA-ES step size, positive and at most
     *     {@link AgentFile#MAX_PARAMETER_MAGNITUDE}
     * @param separable whether the run used the diagonal (separable) CMA-ES
     */
    public record EvolutionSettings(int populationSize, int reps, double initialSigma, boolean separable) {

        /** @throws IllegalArgumentException naming the field that an agent file cannot store */
        public EvolutionSettings {
            if (populationSize < 2 || populationSize > AgentFiles.MAX_POPULATION_SIZE) {
                throw new IllegalArgumentException("populationSize must be between 2 and "
                        + AgentFiles.MAX_POPULATION_SIZE + ", was " + populationSize);
            }
            if (reps < 1 || reps > AgentFiles.MAX_POPULATION_SIZE) {
                throw new IllegalArgumentException("reps must be between 1 and " + AgentFiles.MAX_POPULATION_SIZE
                        + ", was " + reps);
            }
            if (!(initialSigma > 0 && initialSigma <= AgentFile.MAX_PARAMETER_MAGNITUDE)) {
                throw new IllegalArgumentException("initialSigma must be positive and at most "
                        + AgentFile.MAX_PARAMETER_MAGNITUDE + ", was " + initialSigma);
            }
        }
    }
}
