package org.cooperatorlab.model.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class NumericalGuardsTest {

    @Test
    void symmetriseAveragesBothTriangles() {
        DMatrixRMaj c = new DMatrixRMaj(new double[][] {{1, 2}, {4, 3}});

        NumericalGuards.symmetrise(c);

        assertArrayEquals(new double[] {1, 3, 3, 3}, c.data);
    }

    @Test
    void clampRaisesOnlyRoundingNoise() {
        double[] eigenvalues = {4, -1e-17, 1e-3, 0};

        int clamped = NumericalGuards.clampEigenvalues(eigenvalues);

        assertEquals(2, clamped);
        double floor = 4 * NumericalGuards.EIGENVALUE_FLOOR_RATIO;
        assertArrayEquals(new double[] {4, floor, 1e-3, floor}, eigenvalues);
    }

    @Test
    void fullDecompositionReproducesCovariance() {
        FullCovariance covariance = new FullCovariance(3, 1);
        double[][] selected = {{1, 2, 0}, {0, 1, -1}};
        covariance.update(0.5, 0.1, new double[] {1, -1, 2}, 0.3, new double[] {0.7, 0.3}, selected);

        assertNull(covariance.decomposeIfDue(false));

        // C = 0.5 I + 0.1 pc pc^T + 0.3 (0.7 y1 y1^T + 0.3 y2 y2^T), checked entry by entry via B D^2 B^T.
        double[][] expected = new double[3][3];
        double[] pc = {1, -1, 2};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                expected[i][j] = (i == j ? 0.5 : 0) + 0.1 * pc[i] * pc[j]
                        + 0.3 * (0.7 * selected[0][i] * selected[0][j] + 0.3 * selected[1][i] * selected[1][j]);
            }
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i][i], covariance.variance(i), 1e-15);
        }
        double[][] rebuilt = new double[3][3];
        for (int axis = 0; axis < 3; axis++) {
            double[] a = covariance.principalAxis(axis);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    rebuilt[i][j] += a[i] * a[j];
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(expected[i], rebuilt[i], 1e-12, "row " + i);
        }
        double[] v = {0.3, -2, 1};
        double[] whitened = covariance.inverseSqrtTimes(v);
        // ||C^(-1/2) v||^2 = v^T C^(-1) v, which Cramer's rule gives independently of the eigendecomposition.
        double quadratic = 0;
        double[] solved = solve3(expected, v);
        for (int i = 0; i < 3; i++) {
            quadratic += v[i] * solved[i];
        }
        double squaredNorm = 0;
        for (double value : whitened) {
            squaredNorm += value * value;
        }
        assertEquals(quadratic, squaredNorm, 1e-12);
    }

    @Test
    void nonFiniteCovarianceIsReported() {
        FullCovariance full = new FullCovariance(2, 1);
        full.update(1, 0.1, new double[] {Double.NaN, 0}, 0, new double[] {1}, new double[][] {{0, 0}});
        DiagonalCovariance diagonal = new DiagonalCovariance(2);
        diagonal.update(1, 0.1, new double[] {Double.POSITIVE_INFINITY, 0}, 0, new double[] {1}, new double[][] {{0, 0}});

        assertEquals(StopReason.NON_FINITE_STATE, full.decomposeIfDue(true));
        assertEquals(StopReason.NON_FINITE_STATE, diagonal.decomposeIfDue(true));
    }

    @Test
    void nonPositiveCovarianceIsReported() {
        FullCovariance full = new FullCovariance(2, 1);
        full.update(-1, 0, new double[2], 0, new double[] {1}, new double[][] {{0, 0}});

        assertEquals(StopReason.EIGENDECOMPOSITION_FAILED, full.decomposeIfDue(true));
    }

    @Test
    void rankingPutsNanLast() {
        double[] fitness = {1, Double.NaN, 3, Double.NEGATIVE_INFINITY, 3, Double.NaN, 2};

        assertArrayEquals(new int[] {2, 4, 6, 0, 3, 1, 5}, Ranking.bestFirst(fitness));
    }

    private static double[] solve3(double[][] a, double[] b) {
        double det = det3(a);
        double[] x = new double[3];
        for (int col = 0; col < 3; col++) {
            double[][] m = new double[3][];
            for (int row = 0; row < 3; row++) {
                m[row] = a[row].clone();
                m[row][col] = b[row];
            }
            x[col] = det3(m) / det;
        }
        return x;
    }

    private static double det3(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
