package org.cooperatorlab.app.ui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.cooperatorlab.model.Policy;
import org.cooperatorlab.physics.Environment;
import org.cooperatorlab.physics.SensorWrapper;
import org.cooperatorlab.physics.StepResult;

/**
 * Measures how much an agent's action changes when its sensors are permuted.
 *
 * <p>The agent first plays one reference episode with the sensors in their natural order, which
 * fixes the observations o_t and actions a_t. Then, for each random permutation p, the same
 * observations are replayed in permuted order (slot j receives o_t[p[j]]) in three ways:
 * <ul>
 *   <li>at reset: permuted from the first step;</li>
 *   <li>mid-episode: natural order until the switch step, permuted after it, recurrent state left
 *       where it was (as when the user presses "Shuffle now");</li>
 *   <li>mid-episode, re-aligned: the same, with the recurrent state moved with the signals by
 *       {@link Policy#permuteState(int[])}.</li>
 * </ul>
 * Each figure is max over permutations and steps of max_k |a'_t[k] - a_t[k]|. A permutation-invariant
 * layer gives rounding-level figures at reset and when re-aligned; a fixed-order model does not.
 */
public final class PermutationAudit {

    /**
     * The measured figures.
     *
     * @param permutations permutations tried (none is the identity when more than one exists)
     * @param steps steps of the reference episode replayed
     * @param switchStep the step at which the mid-episode permutations take effect
     * @param maxAtReset largest action change with the permutation applied from the start
     * @param maxMidEpisode largest action change after a mid-episode permutation, state kept
     * @param maxMidEpisodeRealigned largest action change after a mid-episode permutation, state re-aligned
     * @param actionScale largest |a_t[k]| of the reference episode, to read the figures against
     */
    public record Result(int permutations, int steps, int switchStep, double maxAtReset, double maxMidEpisode,
            double maxMidEpisodeRealigned, double actionScale) {
    }

    private PermutationAudit() {
    }

    /**
     * Runs the audit. Creates its own policy from {@code policies}, so the caller's instances are
     * untouched; runs on the calling thread.
     *
     * @param policies creates a policy of the audited model
     * @param parameters the agent's parameters, read only
     * @param environment an environment of the agent's task, reset and stepped by the audit
     * @param seed seeds the episode and the permutations
     * @param permutations how many random permutations to try, at least 1
     * @param steps longest reference episode, at least 2
     * @throws IllegalArgumentException if a count is out of range
     */
    public static Result run(Supplier<Policy> policies, double[] parameters, Environment environment, long seed,
            int permutations, int steps) {
        Objects.requireNonNull(policies, "policies");
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, was " + permutations);
        }
        if (steps < 2) {
            throw new IllegalArgumentException("steps must be at least 2, was " + steps);
        }
        Policy policy = policies.get();
        policy.setParameters(parameters);
        List<double[]> observations = new ArrayList<>();
        List<double[]> actions = new ArrayList<>();
        playReference(policy, environment, seed, steps, observations, actions);

        int length = observations.size();
        int switchStep = length / 2;
        int sensors = environment.observationSize();
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double atReset = 0;
        double midEpisode = 0;
        double realigned = 0;
        double scale = 0;
        for (double[] a : actions) {
            for (double v : a) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int trial = 0; trial < permutations; trial++) {
            int[] p = drawNonIdentity(sensors, random);
            atReset = Math.max(atReset, replay(policy, observations, actions, p, 0, false));
            midEpisode = Math.max(midEpisode, replay(policy, observations, actions, p, switchStep, false));
            realigned = Math.max(realigned, replay(policy, observations, actions, p, switchStep, true));
        }
        return new Result(permutations, length, switchStep, atReset, midEpisode, realigned, scale);
    }

    private static void playReference(Policy policy, Environment environment, long seed, int steps,
            List<double[]> observations, List<double[]> actions) {
        policy.reset();
        double[] observation = environment.reset(seed);
        for (int t = 0; t < steps; t++) {
            double[] action = new double[environment.actionSize()];
            policy.act(observation, action);
            observations.add(observation);
            actions.add(action);
            if (Double.isNaN(action[0])) {
                break;
            }
            StepResult result = environment.step(action);
            if (result.done()) {
                break;
            }
            observation = result.observation();
        }
    }

    /**
     * Replays the reference observations, permuted by {@code p} from step {@code switchStep} on, and
     * returns the largest action change from that step on.
     */
    private static double replay(Policy policy, List<double[]> observations, List<double[]> actions, int[] p,
            int switchStep, boolean realign) {
        policy.reset();
        double[] action = new double[actions.get(0).length];
        double worst = 0;
        for (int t = 0; t < observations.size(); t++) {
            double[] observation = observations.get(t);
            if (t >= switchStep) {
                if (t == switchStep && realign && t > 0) {
                    policy.permuteState(SensorWrapper.sourceSlots(SensorWrapper.identity(p.length), p, 0));
                }
                observation = permute(observation, p);
            }
            policy.act(observation, action);
            if (t >= switchStep) {
                double[] reference = actions.get(t);
                for (int k = 0; k < action.length; k++) {
                    double change = Math.abs(action[k] - reference[k]);
                    worst = Double.isNaN(change) ? Double.POSITIVE_INFINITY : Math.max(worst, change);
                }
            }
        }
        return worst;
    }

    private static double[] permute(double[] observation, int[] p) {
        double[] permuted = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            permuted[j] = observation[p[j]];
        }
        return permuted;
    }

    private static int[] drawNonIdentity(int n, SplittableRandom random) {
        int[] p = SensorWrapper.randomPermutation(n, random);
        for (int attempt = 0; attempt < 10 && n > 1 && isIdentity(p); attempt++) {
            p = SensorWrapper.randomPermutation(n, random);
        }
        return p;
    }

    private static boolean isIdentity(int[] p) {
        for (int i = 0; i < p.length; i++) {
            if (p[i] != i) {
                return false;
            }
        }
        return true;
    }
}
