package org.cooperatorlab.model;

/**
 * The feed-forward baseline, which is not permutation invariant and has no recurrent state:
 *
 * <pre>
 *   a = tanh(W_2 tanh(W_1 tanh(W_0 o + b_0) + b_1) + b_2)
 * </pre>
 *
 * with W_0 (H, N), W_1 (H, H) and W_2 (A, H). It needs exactly the N it was built for. Non-finite
 * observations are not rejected: a NaN in any sensor makes every action component NaN.
 */
final class FeedForwardPolicy implements Policy {

    private final ModelSpec spec;
    private final ParameterLayout layout;
    private final int sensors;
    private final int hidden;
    private final int actionSize;
    private final double[] weight0;
    private final double[] bias0;
    private final double[] weight1;
    private final double[] bias1;
    private final double[] weight2;
    private final double[] bias2;
    private final double[] layer0;
    private final double[] layer1;
    private boolean parametersSet;

    FeedForwardPolicy(ModelSpec spec) {
        this.spec = spec;
        this.layout = spec.layout();
        this.sensors = spec.observationSize();
        this.hidden = spec.feedForwardHidden();
        this.actionSize = spec.actionSize();
        this.weight0 = new double[hidden * sensors];
        this.bias0 = new double[hidden];
        this.weight1 = new double[hidden * hidden];
        this.bias1 = new double[hidden];
        this.weight2 = new double[actionSize * hidden];
        this.bias2 = new double[actionSize];
        this.layer0 = new double[hidden];
        this.layer1 = new double[hidden];
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    @Override
    public void setParameters(double[] parameters) {
        if (parameters.length != layout.size()) {
            throw new IllegalArgumentException("parameters must have length " + layout.size() + " for a "
                    + spec.kind().id() + " model with this specification, was " + parameters.length);
        }
        PolicyHead.copy(parameters, layout.block("ff.0.weight"), weight0);
        PolicyHead.copy(parameters, layout.block("ff.0.bias"), bias0);
        PolicyHead.copy(parameters, layout.block("ff.1.weight"), weight1);
        PolicyHead.copy(parameters, layout.block("ff.1.bias"), bias1);
        PolicyHead.copy(parameters, layout.block("ff.2.weight"), weight2);
        PolicyHead.copy(parameters, layout.block("ff.2.bias"), bias2);
        parametersSet = true;
    }

    /** The baseline has no state to reset. */
    @Override
    public void reset() {
    }

    @Override
    public void act(double[] observation, double[] action) {
        if (!parametersSet) {
            throw new IllegalStateException("call setParameters before act");
        }
        if (observation.length != sensors) {
            throw new IllegalArgumentException("observation has " + observation.length + " values but this "
                    + spec.kind().id() + " model was built for " + sensors + " sensors; it is not permutation"
                    + " invariant and needs exactly that many");
        }
        if (action.length != actionSize) {
            throw new IllegalArgumentException("action must have length " + actionSize + ", was " + action.length);
        }
        PolicyHead.dense(weight0, bias0, observation, sensors, layer0, hidden);
        PolicyHead.dense(weight1, bias1, layer0, hidden, layer1, hidden);
        PolicyHead.dense(weight2, bias2, layer1, hidden, action, actionSize);
    }

    /** Returns a trace with only the observation and the action; the baseline has no sensory layer. */
    @Override
    public LayerTrace actTraced(double[] observation, double[] action) {
        act(observation, action);
        return new LayerTrace(observation.clone(), null, null, null, null, null, null, null, null, action.clone());
    }

    /** The baseline has no per-sensor state, so this does nothing. */
    @Override
    public void permuteState(int[] sourceSlot) {
    }
}
