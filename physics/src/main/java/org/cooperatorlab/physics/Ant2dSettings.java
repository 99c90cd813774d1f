package org.cooperatorlab.physics;

/**
 * Simulation settings of {@link Ant2d}. The compact constructor rejects invalid values with an
 * {@link IllegalArgumentException} that names the field and the value.
 *
 * @param timeStep JBox2D time step in seconds, in (0, 0.05]. The bound, three times the default,
 *     catches a step given in the wrong unit before it turns into an unstable simulation.
 * @param frameSkip physics steps per environment step, in [1, 20]; the environment time step is
 *     {@code timeStep * frameSkip}
 * @param velocityIterations JBox2D velocity solver iterations per physics step, in [1, 100]
 * @param positionIterations JBox2D position solver iterations per physics step, in [1, 100]
 * @param maxSteps environment steps after which an episode is truncated, at least 1
 * @param initialNoise half-width of the uniform perturbation of each initial joint angle (rad)
 *     and joint speed (rad/s), in [0, 0.3]; 0 gives the same start for every seed
 * @param maxTorque largest joint motor torque in N m, reached at action +-1; finite and positive
 */
public record Ant2dSettings(
        double timeStep,
        int frameSkip,
        int velocityIterations,
        int positionIterations,
        int maxSteps,
        double initialNoise,
        double maxTorque) {

    /** Largest accepted physics time step in seconds. */
    public static final double MAX_TIME_STEP = 0.05;

    /** Largest accepted initial perturbation in rad and rad/s; larger starts can begin with a fall. */
    public static final double MAX_INITIAL_NOISE = 0.3;

    public Ant2dSettings {
        if (!(timeStep > 0.0) || timeStep > MAX_TIME_STEP) {
            throw new IllegalArgumentException("timeStep must be in (0, " + MAX_TIME_STEP + "] s, was " + timeStep);
        }
        requireRange("frameSkip", frameSkip, 1, 20);
        requireRange("velocityIterations", velocityIterations, 1, 100);
        requireRange("positionIterations", positionIterations, 1, 100);
        requireRange("maxSteps", maxSteps, 1, Integer.MAX_VALUE);
        if (!(initialNoise >= 0.0) || initialNoise > MAX_INITIAL_NOISE) {
            throw new IllegalArgumentException(
                    "initialNoise must be in [0, " + MAX_INITIAL_NOISE + "], was " + initialNoise);
        }
        if (!(maxTorque > 0.0) || !Double.isFinite(maxTorque)) {
            throw new IllegalArgumentException("maxTorque must be finite and positive (N m), was " + maxTorque);
        }
    }

    /**
     * Returns the defaults: one 1/60 s physics step per environment step (close to the 0.0165 s of
     * PyBullet's Ant), 6 velocity and 2 position iterations (below JBox2D's suggested 8 and 3,
     * which cost a third more time, while the joint limits still hold within a few degrees),
     * 1000 steps, 0.1 rad noise as in PyBullet's Ant reset, and 40 N m torque, more than twice the
     * 17 N m hip torque that holds the standing walker.
     */
    public static Ant2dSettings defaults() {
        return new Ant2dSettings(1.0 / 60.0, 1, 6, 2, 1000, 0.1, 40.0);
    }

    /** Returns a copy with another initial noise. */
    public Ant2dSettings withInitialNoise(double noise) {
        return new Ant2dSettings(timeStep, frameSkip, velocityIterations, positionIterations, maxSteps, noise, maxTorque);
    }

    /** Returns a copy with another torque limit. */
    public Ant2dSettings withMaxTorque(double torque) {
        return new Ant2dSettings(timeStep, frameSkip, velocityIterations, positionIterations, maxSteps, initialNoise, torque);
    }

    static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            String range = max == Integer.MAX_VALUE ? "at least " + min : "in [" + min + ", " + max + "]";
            throw new IllegalArgumentException(field + " must be " + range + ", was " + value);
        }
    }
}
