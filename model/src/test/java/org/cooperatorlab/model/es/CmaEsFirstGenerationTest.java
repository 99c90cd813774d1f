package org.cooperatorlab.model.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * One tell() on a hand-written fixture, checked against the tutorial's update equations written
 * out directly for C = I, where C^(-1/2) is the identity.
 */
class CmaEsFirstGenerationTest {

    private static final double TOLERANCE = 1e-14;

    @Test
    void firstUpdateFollowsEquations() {
        double[] m = {1, -2};
        double sigma = 0.5;
        CmaEs es = new CmaEs(m, new CmaEsSettings(4, sigma, false, 9));
        CmaEsParameters p = es.parameters();
        es.ask();
        double[][] x = {{1.1, -2.3}, {0.4, -1.5}, {1.7, -2.2}, {0.9, -1.9}};
        double[] fitness = {1, 4, 3, 2};

        es.tell(x, fitness);

        // Ranking by fitness, best first: candidates 1 and 2 are the mu = 2 parents.
        double w1 = Math.log(2.5) - Math.log(1);
        double w2 = Math.log(2.5) - Math.log(2);
        double[] w = {w1 / (w1 + w2), w2 / (w1 + w2)};
        double mueff = 1 / (w[0] * w[0] + w[1] * w[1]);
        assertArrayEquals(w, p.weights(), TOLERANCE);
        assertEquals(mueff, p.mueff(), TOLERANCE);

        double[][] y = new double[2][2];
        double[] yw = new double[2];
        int[] parents = {1, 2};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                y[i][j] = (x[parents[i]][j] - m[j]) / sigma;
                yw[j] += w[i] * y[i][j];
            }
        }
        double[] expectedMean = {m[0] + sigma * yw[0], m[1] + sigma * yw[1]};

        double psFactor = Math.sqrt(p.cs() * (2 - p.cs()) * mueff);
        double[] ps = {psFactor * yw[0], psFactor * yw[1]};
        double psNorm = Math.hypot(ps[0], ps[1]);
        double expectedSigma = sigma * Math.exp(p.cs() / p.damps() * (psNorm / p.chiN() - 1));

        boolean hsig = psNorm / Math.sqrt(1 - Math.pow(1 - p.cs(), 2)) < (1.4 + 2.0 / 3) * p.chiN();
        double pcFactor = hsig ? Math.sqrt(p.cc() * (2 - p.cc()) * mueff) : 0;
        double[] pc = {pcFactor * yw[0], pcFactor * yw[1]};
        double delta = hsig ? 0 : p.cc() * (2 - p.cc());
        double[] variance = new double[2];
        for (int j = 0; j < 2; j++) {
            variance[j] = (1 + p.c1() * delta - p.c1() - p.cmu()) + p.c1() * pc[j] * pc[j]
                    + p.cmu() * (w[0] * y[0][j] * y[0][j] + w[1] * y[1][j] * y[1][j]);
        }

        assertArrayEquals(expectedMean, es.mean(), TOLERANCE);
        assertEquals(expectedSigma, es.sigma(), TOLERANCE);
        assertArrayEquals(new double[] {expectedSigma * Math.sqrt(variance[0]), expectedSigma * Math.sqrt(variance[1])},
                es.standardDeviations(), TOLERANCE);
        assertArrayEquals(x[1], es.bestCandidate());
        assertEquals(4, es.bestFitness());
        assertEquals(1, es.generation());
    }
}
