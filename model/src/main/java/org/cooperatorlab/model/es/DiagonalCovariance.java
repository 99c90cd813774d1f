package org.cooperatorlab.model.es;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * A diagonal covariance matrix for sep-CMA-ES: B = I and D = sqrt(diag C), so sampling, C^(-1/2)
 * and the update all cost O(n) per vector and the state needs O(n) memory.
 */
final class DiagonalCovariance implements Covariance {

    private final int n;
    private final double[] c;
    private final double[] d;
    private int decompositions;

    /** C = I. */
    DiagonalCovariance(int n) {
        this.n = n;
        this.c = new double[n];
        this.d = new double[n];
        Arrays.fill(c, 1);
        Arrays.fill(d, 1);
    }

    @Override
    public DMatrixRMaj sample(DMatrixRMaj z) {
        for (int k = 0; k < z.numRows; k++) {
            for (int j = 0; j < n; j++) {
                z.unsafe_set(k, j, z.unsafe_get(k, j) * d[j]);
            }
        }
        return z;
    }

    @Override
    public double[] inverseSqrtTimes(double[] v) {
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = v[i] / d[i];
        }
        return result;
    }

    @Override
    public void update(double decay, double c1, double[] pc, double cmu, double[] weights, double[][] selected) {
        for (int j = 0; j < n; j++) {
            double rankMu = 0;
            for (int i = 0; i < selected.length; i++) {
                rankMu += weights[i] * selected[i][j] * selected[i][j];
            }
            c[j] = decay * c[j] + c1 * pc[j] * pc[j] + cmu * rankMu;
        }
    }

    @Override
    public StopReason decomposeIfDue(boolean force) {
        if (!isFinite()) {
            return StopReason.NON_FINITE_STATE;
        }
        decompositions++;
        double[] eigenvalues = c.clone();
        if (!(NumericalGuards.max(eigenvalues) > 0)) {
            return StopReason.EIGENDECOMPOSITION_FAILED;
        }
        NumericalGuards.clampEigenvalues(eigenvalues);
        for (int i = 0; i < n; i++) {
            d[i] = Math.sqrt(eigenvalues[i]);
        }
        return null;
    }

    @Override
    public double variance(int i) {
        return c[i];
    }

    @Override
    public double[] principalAxis(int i) {
        double[] axis = new double[n];
        axis[i] = d[i];
        return axis;
    }

    @Override
    public double maxEigenvalue() {
        double max = 0;
        for (double value : d) {
            max = Math.max(max, value * value);
        }
        return max;
    }

    @Override
    public double minEigenvalue() {
        double min = Double.POSITIVE_INFINITY;
        for (double value : d) {
            min = Math.min(min, value * value);
        }
        return min;
    }

    @Override
    public boolean isFinite() {
        return NumericalGuards.allFinite(c);
    }

    @Override
    public int decompositionCount() {
        return decompositions;
    }
}
