package org.cooperatorlab.model.es;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * A full n x n covariance matrix on EJML. Updating C costs O(mu n^2) per generation. B and D are
 * recomputed by a symmetric eigendecomposition, O(n^3), only every {@code eigenInterval}
 * generations (see {@link CmaEsParameters#eigenInterval()}), so that for large n the
 * decomposition costs less than sampling.
 */
final class FullCovariance implements Covariance {

    private final int n;
    private final int eigenInterval;
    private final DMatrixRMaj c;
    private final DMatrixRMaj b;
    /** B^T, kept for sampling because EJML's mult is about twice as fast as multTransB at n ~ 1000. */
    private final DMatrixRMaj bTransposed;
    private final double[] eigenvalues;
    private final double[] d;
    private final EigenDecomposition_F64<DMatrixRMaj> eig;
    private int generationsSinceDecomposition;
    private int decompositions;

    /** C = B = I, D = 1. */
    FullCovariance(int n, int eigenInterval) {
        this.n = n;
        this.eigenInterval = eigenInterval;
        this.c = CommonOps_DDRM.identity(n);
        this.b = CommonOps_DDRM.identity(n);
        this.bTransposed = CommonOps_DDRM.identity(n);
        this.eigenvalues = new double[n];
        this.d = new double[n];
        Arrays.fill(eigenvalues, 1);
        Arrays.fill(d, 1);
        this.eig = DecompositionFactory_DDRM.eig(n, true, true);
    }

    @Override
    public DMatrixRMaj sample(DMatrixRMaj z) {
        // Row k of z D B^T is (B D z_k)^T. One matrix product is much faster than lambda products.
        for (int k = 0; k < z.numRows; k++) {
            for (int j = 0; j < n; j++) {
                z.unsafe_set(k, j, z.unsafe_get(k, j) * d[j]);
            }
        }
        DMatrixRMaj y = new DMatrixRMaj(z.numRows, n);
        CommonOps_DDRM.mult(z, bTransposed, y);
        return y;
    }

    @Override
    public double[] inverseSqrtTimes(double[] v) {
        double[] projected = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int row = 0; row < n; row++) {
                sum += b.unsafe_get(row, i) * v[row];
            }
            projected[i] = sum / d[i];
        }
        double[] result = new double[n];
        for (int row = 0; row < n; row++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += b.unsafe_get(row, i) * projected[i];
            }
            result[row] = sum;
        }
        return result;
    }

    @Override
    public void update(double decay, double c1, double[] pc, double cmu, double[] weights, double[][] selected) {
        CommonOps_DDRM.scale(decay, c);
        for (int i = 0; i < n; i++) {
            double scaled = c1 * pc[i];
            for (int j = 0; j < n; j++) {
                c.unsafe_set(i, j, c.unsafe_get(i, j) + scaled * pc[j]);
            }
        }
        // sum_i w_i y_i y_i^T = Yw^T Yw with row i of Yw = sqrt(w_i) y_i.
        DMatrixRMaj weighted = new DMatrixRMaj(selected.length, n);
        for (int i = 0; i < selected.length; i++) {
            double root = Math.sqrt(weights[i]);
            for (int j = 0; j < n; j++) {
                weighted.unsafe_set(i, j, root * selected[i][j]);
            }
        }
        CommonOps_DDRM.multAddTransA(cmu, weighted, weighted, c);
        generationsSinceDecomposition++;
    }

    @Override
    public StopReason decomposeIfDue(boolean force) {
        if (!force && generationsSinceDecomposition < eigenInterval) {
            return null;
        }
        generationsSinceDecomposition = 0;
        if (!isFinite()) {
            return StopReason.NON_FINITE_STATE;
        }
        NumericalGuards.symmetrise(c);
        decompositions++;
        DMatrixRMaj input = eig.inputModified() ? c.copy() : c;
        if (!eig.decompose(input) || !NumericalGuards.readDecomposition(eig, eigenvalues, b)) {
            return StopReason.EIGENDECOMPOSITION_FAILED;
        }
        NumericalGuards.clampEigenvalues(eigenvalues);
        for (int i = 0; i < n; i++) {
            d[i] = Math.sqrt(eigenvalues[i]);
        }
        CommonOps_DDRM.transpose(b, bTransposed);
        return null;
    }

    @Override
    public double variance(int i) {
        return c.unsafe_get(i, i);
    }

    @Override
    public double[] principalAxis(int i) {
        double[] axis = new double[n];
        for (int row = 0; row < n; row++) {
            axis[row] = d[i] * b.unsafe_get(row, i);
        }
        return axis;
    }

    @Override
    public double maxEigenvalue() {
        return NumericalGuards.max(eigenvalues);
    }

    @Override
    public double minEigenvalue() {
        return NumericalGuards.min(eigenvalues);
    }

    @Override
    public boolean isFinite() {
        return NumericalGuards.allFinite(c.data);
    }

    @Override
    public int decompositionCount() {
        return decompositions;
    }
}
