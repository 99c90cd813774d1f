package org.cooperatorlab.model;

/**
 * The transfer functions K = f(R, C) that turn a receptive-field drive R and a context C into a
 * key, elementwise. Sources: Adeel et al. (2023), "Cooperation Is All You Need", for the
 * cooperation function and its comparison functions TM1-TM4, which come from earlier two-point
 * neuron models.
 */
enum TransferFunction {
    /** ReLU(R^2 + 2R + 2C(1 + |R|)). */
    COOPERATION,
    /** 0.5 R (1 + exp(R C)). */
    TM1,
    /** R + R C. */
    TM2,
    /** R (1 + tanh(R C)). */
    TM3,
    /** R 2^(R C), computed as R exp(R C ln 2). */
    TM4;

    private static final double LN2 = Math.log(2.0);

    static TransferFunction of(ModelKind kind) {
        switch (kind) {
            case COOPERATOR:
                return COOPERATION;
            case TM1:
                return TM1;
            case TM2:
                return TM2;
            case TM3:
                return TM3;
            case TM4:
                return TM4;
            default:
                throw new IllegalArgumentException("model " + kind.id() + " has no permutation-invariant context"
                        + " transfer function");
        }
    }

    /**
     * Writes K[from + k] = f(R[from + k], C[from + k]) for k in [0, length). Overflow of the
     * exponentials in TM1 and TM4 gives infinite keys, and then NaN attention, which propagates.
     */
    void apply(double[] r, double[] c, double[] keys, int from, int length) {
        int end = from + length;
        switch (this) {
            case COOPERATION:
                for (int k = from; k < end; k++) {
                    double x = r[k];
                    keys[k] = Activations.relu(x * x + 2.0 * x + 2.0 * c[k] * (1.0 + Math.abs(x)));
                }
                break;
            case TM1:
                for (int k = from; k < end; k++) {
                    keys[k] = 0.5 * r[k] * (1.0 + Math.exp(r[k] * c[k]));
                }
                break;
            case TM2:
                for (int k = from; k < end; k++) {
                    keys[k] = r[k] + r[k] * c[k];
                }
                break;
            case TM3:
                for (int k = from; k < end; k++) {
                    keys[k] = r[k] * (1.0 + Activations.tanh(r[k] * c[k]));
                }
                break;
            case TM4:
                for (int k = from; k < end; k++) {
                    keys[k] = r[k] * Math.exp(r[k] * c[k] * LN2);
                }
                break;
            default:
                throw new AssertionError(this);
        }
    }
}
