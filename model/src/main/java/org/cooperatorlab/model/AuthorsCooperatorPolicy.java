package org.cooperatorlab.model;

/**
 * The Cooperator as the authors' public code computes it, kept for comparison. The context is a
 * learned linear map from the M query rows to N fixed input slots,
 *
 * <pre>
 *   C = (Q^T W_c^T + b_c)^T,   C[i][k] = sum_q W_c[i][q] Q[q][k] + b_c[i]     (N x d)
 *   K = ReLU6(R^2 + 2R + C(1 + |R|))                                          (elementwise)
 * </pre>
 *
 * with W_c of shape (N, M), the {@code context.weight} block. C depends only on the parameters and
 * is computed once per parameter vector. Because row i of C belongs to input slot i, a permutation
 * of the sensors changes the action: the layer is not permutation invariant and needs exactly the
 * N it was built for.
 */
final class AuthorsCooperatorPolicy extends AttentionPolicy {

    private final int sensors;
    private final double[] context;
    private double[] keys = new double[0];

    AuthorsCooperatorPolicy(ModelSpec spec) {
        super(spec, true, false);
        this.sensors = spec.observationSize();
        this.context = new double[sensors * messageSize];
    }

    @Override
    protected void setLayerParameters(double[] parameters) {
        int w = layout.block("context.weight").offset();
        int b = layout.block("context.bias").offset();
        for (int i = 0; i < sensors; i++) {
            for (int k = 0; k < messageSize; k++) {
                double sum = 0.0;
                for (int q = 0; q < queries; q++) {
                    sum += parameters[w + i * queries + q] * queryMatrix[q * messageSize + k];
                }
                context[i * messageSize + k] = sum + parameters[b + i];
            }
        }
    }

    @Override
    protected void growScratch(int n) {
        keys = new double[n * messageSize];
    }

    @Override
    protected double[] computeKeys(double[] observation, int n) {
        int length = n * messageSize;
        for (int k = 0; k < length; k++) {
            double r = receptive[k];
            keys[k] = Activations.relu6(r * r + 2.0 * r + context[k] * (1.0 + Math.abs(r)));
        }
        return keys;
    }

    @Override
    protected double[] computedKeys() {
        return keys;
    }

    @Override
    protected double[][] traceContext(int n) {
        return rows(context, n, messageSize);
    }
}
