package org.cooperatorlab.physics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Shuffles the sensors of an environment and appends noise sensors.
 *
 * <p>The policy sees {@code obs[p[0]], ..., obs[p[n-1]]} for the current permutation p, followed
 * by {@link #noiseChannels()} values of pure N(0, 0.1^2) noise drawn at every step. The permutation
 * is drawn at each reset, every k steps, or set at any moment by {@link #setPermutation(int[])} or
 * {@link #shuffleNow()}; with {@link PermutationMode#NONE} the current permutation (the identity
 * until someone sets another) is kept across resets.
 *
 * <p>Changing the order or the number of sensors mid-episode does not touch a policy's recurrent
 * state. Listeners receive, for each change, the slot that each new slot's signal came from, which
 * a policy can use to move its per-sensor state with the signals (see {@link SensorOrderListener}).
 *
 * <p>Shuffles and noise come from generators seeded by the reset seed, so an episode is
 * reproducible. {@link #shuffleNow()} uses a separate generator so that interactive shuffles do not
 * change the noise sequence. Not thread-safe, like every environment.
 */
public final class SensorWrapper implements Environment {

    /** Standard deviation of a noise sensor. */
    public static final double NOISE_STANDARD_DEVIATION = 0.1;
    /** Largest number of noise sensors accepted. */
    public static final int MAX_NOISE_CHANNELS = 1000;

    /** When the permutation is redrawn. */
    public enum PermutationMode {
        /** Never redrawn automatically. */
        NONE,
        /** Redrawn at every reset. */
        AT_RESET,
        /** Redrawn at every reset and every {@code shuffleInterval} steps. */
        EVERY_K_STEPS
    }

    /** Receives sensor-order changes. */
    @FunctionalInterface
    public interface SensorOrderListener {
        /**
         * Called after the order or the number of sensors changed. New slot j carries the signal
         * that old slot {@code sourceSlot[j]} carried, or a new noise sensor where it is -1.
         */
        void sensorsChanged(int[] sourceSlot);
    }

    private static final long NOISE_SEED_SALT = 0x9E3779B97F4A7C15L;

    private final Environment inner;
    private final int baseSize;
    private final List<SensorOrderListener> listeners = new CopyOnWriteArrayList<>();
    private PermutationMode mode;
    private int shuffleInterval;
    private int noiseChannels;
    private int[] permutation;
    private SplittableRandom episodeRandom = new SplittableRandom(0);
    private SplittableRandom noiseRandom = new SplittableRandom(NOISE_SEED_SALT);
    private SplittableRandom interactiveRandom = new SplittableRandom(1);

    /**
     * @param inner the wrapped environment, owned by this wrapper from now on
     * @param mode when to redraw the permutation
     * @param shuffleInterval steps between redraws for {@link PermutationMode#EVERY_K_STEPS}; ignored otherwise
     * @param noiseChannels number of noise sensors, 0 to {@value #MAX_NOISE_CHANNELS}
     */
    public SensorWrapper(Environment inner, PermutationMode mode, int shuffleInterval, int noiseChannels) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.baseSize = inner.observationSize();
        this.permutation = identity(baseSize);
        setMode(mode, shuffleInterval);
        setNoiseChannels(noiseChannels);
    }

    /** Wraps without shuffling or noise. */
    public static SensorWrapper plain(Environment inner) {
        return new SensorWrapper(inner, PermutationMode.NONE, 1, 0);
    }

    public Environment inner() {
        return inner;
    }

    public PermutationMode mode() {
        return mode;
    }

    public int shuffleInterval() {
        return shuffleInterval;
    }

    /**
     * Sets when the permutation is redrawn.
     *
     * @throws IllegalArgumentException if {@code shuffleInterval} is below 1 with {@link PermutationMode#EVERY_K_STEPS}
     */
    public void setMode(PermutationMode newMode, int newShuffleInterval) {
        Objects.requireNonNull(newMode, "mode");
        if (newMode == PermutationMode.EVERY_K_STEPS && newShuffleInterval < 1) {
            throw new IllegalArgumentException("shuffle interval must be at least 1 step, was " + newShuffleInterval);
        }
        mode = newMode;
        shuffleInterval = Math.max(1, newShuffleInterval);
    }

    public void addListener(SensorOrderListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(SensorOrderListener listener) {
        listeners.remove(listener);
    }

    /** The current permutation: slot i carries the inner observation {@code permutation()[i]}. A copy. */
    public int[] permutation() {
        return permutation.clone();
    }

    public int noiseChannels() {
        return noiseChannels;
    }

    /**
     * Sets the number of noise sensors, appended after the permuted sensors. Existing noise slots
     * keep their positions; added ones are new.
     *
     * @throws IllegalArgumentException if the count is negative or above {@value #MAX_NOISE_CHANNELS}
     */
    public void setNoiseChannels(int count) {
        if (count < 0 || count > MAX_NOISE_CHANNELS) {
            throw new IllegalArgumentException("noise channels must be between 0 and " + MAX_NOISE_CHANNELS + ", was " + count);
        }
        int old = noiseChannels;
        noiseChannels = count;
        if (old != count) {
            int[] source = new int[baseSize + count];
            for (int j = 0; j < source.length; j++) {
                source[j] = j < baseSize + old ? j : -1;
            }
            fire(source);
        }
    }

    /**
     * Sets the sensor order. The next observation uses it.
     *
     * @throws IllegalArgumentException unless {@code newPermutation} is a permutation of 0..n-1 for the inner size n
     */
    public void setPermutation(int[] newPermutation) {
        requirePermutation(newPermutation, baseSize);
        applyPermutation(newPermutation.clone());
    }

    /** Draws a new random order now, from a generator independent of the episode's. */
    public void shuffleNow() {
        applyPermutation(randomPermutation(baseSize, interactiveRandom));
    }

    private void applyPermutation(int[] newPermutation) {
        int[] source = sourceSlots(permutation, newPermutation, noiseChannels);
        permutation = newPermutation;
        fire(source);
    }

    /**
     * Returns, for each slot under {@code newPermutation}, the slot under {@code oldPermutation}
     * that carried the same signal; noise slots map to themselves.
     */
    public static int[] sourceSlots(int[] oldPermutation, int[] newPermutation, int noiseChannels) {
        int n = oldPermutation.length;
        int[] slotOfSignal = new int[n];
        for (int i = 0; i < n; i++) {
            slotOfSignal[oldPermutation[i]] = i;
        }
        int[] source = new int[n + noiseChannels];
        for (int j = 0; j < n; j++) {
            source[j] = slotOfSignal[newPermutation[j]];
        }
        for (int q = 0; q < noiseChannels; q++) {
            source[n + q] = n + q;
        }
        return source;
    }

    private void fire(int[] sourceSlot) {
        for (SensorOrderListener listener : listeners) {
            listener.sensorsChanged(sourceSlot.clone());
        }
    }

    @Override
    public String id() {
        return inner.id();
    }

    /** Names of what each slot carries now: the permuted inner names, then {@code noise_1} and so on. */
    @Override
    public List<String> observationNames() {
        List<String> innerNames = inner.observationNames();
        List<String> names = new ArrayList<>(baseSize + noiseChannels);
        for (int index : permutation) {
            names.add(innerNames.get(index));
        }
        for (int q = 1; q <= noiseChannels; q++) {
            names.add("noise_" + q);
        }
        return names;
    }

    @Override
    public int observationSize() {
        return baseSize + noiseChannels;
    }

    @Override
    public int actionSize() {
        return inner.actionSize();
    }

    @Override
    public List<String> rewardTermNames() {
        return inner.rewardTermNames();
    }

    @Override
    public double timeStep() {
        return inner.timeStep();
    }

    @Override
    public int maxSteps() {
        return inner.maxSteps();
    }

    @Override
    public int stepCount() {
        return inner.stepCount();
    }

    @Override
    public double[] reset(long seed) {
        double[] observation = inner.reset(seed);
        episodeRandom = new SplittableRandom(seed);
        noiseRandom = new SplittableRandom(seed ^ NOISE_SEED_SALT);
        if (mode != PermutationMode.NONE) {
            applyPermutation(randomPermutation(baseSize, episodeRandom));
        }
        return wrap(observation);
    }

    @Override
    public StepResult step(double[] action) {
        StepResult result = inner.step(action);
        if (mode == PermutationMode.EVERY_K_STEPS && !result.done() && inner.stepCount() % shuffleInterval == 0) {
            applyPermutation(randomPermutation(baseSize, episodeRandom));
        }
        return new StepResult(wrap(result.observation()), result.reward(), result.terminated(), result.truncated(),
                result.rewardTerms(), result.endReason());
    }

    @Override
    public double trainingReward(StepResult result) {
        return inner.trainingReward(result);
    }

    /** Closes the wrapped environment. */
    @Override
    public void close() {
        inner.close();
    }

    private double[] wrap(double[] observation) {
        double[] wrapped = new double[baseSize + noiseChannels];
        for (int i = 0; i < baseSize; i++) {
            wrapped[i] = observation[permutation[i]];
        }
        for (int q = 0; q < noiseChannels; q++) {
            wrapped[baseSize + q] = NOISE_STANDARD_DEVIATION * noiseRandom.nextGaussian();
        }
        return wrapped;
    }

    /** Returns a uniformly random permutation of 0..n-1 (Fisher-Yates). */
    public static int[] randomPermutation(int n, SplittableRandom random) {
        int[] p = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    public static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    /**
     * Checks that {@code p} is a permutation of 0..n-1.
     *
     * @throws IllegalArgumentException naming the first problem found
     */
    public static void requirePermutation(int[] p, int n) {
        if (p == null || p.length != n) {
            throw new IllegalArgumentException("permutation must have " + n + " entries, had "
                    + (p == null ? "none" : p.length));
        }
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (p[i] < 0 || p[i] >= n || seen[p[i]]) {
                throw new IllegalArgumentException("permutation " + Arrays.toString(p)
                        + " is invalid at index " + i + ": every value 0.." + (n - 1) + " must appear once");
            }
            seen[p[i]] = true;
        }
    }
}
