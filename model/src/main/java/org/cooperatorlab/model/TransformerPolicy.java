package org.cooperatorlab.model;

/**
 * Tang and Ha's AttentionNeuron layer: the keys are the receptive-field drive itself, K = R, so
 * A = tanh(Q R^T / s) and m = tanh(A o). With {@link ModelSpec#forCartPole} settings the flat
 * parameters are those of their released PyTorch agent.
 */
final class TransformerPolicy extends AttentionPolicy {

    TransformerPolicy(ModelSpec spec) {
        super(spec, false, true);
    }

    @Override
    protected void setLayerParameters(double[] parameters) {
        // The Transformer has no parameters beyond the shared encoder, projections and head.
    }

    @Override
    protected double[] computeKeys(double[] observation, int n) {
        return receptive;
    }

    @Override
    protected double[] computedKeys() {
        return receptive;
    }
}
