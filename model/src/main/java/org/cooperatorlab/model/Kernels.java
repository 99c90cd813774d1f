package org.cooperatorlab.model;

/**
 * The multiply-add kernel of the policies' small matrix products.
 *
 * <p>The matrices here have a few dozen rows and columns, so the cost of a product is dominated by
 * loop overhead rather than arithmetic. General EJML operations would add call and bounds overhead on
 * top. This kernel instead runs one loop over the contiguous output index per four input values,
 * and the JIT compiler vectorises that loop.
 */
final class Kernels {

    private Kernels() {
    }

    /**
     * Adds sum_k x[xFrom + k] W[k][j] to y[yFrom + j] for k in [0, count) and j in [0, width), where
     * W is row-major with rows of length width. Only {@code y} is modified. The four-term partial
     * sums change the rounding order relative to a plain loop, not the result beyond rounding.
     */
    static void accumulate(double[] y, int yFrom, double[] x, int xFrom, int count, double[] w, int width) {
        int k = 0;
        for (; k + 3 < count; k += 4) {
            double x0 = x[xFrom + k];
            double x1 = x[xFrom + k + 1];
            double x2 = x[xFrom + k + 2];
            double x3 = x[xFrom + k + 3];
            int r0 = k * width;
            int r1 = r0 + width;
            int r2 = r1 + width;
            int r3 = r2 + width;
            for (int j = 0; j < width; j++) {
                y[yFrom + j] += x0 * w[r0 + j] + x1 * w[r1 + j] + x2 * w[r2 + j] + x3 * w[r3 + j];
            }
        }
        for (; k < count; k++) {
            double xk = x[xFrom + k];
            int row = k * width;
            for (int j = 0; j < width; j++) {
                y[yFrom + j] += xk * w[row + j];
            }
        }
    }
}
