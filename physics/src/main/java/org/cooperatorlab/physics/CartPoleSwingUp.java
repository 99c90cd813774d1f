package org.cooperatorlab.physics;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * CartPole swing-up: a pole hinged on a cart that moves along a bounded track starts hanging down
 * and must be swung up and balanced while the cart stays near the centre.
 *
 * <p>This is {@code CartPoleSwingUpHarder} of Tang and Ha, "The Sensory Neuron as a Transformer"
 * (NeurIPS 2021; google/brain-tokyo-workshop, Apache License 2.0), which Adeel et al., "Cooperation
 * Is All You Need" (2023), reuse. The update order below is theirs and is reproduced exactly.
 *
 * <h2>Dynamics</h2>
 * With s = sin(theta), c = cos(theta) of the state before the step, theta = 0 upright and not
 * wrapped, F = 10 N x clip(a, -1, 1):
 * <pre>
 * x_acc     = (-2 m_p l thetadot^2 s + 3 m_p g s c + 4 F - 4 b xdot) / (4 (m_c + m_p) - 3 m_p c^2)
 * theta_acc = (-3 m_p l thetadot^2 s c + 6 (m_c + m_p) g s + 6 (F - b xdot) c) / (4 l (m_c + m_p) - 3 m_p l c^2)
 * x += xdot dt;  theta += thetadot dt;  xdot += x_acc dt;  thetadot += theta_acc dt
 * </pre>
 * Positions are integrated with the old velocities (explicit Euler).
 *
 * <h2>Action space</h2>
 * <table>
 *   <caption>Actions</caption>
 *   <tr><th>index</th><th>name</th><th>meaning</th><th>range</th><th>unit</th></tr>
 *   <tr><td>0</td><td>force</td><td>horizontal force on the cart, 10 N per unit, clipped</td><td>[-1, 1]</td><td>10 N</td></tr>
 * </table>
 *
 * <h2>Observation space</h2>
 * <table>
 *   <caption>Observations, taken after the step</caption>
 *   <tr><th>index</th><th>name</th><th>meaning</th><th>range</th><th>unit</th></tr>
 *   <tr><td>0</td><td>x</td><td>cart position, 0 at the centre</td><td>[-2.4, 2.4] while running</td><td>m</td></tr>
 *   <tr><td>1</td><td>x_dot</td><td>cart velocity</td><td>unbounded</td><td>m/s</td></tr>
 *   <tr><td>2</td><td>cos_theta</td><td>cosine of the pole angle, 1 upright</td><td>[-1, 1]</td><td>1</td></tr>
 *   <tr><td>3</td><td>sin_theta</td><td>sine of the pole angle</td><td>[-1, 1]</td><td>1</td></tr>
 *   <tr><td>4</td><td>theta_dot</td><td>pole angular velocity</td><td>unbounded</td><td>rad/s</td></tr>
 * </table>
 *
 * <h2>Reward</h2>
 * After the step, reward = upright x centred, with upright = (cos theta + 1) / 2 and centred =
 * cos((x / 2.4) (pi / 2)); it lies in [0, 1] while the cart is on the track, so an episode returns
 * at most 1000. On the step that leaves the track the centred factor, and so the reward, is
 * slightly negative, as in the reference implementation. The two factors
 * are reported as the terms {@code upright} and {@code centred}; their product is the reward.
 *
 * <h2>Starting state</h2>
 * Harder start (the default, used by both papers): x ~ U(-2.4, 2.4), xdot ~ U(-10, 10),
 * theta = pi + U(-pi/2, pi/2), thetadot ~ U(-10, 10). Many episodes start with the cart moving fast
 * towards an edge and end early, which is why published scores have a large spread. Easy start:
 * each of (x, xdot, theta, thetadot) ~ N((0, 0, pi, 0), 0.2^2).
 *
 * <h2>Episode end</h2>
 * Terminated when |x| &gt; 2.4 m (that step's reward still counts); truncated after 1000 steps.
 * There is no angle limit.
 */
public final class CartPoleSwingUp implements Environment {

    public static final String ID = "cartpole-swingup";

    /** Gravitational acceleration, m/s^2. */
    public static final double GRAVITY = 9.82;
    /** Cart mass, kg. */
    public static final double CART_MASS = 0.5;
    /** Pole mass, kg. */
    public static final double POLE_MASS = 0.5;
    /** Pole length, m. */
    public static final double POLE_LENGTH = 0.6;
    /** Force for an action of 1, N. */
    public static final double FORCE_MAGNITUDE = 10.0;
    /** Integration step, s. */
    public static final double TIME_STEP = 0.01;
    /** Friction coefficient on the cart velocity, N s/m. */
    public static final double FRICTION = 0.1;
    /** Half-length of the track, m: the episode ends when |x| exceeds it. */
    public static final double TRACK_LIMIT = 2.4;
    /** Steps per episode before truncation. */
    public static final int MAX_STEPS = 1000;

    private static final double TOTAL_MASS = CART_MASS + POLE_MASS;
    private static final List<String> OBSERVATION_NAMES = List.of("x", "x_dot", "cos_theta", "sin_theta", "theta_dot");
    private static final List<String> REWARD_TERM_NAMES = List.of("upright", "centred");

    /** Distribution of the initial state. */
    public enum StartMode {
        /** x ~ U(-2.4, 2.4), xdot ~ U(-10, 10), theta = pi + U(-pi/2, pi/2), thetadot ~ U(-10, 10). */
        HARDER,
        /** Each state component ~ N((0, 0, pi, 0), 0.2^2). */
        EASY
    }

    private final StartMode startMode;
    private double x;
    private double xDot;
    private double theta;
    private double thetaDot;
    private int steps;
    private boolean started;
    private boolean ended;

    /** Creates the environment with the harder start. */
    public CartPoleSwingUp() {
        this(StartMode.HARDER);
    }

    public CartPoleSwingUp(StartMode startMode) {
        this.startMode = Objects.requireNonNull(startMode, "startMode");
    }

    public StartMode startMode() {
        return startMode;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> observationNames() {
        return OBSERVATION_NAMES;
    }

    @Override
    public int actionSize() {
        return 1;
    }

    @Override
    public List<String> rewardTermNames() {
        return REWARD_TERM_NAMES;
    }

    @Override
    public double timeStep() {
        return TIME_STEP;
    }

    @Override
    public int maxSteps() {
        return MAX_STEPS;
    }

    @Override
    public int stepCount() {
        return steps;
    }

    @Override
    public double[] reset(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        if (startMode == StartMode.HARDER) {
            setState(uniform(random, -TRACK_LIMIT, TRACK_LIMIT), uniform(random, -10, 10),
                    Math.PI + uniform(random, -Math.PI / 2, Math.PI / 2), uniform(random, -10, 10));
        } else {
            setState(0.2 * random.nextGaussian(), 0.2 * random.nextGaussian(), Math.PI + 0.2 * random.nextGaussian(),
                    0.2 * random.nextGaussian());
        }
        return observation();
    }

    /**
     * Starts a new episode from an exact state, for reference trajectories and tests.
     *
     * @throws IllegalArgumentException if a component is not finite
     */
    public double[] reset(double x, double xDot, double theta, double thetaDot) {
        setState(x, xDot, theta, thetaDot);
        return observation();
    }

    private void setState(double newX, double newXDot, double newTheta, double newThetaDot) {
        requireFinite("x", newX);
        requireFinite("x_dot", newXDot);
        requireFinite("theta", newTheta);
        requireFinite("theta_dot", newThetaDot);
        x = newX;
        xDot = newXDot;
        theta = newTheta;
        thetaDot = newThetaDot;
        steps = 0;
        started = true;
        ended = false;
    }

    /**
     * Advances 10 ms. A NaN action is rejected because it would silently poison the state; an
     * infinite one is clipped like any other value.
     */
    @Override
    public StepResult step(double[] action) {
        if (!started) {
            throw new IllegalStateException("call reset before step");
        }
        if (ended) {
            throw new IllegalStateException("the episode has ended after " + steps + " steps; call reset to start another");
        }
        if (action == null || action.length != 1) {
            throw new IllegalArgumentException("CartPole takes 1 action value, got " + (action == null ? "null" : action.length));
        }
        if (Double.isNaN(action[0])) {
            throw new IllegalArgumentException("action[0] is NaN; the policy must output a number in [-1, 1]");
        }

        double force = FORCE_MAGNITUDE * Math.max(-1.0, Math.min(1.0, action[0]));
        integrate(force);
        steps++;

        double upright = uprightFactor();
        double centred = centredFactor();
        boolean terminated = Math.abs(x) > TRACK_LIMIT;
        boolean truncated = !terminated && steps >= MAX_STEPS;
        ended = terminated || truncated;
        String endReason = null;
        if (terminated) {
            endReason = "cart left the track";
        } else if (truncated) {
            endReason = "time limit";
        }
        return new StepResult(observation(), upright * centred, terminated, truncated, new double[] {upright, centred}, endReason);
    }

    private void integrate(double force) {
        double s = Math.sin(theta);
        double c = Math.cos(theta);
        double xAcc = (-2 * POLE_MASS * POLE_LENGTH * thetaDot * thetaDot * s + 3 * POLE_MASS * GRAVITY * s * c
                + 4 * force - 4 * FRICTION * xDot)
                / (4 * TOTAL_MASS - 3 * POLE_MASS * c * c);
        double thetaAcc = (-3 * POLE_MASS * POLE_LENGTH * thetaDot * thetaDot * s * c + 6 * TOTAL_MASS * GRAVITY * s
                + 6 * (force - FRICTION * xDot) * c)
                / (4 * POLE_LENGTH * TOTAL_MASS - 3 * POLE_MASS * POLE_LENGTH * c * c);
        x += xDot * TIME_STEP;
        theta += thetaDot * TIME_STEP;
        xDot += xAcc * TIME_STEP;
        thetaDot += thetaAcc * TIME_STEP;
    }

    /** (cos theta + 1) / 2: 1 with the pole upright, 0 hanging down. */
    private double uprightFactor() {
        return (Math.cos(theta) + 1) / 2;
    }

    /** cos((x / 2.4) (pi / 2)): 1 at the centre, 0 at the track limits. */
    private double centredFactor() {
        return Math.cos((x / TRACK_LIMIT) * (Math.PI / 2));
    }

    private double[] observation() {
        return new double[] {x, xDot, Math.cos(theta), Math.sin(theta), thetaDot};
    }

    /** Returns a copy of the physical state (x, xdot, theta, thetadot). */
    public double[] state() {
        return new double[] {x, xDot, theta, thetaDot};
    }

    private static double uniform(SplittableRandom random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
    }
}
