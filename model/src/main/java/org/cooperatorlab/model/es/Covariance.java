package org.cooperatorlab.model.es;

import org.ejml.data.DMatrixRMaj;

/**
 * The covariance matrix C of the search distribution and its factors C = B D^2 B^T, where the
 * columns of B are the unit eigenvectors and D contains the square roots of the eigenvalues. B and
 * D may lag C by a few generations (lazy decomposition). Sampling and C^(-1/2) use B and D, while
 * the stop tests on coordinates use C itself. Not thread-safe.
 */
sealed interface Covariance permits FullCovariance, DiagonalCovariance {

    /**
     * Computes y_k = B D z_k for every row z_k of {@code z} (lambda x n), the tutorial's equation
     * (39). {@code z} is modified (it is used as scratch); the result is a new lambda x n matrix.
     */
    DMatrixRMaj sample(DMatrixRMaj z);

    /** Returns C^(-1/2) v = B D^(-1) B^T v; {@code v} is not modified. */
    double[] inverseSqrtTimes(double[] v);

    /**
     * Applies C <- decay C + c1 pc pc^T + cmu sum_i w_i y_i y_i^T, the tutorial's equation (47)
     * with positive weights. The rows of {@code selected} are the mu selected steps y_i. No
     * argument is modified.
     */
    void update(double decay, double c1, double[] pc, double cmu, double[] weights, double[][] selected);

    /**
     * Recomputes B and D from C if {@code force} is set or the interval has passed.
     *
     * @return null when B and D are usable, otherwise the reason they are not
     */
    StopReason decomposeIfDue(boolean force);

    /** C_ii, the variance of coordinate i under C (not D). */
    double variance(int i);

    /** D_i B[:, i], the i-th principal axis scaled by its standard deviation. */
    double[] principalAxis(int i);

    /** The largest eigenvalue of C at the last decomposition. */
    double maxEigenvalue();

    /** The smallest eigenvalue of C at the last decomposition, after clamping. */
    double minEigenvalue();

    /** True when every entry of C is finite. */
    boolean isFinite();

    /** Number of eigendecompositions (or diagonal square roots) computed so far. */
    int decompositionCount();
}
