package org.cooperatorlab.app.training;

import org.cooperatorlab.model.Policy;
import org.cooperatorlab.physics.Environment;
import org.cooperatorlab.physics.StepResult;

/** Runs whole episodes of a policy in an environment. */
public final class Rollout {

    private Rollout() {
    }

    /**
     * Plays one episode from {@code reset(seed)} until it terminates or is truncated, and returns
     * the sum of the rewards: the training reward when {@code training} is true, the raw reward
     * otherwise (see {@link Environment#trainingReward}). Resets the policy first.
     *
     * @param action scratch array of the environment's action size; overwritten
     */
    public static double run(Environment environment, Policy policy, long seed, boolean training, double[] action) {
        policy.reset();
        double[] observation = environment.reset(seed);
        double total = 0;
        while (true) {
            policy.act(observation, action);
            StepResult result = environment.step(action);
            total += training ? environment.trainingReward(result) : result.reward();
            if (result.done()) {
                return total;
            }
            observation = result.observation();
        }
    }
}
