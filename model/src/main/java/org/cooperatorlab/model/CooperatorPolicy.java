package org.cooperatorlab.model;

/**
 * The permutation-invariant Cooperator layer and its TM1-TM4 variants. Every map is shared across
 * sensors or symmetric over them, so the action does not depend on the sensor order and any N is
 * accepted:
 *
 * <pre>
 *   P_i = w_P * mean_j R_j                       (d)  proximal, the same for every sensor
 *   D_i = w_D * mean_{j != i} o_j + b_D          (d)  distal; the mean is 0 when N = 1, so D_i = b_D
 *   U   = mean over the M rows of Q              (d)  universal, from the positional encoding
 *   C_i = P_i + D_i + U                               (terms switched off by ContextTerms are left out)
 *   K_i = f(R_i, C_i)                                 elementwise, f from {@link TransferFunction}
 * </pre>
 *
 * <p>{@code *} is the elementwise product. The mean over j != i is computed as
 * (sum_j o_j - o_i) / (N - 1), so it loses precision when one sensor is many orders of magnitude
 * larger than the others.
 */
final class CooperatorPolicy extends AttentionPolicy {

    private final TransferFunction transfer;
    private final boolean proximalOn;
    private final boolean distalOn;
    private final boolean universalOn;

    private final double[] proximalWeight;
    private final double[] distalWeight;
    private final double[] distalBias;
    /** U, the mean of the rows of Q. */
    private final double[] universal;
    /** P, the same for every sensor at one step. */
    private final double[] proximal;

    /** mean_{j != i} o_j per sensor. */
    private double[] distalMean = new double[0];
    /** C, (N, d) row-major. */
    private double[] context = new double[0];
    /** K, (N, d) row-major. */
    private double[] keys = new double[0];

    CooperatorPolicy(ModelSpec spec) {
        super(spec, false, false);
        this.transfer = TransferFunction.of(spec.kind());
        this.proximalOn = spec.context().proximal();
        this.distalOn = spec.context().distal();
        this.universalOn = spec.context().universal();
        this.proximalWeight = new double[messageSize];
        this.distalWeight = new double[messageSize];
        this.distalBias = new double[messageSize];
        this.universal = new double[messageSize];
        this.proximal = new double[messageSize];
    }

    @Override
    protected void setLayerParameters(double[] parameters) {
        if (proximalOn) {
            PolicyHead.copy(parameters, layout.block("context.w_p"), proximalWeight);
        }
        if (distalOn) {
            PolicyHead.copy(parameters, layout.block("context.w_d"), distalWeight);
            PolicyHead.copy(parameters, layout.block("context.b_d"), distalBias);
        }
        for (int k = 0; k < messageSize; k++) {
            double sum = 0.0;
            for (int q = 0; q < queries; q++) {
                sum += queryMatrix[q * messageSize + k];
            }
            universal[k] = sum / queries;
        }
    }

    @Override
    protected void growScratch(int n) {
        distalMean = new double[n];
        context = new double[n * messageSize];
        keys = new double[n * messageSize];
    }

    @Override
    protected double[] computeKeys(double[] observation, int n) {
        int d = messageSize;
        if (proximalOn) {
            computeProximal(n);
        }
        double observationSum = 0.0;
        for (int i = 0; i < n; i++) {
            observationSum += observation[i];
        }

        for (int i = 0; i < n; i++) {
            double mean = n > 1 ? (observationSum - observation[i]) / (n - 1) : 0.0;
            distalMean[i] = mean;
            int row = i * d;
            for (int k = 0; k < d; k++) {
                double c = 0.0;
                if (proximalOn) {
                    c += proximal[k];
                }
                if (distalOn) {
                    c += distalWeight[k] * mean + distalBias[k];
                }
                if (universalOn) {
                    c += universal[k];
                }
                context[row + k] = c;
            }
        }
        transfer.apply(receptive, context, keys, 0, n * d);
        return keys;
    }

    /** P = w_P * mean_j R_j. */
    private void computeProximal(int n) {
        int d = messageSize;
        java.util.Arrays.fill(proximal, 0.0);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                proximal[k] += receptive[i * d + k];
            }
        }
        for (int k = 0; k < d; k++) {
            proximal[k] = proximalWeight[k] * (proximal[k] / n);
        }
    }

    @Override
    protected double[] computedKeys() {
        return keys;
    }

    @Override
    protected double[][] traceProximal(int n) {
        return proximalOn ? repeat(proximal, n) : null;
    }

    @Override
    protected double[][] traceDistal(int n) {
        if (!distalOn) {
            return null;
        }
        double[][] distal = new double[n][messageSize];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < messageSize; k++) {
                distal[i][k] = distalWeight[k] * distalMean[i] + distalBias[k];
            }
        }
        return distal;
    }

    @Override
    protected double[][] traceUniversal(int n) {
        return universalOn ? repeat(universal, n) : null;
    }

    @Override
    protected double[][] traceContext(int n) {
        return rows(context, n, messageSize);
    }
}
