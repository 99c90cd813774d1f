package org.cooperatorlab.physics;

import java.util.List;

/**
 * Reward terms and input checks shared by {@link Ant2d} and {@link Ant3d}.
 *
 * <p>The terms and weights follow {@code WalkerBaseBulletEnv} in PyBullet's
 * {@code pybullet_envs/gym_locomotion_envs.py}. It adds a work part and a stall-torque part into
 * one electricity cost, and here each part is its own term so that a user can see both.
 */
final class AntRewards {

    /** Reward term names in the order the Ants report them. */
    static final List<String> TERM_NAMES =
            List.of("progress", "alive", "electricity", "stall torque", "joints at limit");

    static final int PROGRESS = 0;
    static final int ALIVE = 1;
    static final int ELECTRICITY = 2;
    static final int STALL_TORQUE = 3;
    static final int JOINTS_AT_LIMIT = 4;

    /** Weight of mean |a * scaled joint speed| (PyBullet {@code electricity_cost = -2.0}). */
    static final double ELECTRICITY_WEIGHT = 2.0;

    /** Weight of mean a^2, a cost for holding torque without motion (PyBullet {@code stall_torque_cost = -0.1}). */
    static final double STALL_TORQUE_WEIGHT = 0.1;

    /** Cost per joint pressed against a stop (PyBullet {@code joints_at_limit_cost = -0.1}). */
    static final double JOINT_AT_LIMIT_WEIGHT = 0.1;

    /** Scaled joint position above which a joint counts as at its limit (PyBullet's 0.99). */
    static final double AT_LIMIT_THRESHOLD = 0.99;

    /** Factor from joint speed in rad/s to the observed joint speed (PyBullet's 0.1). */
    static final double JOINT_SPEED_SCALE = 0.1;

    /** Bound of every observed value, as PyBullet clips its walker states to [-5, 5]. */
    static final double OBSERVATION_BOUND = 5.0;

    /** End reason when the physics engine produced NaN or an infinity. */
    static final String NON_FINITE_REASON = "simulation produced a non-finite value";

    static final String TIME_LIMIT_REASON = "time limit";

    private AntRewards() {
    }

    /**
     * Returns max(0, reward - alive term), the per-step training signal, so that standing still
     * earns nothing. Evaluation reports the raw reward.
     *
     * @throws IllegalArgumentException if the result does not carry the Ant reward terms
     */
    static double trainingReward(StepResult result) {
        double[] terms = result.rewardTerms();
        if (terms == null || terms.length != TERM_NAMES.size()) {
            throw new IllegalArgumentException("step result must carry the " + TERM_NAMES.size()
                    + " Ant reward terms " + TERM_NAMES + ", had "
                    + (terms == null ? "none" : terms.length));
        }
        return Math.max(0.0, result.reward() - terms[ALIVE]);
    }

    /**
     * Checks that an action has the expected size and only finite components. Finite values
     * outside [-1, 1] are allowed and clipped by the caller.
     *
     * @throws IllegalArgumentException naming the first bad component
     */
    static void checkAction(double[] action, int size) {
        if (action == null) {
            throw new IllegalArgumentException("action must not be null; pass " + size + " values in [-1, 1]");
        }
        if (action.length != size) {
            throw new IllegalArgumentException("action must have " + size + " values, had " + action.length);
        }
        for (int i = 0; i < size; i++) {
            if (!Double.isFinite(action[i])) {
                throw new IllegalArgumentException("action[" + i + "] must be finite, was " + action[i]);
            }
        }
    }

    static double clip(double value, double bound) {
        return Math.max(-bound, Math.min(bound, value));
    }

    /**
     * Maps a joint angle to [-1, 1] between its limits: 2 (q - mid) / (hi - lo), clipped to [-1, 1]
     * because both solvers let a loaded joint pass its stop by a few degrees.
     */
    static double scaledJointPosition(double angle, double lower, double upper) {
        double mid = 0.5 * (lower + upper);
        return clip(2.0 * (angle - mid) / (upper - lower), 1.0);
    }

    /** Returns true when every value is finite. */
    static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
