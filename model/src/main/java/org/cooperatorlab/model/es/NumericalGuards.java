package org.cooperatorlab.model.es;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numerical guards of CMA-ES, in one place with the reason for each. None of them hides a
 * problem: a state they cannot repair makes the run stop with a {@link StopReason}.
 */
final class NumericalGuards {

    private static final Logger LOG = LoggerFactory.getLogger(NumericalGuards.class);

    /**
     * Eigenvalues below this fraction of the largest one are within the rounding error of a
     * symmetric eigensolver (about machine epsilon times the largest eigenvalue) and may even come
     * out negative, so they are raised to it. The resulting condition number, 1 / epsilon ~ 4.5e15,
     * is above {@link StopCriteria#MAX_CONDITION_NUMBER}, so a clamped C always ends the run.
     */
    static final double EIGENVALUE_FLOOR_RATIO = Math.ulp(1.0);

    private NumericalGuards() {
    }

    /**
     * Sets C to (C + C^T) / 2. The rank-mu product and the accumulated updates leave C asymmetric
     * by rounding, and a symmetric eigensolver reads only one triangle, so without this B would
     * silently depend on which triangle drifted. {@code c} is modified.
     */
    static void symmetrise(DMatrixRMaj c) {
        int n = c.numRows;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double mean = 0.5 * (c.unsafe_get(i, j) + c.unsafe_get(j, i));
                c.unsafe_set(i, j, mean);
                c.unsafe_set(j, i, mean);
            }
        }
    }

    /**
     * Copies the eigenvalues of a finished decomposition into {@code eigenvalues} and the unit
     * eigenvectors as columns of {@code b}, after checking that the solver succeeded and returned
     * n real, finite eigenvalues with finite eigenvectors and a positive largest eigenvalue. A
     * failed check leaves both outputs in an unspecified state.
     *
     * @return false when the decomposition cannot be used
     */
    static boolean readDecomposition(EigenDecomposition_F64<DMatrixRMaj> eig, double[] eigenvalues, DMatrixRMaj b) {
        int n = eigenvalues.length;
        if (eig.getNumberOfEigenvalues() != n) {
            LOG.warn("eigendecomposition returned {} eigenvalues for a {} x {} covariance matrix",
                    eig.getNumberOfEigenvalues(), n, n);
            return false;
        }
        for (int i = 0; i < n; i++) {
            Complex_F64 value = eig.getEigenvalue(i);
            DMatrixRMaj vector = eig.getEigenVector(i);
            if (!Double.isFinite(value.real) || value.imaginary != 0 || vector == null) {
                LOG.warn("eigendecomposition returned an unusable eigenpair {}: {}", i, value);
                return false;
            }
            eigenvalues[i] = value.real;
            for (int row = 0; row < n; row++) {
                double component = vector.get(row);
                if (!Double.isFinite(component)) {
                    LOG.warn("eigenvector {} has a non-finite component at {}", i, row);
                    return false;
                }
                b.unsafe_set(row, i, component);
            }
        }
        return max(eigenvalues) > 0;
    }

    /**
     * Raises every eigenvalue below {@link #EIGENVALUE_FLOOR_RATIO} times the largest one to that
     * floor, because such values are rounding noise and D = sqrt(eigenvalue) must be positive for
     * C^(-1/2). {@code eigenvalues} is modified; the largest eigenvalue must be positive and finite.
     *
     * @return the number of eigenvalues raised
     */
    static int clampEigenvalues(double[] eigenvalues) {
        double floor = max(eigenvalues) * EIGENVALUE_FLOOR_RATIO;
        int clamped = 0;
        for (int i = 0; i < eigenvalues.length; i++) {
            if (eigenvalues[i] < floor) {
                eigenvalues[i] = floor;
                clamped++;
            }
        }
        if (clamped > 0) {
            LOG.debug("raised {} eigenvalues of C to {}", clamped, floor);
        }
        return clamped;
    }

    static boolean allFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }
}
