package org.cooperatorlab.model;

/**
 * Tang and Ha's AttentionNeuron layer: the keys are the receptive-field drive itself, K = R, so
 * A = tanh(Q R^T / s) and m = tanh(A o). With {@link ModelSpec#forCartPole} settings the flat
 * parameters are those of their released PyTorch agent.
 *
 * <p>NOTE: with CartPole settings, environment plus policy runs at about 240,000 steps per second
 * on one core of the development machine (`bench`), short of a 300,000 target. About 300
 * exponentials per step (LSTM gates, attention and message tanh) dominate the cost.
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
