package org.cooperatorlab.model;

import java.util.Objects;

/**
 * The architecture of a policy: which sensory layer, its sizes and its options. Two policies with
 * equal specs have the same {@link #layout()} and accept the same flat parameter vectors.
 *
 * @param kind the sensory layer or baseline
 * @param observationSize N, the number of sensors the agent was built for; fixed for models that
 *     are not permutation invariant, informational for the others, which accept any N
 * @param actionSize A, the number of action components
 * @param queries M, the number of query rows, which is also the message length
 * @param messageSize d, the size of keys and queries
 * @param encodingSize E, the positional-encoding size and LSTM hidden size
 * @param headHiddenLayers hidden Linear(M, M) + tanh layers before the output layer of the head
 * @param projectionBias whether the query and key projections have a bias
 * @param scaled whether attention logits are divided by sqrt(d)
 * @param context the context terms of Cooperator and TM layers
 * @param feedForwardHidden width of the two hidden layers of the feed-forward baseline
 */
public record ModelSpec(
        ModelKind kind,
        int observationSize,
        int actionSize,
        int queries,
        int messageSize,
        int encodingSize,
        int headHiddenLayers,
        boolean projectionBias,
        boolean scaled,
        ContextTerms context,
        int feedForwardHidden) {

    /** Largest accepted number of sensors; agent files above it are rejected before allocation. */
    public static final int MAX_OBSERVATION_SIZE = 4096;
    /** Largest accepted size of any single layer dimension (A, M, d, E, hidden width). */
    public static final int MAX_DIMENSION = 1024;
    /** Largest accepted number of hidden head layers. */
    public static final int MAX_HIDDEN_LAYERS = 8;

    public ModelSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(context, "context");
        requireRange("observationSize", observationSize, 1, MAX_OBSERVATION_SIZE);
        requireRange("actionSize", actionSize, 1, MAX_DIMENSION);
        requireRange("queries", queries, 1, MAX_DIMENSION);
        requireRange("messageSize", messageSize, 1, MAX_DIMENSION);
        requireRange("encodingSize", encodingSize, 1, MAX_DIMENSION);
        requireRange("headHiddenLayers", headHiddenLayers, 0, MAX_HIDDEN_LAYERS);
        requireRange("feedForwardHidden", feedForwardHidden, 1, MAX_DIMENSION);
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /**
     * Returns the CartPole settings of Tang and Ha's released agent: M = 16, d = 32, E = 8, no hidden head
     * layer, no projection bias, no 1/sqrt(d) scaling; 16 hidden units for the feed-forward baseline.
     */
    public static ModelSpec forCartPole(ModelKind kind, int observationSize, int actionSize) {
        return new ModelSpec(kind, observationSize, actionSize, 16, 32, 8, 0, false, false, ContextTerms.ALL, 16);
    }

    /**
     * Returns the Ant settings of Tang and Ha's PyBullet Ant agent: M = 32, d = 32, E = 8, one hidden head
     * layer, projection bias and 1/sqrt(d) scaling; 32 hidden units for the feed-forward baseline.
     */
    public static ModelSpec forAnt(ModelKind kind, int observationSize, int actionSize) {
        return new ModelSpec(kind, observationSize, actionSize, 32, 32, 8, 1, true, true, ContextTerms.ALL, 32);
    }

    public ModelSpec withContext(ContextTerms terms) {
        return new ModelSpec(kind, observationSize, actionSize, queries, messageSize, encodingSize,
                headHiddenLayers, projectionBias, scaled, terms, feedForwardHidden);
    }

    public ModelSpec withKind(ModelKind newKind) {
        return new ModelSpec(newKind, observationSize, actionSize, queries, messageSize, encodingSize,
                headHiddenLayers, projectionBias, scaled, context, feedForwardHidden);
    }

    /** Returns the order and shapes of the flat parameter vector. */
    public ParameterLayout layout() {
        return ParameterLayouts.of(this);
    }

    public int parameterCount() {
        return layout().size();
    }
}
