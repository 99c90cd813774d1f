package org.cooperatorlab.app.training;

import java.util.List;

/**
 * The state of a training run after one generation. Immutable: the arrays are private copies and
 * accessors return copies, so a snapshot can be handed to any thread.
 *
 * @param generation generations completed, from 1
 * @param generations generations planned
 * @param bestFitness the population's best fitness this generation
 * @param meanFitness the population's mean fitness this generation (NaN fitnesses excluded)
 * @param worstFitness the population's worst finite fitness this generation
 * @param sigma the CMA-ES step size after this generation
 * @param bestGeneration the generation whose population maximum is the best so far
 * @param bestGenerationMeanFitness the population mean fitness of {@code bestGeneration}
 * @param bestAgentParameters the distribution mean after the update of {@code bestGeneration}: the
 *     run's "best agent", as in the reference training code
 * @param bestCandidateParameters the best single candidate seen so far
 * @param bestCandidateFitness its fitness
 * @param elapsedSeconds wall time since the run started, pauses excluded
 * @param generationSeconds wall time of this generation
 * @param rolloutsPerSecond rollouts of this generation divided by its time
 * @param stopReasons why CMA-ES stopped early, empty while it runs
 * @param cancelled true if this is the last snapshot of a run stopped by the user
 */
public record GenerationSnapshot(
        int generation,
        int generations,
        double bestFitness,
        double meanFitness,
        double worstFitness,
        double sigma,
        int bestGeneration,
        double bestGenerationMeanFitness,
        double[] bestAgentParameters,
        double[] bestCandidateParameters,
        double bestCandidateFitness,
        double elapsedSeconds,
        double generationSeconds,
        double rolloutsPerSecond,
        List<String> stopReasons,
        boolean cancelled) {

    public GenerationSnapshot {
        bestAgentParameters = bestAgentParameters.clone();
        bestCandidateParameters = bestCandidateParameters.clone();
        stopReasons = List.copyOf(stopReasons);
    }

    @Override
    public double[] bestAgentParameters() {
        return bestAgentParameters.clone();
    }

    @Override
    public double[] bestCandidateParameters() {
        return bestCandidateParameters.clone();
    }

    /** True when the run will produce no further snapshot. */
    public boolean finished() {
        return cancelled || generation >= generations || !stopReasons.isEmpty();
    }

    /** Estimated seconds until the planned generations are done, from the mean time per generation so far. */
    public double secondsLeft() {
        return generation == 0 ? Double.NaN : elapsedSeconds / generation * (generations - generation);
    }

    GenerationSnapshot asCancelled() {
        return new GenerationSnapshot(generation, generations, bestFitness, meanFitness, worstFitness, sigma,
                bestGeneration, bestGenerationMeanFitness, bestAgentParameters, bestCandidateParameters, bestCandidateFitness, elapsedSeconds,
                generationSeconds, rolloutsPerSecond, stopReasons, true);
    }
}
