package org.cooperatorlab.model;

/** Creates the policy for a model specification. */
public final class Policies {

    private Policies() {
    }

    /**
     * Creates a policy for {@code spec}. Call {@link Policy#setParameters(double[])} before the
     * first step: until then {@code act} throws {@link IllegalStateException}.
     *
     * <ul>
     *   <li>{@link ModelKind#TRANSFORMER}: Tang and Ha's AttentionNeuron, permutation invariant;</li>
     *   <li>{@link ModelKind#COOPERATOR} and {@link ModelKind#TM1} to {@link ModelKind#TM4}: the
     *       permutation-invariant context layer with the cooperation or a TM transfer function and
     *       the context terms of {@link ModelSpec#context()};</li>
     *   <li>{@link ModelKind#COOPERATOR_AUTHORS}: the authors' positional context, fixed N;</li>
     *   <li>{@link ModelKind#FEEDFORWARD}: the feed-forward baseline, fixed N.</li>
     * </ul>
     */
    public static Policy create(ModelSpec spec) {
        switch (spec.kind()) {
            case TRANSFORMER:
                return new TransformerPolicy(spec);
            case COOPERATOR:
            case TM1:
            case TM2:
            case TM3:
            case TM4:
                return new CooperatorPolicy(spec);
            case COOPERATOR_AUTHORS:
                return new AuthorsCooperatorPolicy(spec);
            case FEEDFORWARD:
                return new FeedForwardPolicy(spec);
            default:
                throw new IllegalArgumentException("no policy for model kind " + spec.kind());
        }
    }
}
