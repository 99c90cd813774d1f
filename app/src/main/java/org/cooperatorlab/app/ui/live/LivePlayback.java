package org.cooperatorlab.app.ui.live;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.cooperatorlab.model.LayerTrace;
import org.cooperatorlab.model.Policy;
import org.cooperatorlab.physics.Environment;
import org.cooperatorlab.physics.SensorWrapper;
import org.cooperatorlab.physics.StepResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays one agent in its own episode for the live view, on the JavaFX thread.
 *
 * <p>{@link #advance(double)} turns wall-clock time into environment steps at {@link #speed()}
 * times real time (one step per {@link Environment#timeStep()} of simulated time). An episode that
 * ends is held for {@link #END_HOLD_STEPS} steps so the user sees how it ended, then a new one
 * starts by itself with the next episode seed. Newer parameters offered by training are taken only
 * when an episode starts, so an episode is always played by one agent; training never waits for
 * the playback.
 *
 * <p>The user's sensor changes go through the {@link SensorWrapper}: a new order keeps the
 * policy's recurrent state unless {@link #setRealignState(boolean) re-alignment} is on, in which
 * case the state moves with the signals; a change in the number of noise sensors always moves the
 * state of the sensors that stay, and new sensors start from zero.
 *
 * <p>Not thread-safe: every method runs on the JavaFX thread.
 */
public final class LivePlayback {

    /** Steps an ended episode stays on screen before the next starts (0.5 s at CartPole's 10 ms). */
    public static final int END_HOLD_STEPS = 50;
    /** Most steps taken in one {@link #advance} call, so a stalled frame cannot trigger a long catch-up. */
    public static final int MAX_STEPS_PER_ADVANCE = 40;
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 8.0;

    private static final Logger LOG = LoggerFactory.getLogger(LivePlayback.class);

    private final SensorWrapper environment;
    private final TraceHistory history;
    private final SplittableRandom episodeSeeds;
    private Policy policy;
    private double[] parameters;
    private String parameterSource = "";
    private double[] pendingParameters;
    private String pendingSource;

    private double[] observation;
    private final double[] action;
    private LayerTrace lastTrace;
    private int steps;
    private double episodeReturn;
    private int episodes;
    private long episodeSeed;
    private String endReason;
    private int holdLeft;
    private boolean episodeRunning;

    private double speed = 1.0;
    private boolean paused;
    private double pendingSeconds;
    private boolean realignState;
    private boolean orderChangedSinceStep;
    private long sensorVersion;

    /**
     * @param inner the environment to replay; the playback wraps it in its own {@link SensorWrapper}
     * @param historySteps steps kept for the input traces and the neuron time strip
     * @param seed seed of the sequence of episode seeds; two playbacks with the same seed play the
     *     same episodes
     */
    public LivePlayback(Environment inner, int historySteps, long seed) {
        environment = SensorWrapper.plain(Objects.requireNonNull(inner, "inner"));
        environment.addListener(this::sensorsChanged);
        history = new TraceHistory(historySteps);
        episodeSeeds = new SplittableRandom(seed);
        action = new double[inner.actionSize()];
    }

    /**
     * Replaces the agent and starts a new episode at once.
     *
     * @param newPolicy the policy to replay, owned by the playback from now on
     * @param newParameters its flat parameters, copied
     * @param source where the parameters come from, shown in the view
     */
    public void setAgent(Policy newPolicy, double[] newParameters, String source) {
        policy = Objects.requireNonNull(newPolicy, "newPolicy");
        if (!newPolicy.spec().kind().permutationInvariant() && environment.noiseChannels() > 0) {
            LOG.info("Removed {} noise sensors because {} needs exactly {} sensors", environment.noiseChannels(),
                    newPolicy.spec().kind().displayName(), newPolicy.spec().observationSize());
            environment.setNoiseChannels(0);
        }
        parameters = newParameters.clone();
        policy.setParameters(parameters);
        parameterSource = source;
        pendingParameters = null;
        startEpisode();
    }

    /**
     * Offers newer parameters for the same policy; they are taken when the next episode starts,
     * or at once if nothing is playing yet. The array is copied.
     */
    public void offerParameters(double[] newParameters, String source) {
        if (policy == null) {
            return;
        }
        pendingParameters = newParameters.clone();
        pendingSource = source;
        if (!episodeRunning && holdLeft == 0) {
            startEpisode();
        }
    }

    /** Releases the environment; the playback is not used afterwards. */
    public void close() {
        clearAgent();
        environment.close();
    }

    /** Removes the agent; the view shows nothing until {@link #setAgent} is called again. */
    public void clearAgent() {
        policy = null;
        parameters = null;
        pendingParameters = null;
        episodeRunning = false;
        lastTrace = null;
        history.clear();
    }

    public boolean hasAgent() {
        return policy != null;
    }

    /**
     * Advances the episode by {@code elapsedSeconds} of wall-clock time times the speed.
     * Does nothing while paused or without an agent.
     *
     * @return the number of steps taken
     */
    public int advance(double elapsedSeconds) {
        if (paused || policy == null || !(elapsedSeconds > 0)) {
            return 0;
        }
        pendingSeconds += elapsedSeconds * speed;
        double dt = environment.timeStep();
        int taken = 0;
        while (pendingSeconds >= dt && taken < MAX_STEPS_PER_ADVANCE) {
            pendingSeconds -= dt;
            stepOnce();
            taken++;
        }
        if (taken == MAX_STEPS_PER_ADVANCE) {
            pendingSeconds = 0;
        }
        return taken;
    }

    /** Takes exactly one step (or one step of the end-of-episode hold), paused or not. */
    public void stepOnce() {
        if (policy == null) {
            return;
        }
        if (!episodeRunning) {
            if (holdLeft > 0) {
                holdLeft--;
                return;
            }
            startEpisode();
            return;
        }
        LayerTrace trace = policy.actTraced(observation, action);
        for (double a : action) {
            if (Double.isNaN(a)) {
                endEpisode("the policy returned NaN");
                return;
            }
        }
        StepResult result = environment.step(action);
        lastTrace = trace;
        history.add(trace, orderChangedSinceStep);
        orderChangedSinceStep = false;
        observation = result.observation();
        steps++;
        episodeReturn += result.reward();
        if (result.done()) {
            endEpisode(result.endReason());
        }
    }

    private void startEpisode() {
        if (pendingParameters != null) {
            parameters = pendingParameters;
            parameterSource = pendingSource;
            pendingParameters = null;
            policy.setParameters(parameters);
        }
        episodeSeed = episodeSeeds.nextLong();
        observation = environment.reset(episodeSeed);
        policy.reset();
        java.util.Arrays.fill(action, 0);
        steps = 0;
        episodeReturn = 0;
        endReason = null;
        holdLeft = 0;
        episodes++;
        episodeRunning = true;
        orderChangedSinceStep = true;
    }

    private void endEpisode(String reason) {
        episodeRunning = false;
        endReason = reason;
        holdLeft = END_HOLD_STEPS;
        LOG.debug("Live episode {} ended after {} steps with return {}: {}", episodes, steps, episodeReturn, reason);
    }

    /** Draws a new random sensor order now. */
    public void shuffleNow() {
        environment.shuffleNow();
    }

    /**
     * Sets the sensor order: slot i carries the environment's observation {@code permutation[i]}.
     *
     * @throws IllegalArgumentException unless it is a permutation of the environment's sensors
     */
    public void setPermutation(int[] permutation) {
        environment.setPermutation(permutation);
    }

    /**
     * Redraws the order every {@code steps} steps, or never for 0.
     *
     * @throws IllegalArgumentException if {@code steps} is negative
     */
    public void setAutoShuffle(int everySteps) {
        if (everySteps < 0) {
            throw new IllegalArgumentException("auto-shuffle interval must be 0 (off) or positive, was " + everySteps);
        }
        environment.setMode(everySteps == 0 ? SensorWrapper.PermutationMode.NONE
                : SensorWrapper.PermutationMode.EVERY_K_STEPS, Math.max(1, everySteps));
    }

    /**
     * Sets the number of noise sensors appended after the real ones.
     *
     * @throws IllegalArgumentException if the count is outside what the wrapper accepts
     */
    public void setNoiseChannels(int count) {
        environment.setNoiseChannels(count);
        if (episodeRunning) {
            observation = resize(observation, environment.observationSize());
        }
    }

    private static double[] resize(double[] values, int size) {
        double[] resized = java.util.Arrays.copyOf(values, size);
        for (int i = values.length; i < size; i++) {
            resized[i] = SensorWrapper.NOISE_STANDARD_DEVIATION * java.util.concurrent.ThreadLocalRandom.current().nextGaussian();
        }
        return resized;
    }

    private void sensorsChanged(int[] sourceSlot) {
        boolean sizeChanged = observation != null && sourceSlot.length != observation.length;
        if (policy != null && (realignState || sizeChanged)) {
            policy.permuteState(sourceSlot);
        }
        if (episodeRunning && observation != null && !sizeChanged) {
            observation = reorder(observation, sourceSlot);
        }
        orderChangedSinceStep = true;
        sensorVersion++;
    }

    /** The observation already drawn moves with its signals, so the next action sees the new order. */
    private static double[] reorder(double[] values, int[] sourceSlot) {
        double[] reordered = new double[sourceSlot.length];
        for (int j = 0; j < sourceSlot.length; j++) {
            reordered[j] = sourceSlot[j] >= 0 ? values[sourceSlot[j]] : 0;
        }
        return reordered;
    }

    public void setRealignState(boolean realign) {
        realignState = realign;
    }

    public boolean realignState() {
        return realignState;
    }

    /**
     * Sets the playback speed relative to real time.
     *
     * @throws IllegalArgumentException outside [{@value #MIN_SPEED}, {@value #MAX_SPEED}] or NaN
     */
    public void setSpeed(double newSpeed) {
        if (!(newSpeed >= MIN_SPEED && newSpeed <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed must be between " + MIN_SPEED + " and " + MAX_SPEED + ", was " + newSpeed);
        }
        speed = newSpeed;
    }

    public double speed() {
        return speed;
    }

    public void setPaused(boolean pause) {
        paused = pause;
        pendingSeconds = 0;
    }

    public boolean paused() {
        return paused;
    }

    /** The wrapped environment the policy acts in; its inner environment has the physical state. */
    public SensorWrapper environment() {
        return environment;
    }

    /** Signal carried by each sensor slot now. */
    public List<String> sensorNames() {
        return environment.observationNames();
    }

    /** Counter that grows whenever the sensor order or count changes. */
    public long sensorVersion() {
        return sensorVersion;
    }

    public Policy policy() {
        return policy;
    }

    /** The parameters being played, or null without an agent. A copy. */
    public double[] parameters() {
        return parameters == null ? null : parameters.clone();
    }

    public String parameterSource() {
        return parameterSource;
    }

    /** The trace of the last step, or null before the first step of an agent. */
    public LayerTrace lastTrace() {
        return lastTrace;
    }

    public TraceHistory history() {
        return history;
    }

    /** The last action; all zeros at the start of an episode. */
    public double[] action() {
        return action.clone();
    }

    public int steps() {
        return steps;
    }

    public double episodeReturn() {
        return episodeReturn;
    }

    /** Episodes started so far. */
    public int episodes() {
        return episodes;
    }

    public long episodeSeed() {
        return episodeSeed;
    }

    public boolean episodeRunning() {
        return episodeRunning;
    }

    /** Why the last episode ended, or null while it runs. */
    public String endReason() {
        return endReason;
    }
}
