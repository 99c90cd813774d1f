package org.cooperatorlab.model;

/**
 * Logistic sigmoid, tanh and ReLU6 on doubles, built on {@link Math#exp}.
 *
 * <p>On Java 17, {@link Math#tanh} delegates to the native fdlibm code of {@link StrictMath}, which
 * costs about four times an intrinsic {@link Math#exp} call; the policies call tanh a few hundred
 * times per step, so these exp forms are used instead. Their absolute error is below 4e-16, and the
 * relative error grows only for arguments below about 1e-8 in magnitude, where tanh(x) = x to
 * within that absolute error.
 *
 * <p>Non-finite arguments: NaN gives NaN; +Infinity gives 1 and -Infinity gives -1 (tanh) or
 * 1 and 0 (sigmoid).
 */
final class Activations {

    private Activations() {
    }

    /** Returns 1 / (1 + exp(-x)). */
    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** Returns tanh(x) = 1 - 2 / (exp(2x) + 1). */
    static double tanh(double x) {
        return 1.0 - 2.0 / (Math.exp(2.0 * x) + 1.0);
    }

    /** Returns min(max(x, 0), 6); NaN gives NaN. */
    static double relu6(double x) {
        if (x > 6.0) {
            return 6.0;
        }
        return x < 0.0 ? 0.0 : x;
    }

    /** Returns max(x, 0); NaN gives NaN. */
    static double relu(double x) {
        return x < 0.0 ? 0.0 : x;
    }
}
