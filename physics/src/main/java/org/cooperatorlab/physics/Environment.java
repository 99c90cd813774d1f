package org.cooperatorlab.physics;

import java.util.List;

/**
 * A reinforcement-learning environment with a fixed-size observation and a continuous action in
 * [-1, 1] per component.
 *
 * <p>Instances are not thread-safe: each training worker owns its own. {@link #reset(long)} must be
 * called before the first {@link #step(double[])}. {@link #close()} releases native or simulator
 * resources; the environment must not be used after it.
 */
public interface Environment extends AutoCloseable {

    /** Stable identifier used on the command line and in agent files, for example {@code cartpole-swingup}. */
    String id();

    /** Names of the observation components in their natural order; the size is the observation size. */
    List<String> observationNames();

    default int observationSize() {
        return observationNames().size();
    }

    /** Number of action components, each expected in [-1, 1]. */
    int actionSize();

    /** Names of the reward terms that {@link StepResult#rewardTerms()} reports, in that order. */
    List<String> rewardTermNames();

    /** Simulated seconds per step; the live view replays at this rate for real-time speed. */
    double timeStep();

    /** Number of steps after which an episode is truncated. */
    int maxSteps();

    /** Starts a new episode whose initial state is drawn from a generator seeded with {@code seed}; returns the first observation. */
    double[] reset(long seed);

    /**
     * Advances one time step. The array is read, not kept or modified.
     *
     * @throws IllegalStateException if called before {@link #reset(long)} or after the episode ended
     */
    StepResult step(double[] action);

    /** Steps taken since the last reset. */
    int stepCount();

    /**
     * Returns the reward that training maximises for this step. Equal to {@link StepResult#reward()}
     * unless the environment shapes its training signal; evaluation always reports the raw reward.
     */
    default double trainingReward(StepResult result) {
        return result.reward();
    }

    /** Releases the simulator's resources. Does nothing unless an environment holds some. */
    @Override
    default void close() {
    }
}
