package org.cooperatorlab.model;

/**
 * A controller that maps an observation to an action, with recurrent state for the models that
 * have a sensory LSTM. Instances are not thread-safe: each worker owns one.
 *
 * <p>Permutation-invariant models accept any number of sensors and keep one recurrent state per
 * sensor slot; when the number of sensors changes, new slots start from a zero state and removed
 * slots are dropped. Fixed-size models reject an observation of the wrong size.
 */
public interface Policy {

    ModelSpec spec();

    /**
     * Copies a flat parameter vector in {@link ModelSpec#layout()} order into the policy and
     * recomputes everything that depends only on the parameters (for example the queries).
     *
     * @throws IllegalArgumentException if the length differs from the layout size
     */
    void setParameters(double[] parameters);

    /** Zeroes the recurrent state and the previous action, as at the start of an episode. */
    void reset();

    /**
     * Computes the action for one observation and advances the recurrent state. This is the
     * training path: it records nothing. Non-finite observation values are not rejected: a NaN in
     * any sensor makes every action component NaN, and a model with recurrent state keeps NaN in it
     * until {@link #reset()}.
     *
     * @param observation the sensor values, read only
     * @param action receives the action, length {@code spec().actionSize()}
     * @throws IllegalArgumentException if a fixed-size model gets an observation of another size
     */
    void act(double[] observation, double[] action);

    /**
     * Same as {@link #act(double[], double[])}, and also returns a copy of every internal quantity
     * of the step for the inspector.
     */
    LayerTrace actTraced(double[] observation, double[] action);

    /**
     * Moves the recurrent state with the sensors after a change of sensor order: new slot j takes
     * the state that slot {@code sourceSlot[j]} had, or a zero state where {@code sourceSlot[j]} is
     * -1. With it, a permutation-invariant layer cannot tell that the order changed. Models without
     * per-sensor state ignore it.
     */
    void permuteState(int[] sourceSlot);
}
