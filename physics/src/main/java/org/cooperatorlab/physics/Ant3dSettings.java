package org.cooperatorlab.physics;

/**
 * Simulation settings of {@link Ant3d}. The compact constructor rejects invalid values with an
 * {@link IllegalArgumentException} that names the field and the value.
 *
 * @param timeStep ode4j time step in seconds, in (0, 0.05]. The bound catches a step given in the
 *     wrong unit; the joint stops are already soft at 0.0165 s (see {@link #defaults()}).
 * @param frameSkip physics steps per environment step, in [1, 20]; the environment time step is
 *     {@code timeStep * frameSkip}
 * @param solverIterations iterations of ode4j's quickStep solver per physics step, in [1, 8]. From
 *     its ninth iteration on, quickStep in ode4j 0.5.3 reorders constraints with a random generator
 *     shared by the whole process ({@code Misc.dRandInt}), which would make an episode depend on
 *     what other threads simulate; up to 8 iterations it never draws from it.
 * @param maxSteps environment steps after which an episode is truncated, at least 1
 * @param initialNoise half-width of the uniform perturbation of each initial joint angle (rad)
 *     and joint speed (rad/s), in [0, 0.3]; 0 gives the same start for every seed
 * @param maxTorque joint torque at action +-1 in N m; finite and positive
 */
public record Ant3dSettings(
        double timeStep,
        int frameSkip,
        int solverIterations,
        int maxSteps,
        double initialNoise,
        double maxTorque) {

    /** Largest accepted physics time step in seconds. */
    public static final double MAX_TIME_STEP = 0.05;

    /** Largest quickStep iteration count that keeps episodes independent of other threads. */
    public static final int MAX_SOLVER_ITERATIONS = 8;

    public Ant3dSettings {
        if (!(timeStep > 0.0) || timeStep > MAX_TIME_STEP) {
            throw new IllegalArgumentException("timeStep must be in (0, " + MAX_TIME_STEP + "] s, was " + timeStep);
        }
        Ant2dSettings.requireRange("frameSkip", frameSkip, 1, 20);
        Ant2dSettings.requireRange("solverIterations", solverIterations, 1, MAX_SOLVER_ITERATIONS);
        Ant2dSettings.requireRange("maxSteps", maxSteps, 1, Integer.MAX_VALUE);
        if (!(initialNoise >= 0.0) || initialNoise > Ant2dSettings.MAX_INITIAL_NOISE) {
            throw new IllegalArgumentException(
                    "initialNoise must be in [0, " + Ant2dSettings.MAX_INITIAL_NOISE + "], was " + initialNoise);
        }
        if (!(maxTorque > 0.0) || !Double.isFinite(maxTorque)) {
            throw new IllegalArgumentException("maxTorque must be finite and positive (N m), was " + maxTorque);
        }
    }

    /**
     * Returns the defaults: three physics steps of 0.0165 / 3 s per environment step of 0.0165 s,
     * PyBullet's Ant environment step; 5 solver iterations; 1000 steps; 0.1 rad noise as in
     * PyBullet's Ant reset; and 40 N m torque, about twice the 19 N m ankle torque that holds the
     * standing ant. With random actions this keeps the joint stops within about 10 degrees and
     * the ant standing for most of 1000 steps. Fewer, longer physics steps are cheaper but soft:
     * with one 0.0165 s step and 8 iterations the stops give way by tens of degrees and a random
     * policy drops the torso below the alive height within about 25 steps.
     */
    public static Ant3dSettings defaults() {
        return new Ant3dSettings(0.0165 / 3, 3, 5, 1000, 0.1, 40.0);
    }

    /** Returns a copy with another initial noise. */
    public Ant3dSettings withInitialNoise(double noise) {
        return new Ant3dSettings(timeStep, frameSkip, solverIterations, maxSteps, noise, maxTorque);
    }

    /** Returns a copy with another torque limit. */
    public Ant3dSettings withMaxTorque(double torque) {
        return new Ant3dSettings(timeStep, frameSkip, solverIterations, maxSteps, initialNoise, torque);
    }
}
