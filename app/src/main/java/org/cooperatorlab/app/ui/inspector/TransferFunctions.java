package org.cooperatorlab.app.ui.inspector;

import org.cooperatorlab.model.ModelKind;

/**
 * The transfer functions K = f(R, C) of the context-sensitive layers, evaluated one element at a
 * time for the inspector's surface plot. Formulas from Adeel et al., "Cooperation Is All You
 * Need" (2023): the cooperation function, the four older modulatory functions TM1-TM4, and the
 * variant in the authors' public code, which uses C instead of 2C and clips with ReLU6.
 */
public final class TransferFunctions {

    private TransferFunctions() {
    }

    /** Whether {@code kind} has a transfer function over (R, C). */
    public static boolean applies(ModelKind kind) {
        return kind.hasContext();
    }

    /**
     * Returns K for one receptive-field value r and context value c. Overflow gives infinity for
     * TM1 and TM4, as the formulas do; NaN inputs give NaN.
     *
     * @throws IllegalArgumentException for a kind without a context
     */
    public static double apply(ModelKind kind, double r, double c) {
        return switch (kind) {
            case COOPERATOR -> Math.max(0, r * r + 2 * r + 2 * c * (1 + Math.abs(r)));
            case TM1 -> 0.5 * r * (1 + Math.exp(r * c));
            case TM2 -> r + r * c;
            case TM3 -> r * (1 + Math.tanh(r * c));
            case TM4 -> r * Math.pow(2, r * c);
            case COOPERATOR_AUTHORS -> Math.min(6, Math.max(0, r * r + 2 * r + c * (1 + Math.abs(r))));
            default -> throw new IllegalArgumentException(kind.displayName() + " has no transfer function over (R, C)");
        };
    }

    /** The formula as text, for the plot's title. */
    public static String formula(ModelKind kind) {
        return switch (kind) {
            case COOPERATOR -> "K = ReLU(R\u00b2 + 2R + 2C(1 + |R|))";
            case TM1 -> "K = 0.5 R (1 + exp(RC))";
            case TM2 -> "K = R + RC";
            case TM3 -> "K = R (1 + tanh(RC))";
            case TM4 -> "K = R 2^(RC)";
            case COOPERATOR_AUTHORS -> "K = ReLU6(R\u00b2 + 2R + C(1 + |R|))";
            default -> "no transfer function";
        };
    }
}
