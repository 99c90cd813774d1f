package org.cooperatorlab.physics;

/**
 * The outcome of one environment step.
 *
 * <p>The arrays are owned by the result and must not be modified by callers.
 *
 * @param observation the observation after the step
 * @param reward the raw reward of the step, the value evaluation reports
 * @param terminated true when the episode ended by a terminal condition of the task
 * @param truncated true when the episode reached the step limit without terminating
 * @param rewardTerms the named terms of the reward in {@link Environment#rewardTermNames()} order
 * @param endReason a short reason when the episode ended ({@code "cart left the track"},
 *     {@code "time limit"}), otherwise null
 */
public record StepResult(
        double[] observation,
        double reward,
        boolean terminated,
        boolean truncated,
        double[] rewardTerms,
        String endReason) {

    public boolean done() {
        return terminated || truncated;
    }
}
