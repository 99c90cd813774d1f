package org.cooperatorlab.model.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CmaEsValidationTest {

    @Test
    void populationBelowTwoIsRejected() {
        assertMessage("populationSize must be at least 2, was 1", () -> new CmaEsSettings(1, 0.1, false, 0));
    }

    @Test
    void nonPositiveOrNonFiniteSigmaIsRejected() {
        assertMessage("initialSigma must be positive and finite, was 0.0", () -> new CmaEsSettings(8, 0, false, 0));
        assertMessage("initialSigma must be positive and finite, was -1.0", () -> new CmaEsSettings(8, -1, false, 0));
        assertMessage("initialSigma must be positive and finite, was NaN",
                () -> new CmaEsSettings(8, Double.NaN, false, 0));
        assertMessage("initialSigma must be positive and finite, was Infinity",
                () -> new CmaEsSettings(8, Double.POSITIVE_INFINITY, false, 0));
    }

    @Test
    void negativeEigenIntervalIsRejected() {
        assertMessage("eigenInterval must be 0 (automatic) or a positive number of generations, was -1",
                () -> new CmaEsSettings(8, 0.1, false, 0, -1));
    }

    @Test
    void defaultsMatchReferenceRuns() {
        CmaEsSettings defaults = CmaEsSettings.defaults(3);

        assertEquals(256, defaults.populationSize());
        assertEquals(0.1, defaults.initialSigma());
        assertEquals(false, defaults.separable());
        assertEquals(3, defaults.seed());
        assertEquals(10, CmaEsSettings.defaultPopulationSize(10));
        assertEquals(4, CmaEsSettings.defaultPopulationSize(1));
    }

    @Test
    void invalidMeanIsRejected() {
        CmaEsSettings settings = new CmaEsSettings(8, 0.1, false, 0);

        assertMessage("initialMean must have at least one component", () -> new CmaEs(new double[0], settings));
        assertMessage("initialMean[1] must be finite, was NaN", () -> new CmaEs(new double[] {0, Double.NaN}, settings));
    }

    @Test
    void tellWithWrongShapesIsRejected() {
        CmaEs es = new CmaEs(new double[3], new CmaEsSettings(4, 0.1, false, 0));
        double[][] candidates = es.ask();

        assertMessage("fitness must have 4 values, was 3", () -> es.tell(candidates, new double[3]));
        assertMessage("candidates must have 4 rows, was 2", () -> es.tell(new double[2][3], new double[4]));
        candidates[2] = new double[2];
        assertMessage("candidates[2] must have 3 values, was 2", () -> es.tell(candidates, new double[4]));
        candidates[2] = new double[] {0, 0, Double.POSITIVE_INFINITY};
        assertMessage("candidates[2][2] must be finite, was Infinity", () -> es.tell(candidates, new double[4]));
    }

    @Test
    void askAndTellMustAlternate() {
        CmaEs es = new CmaEs(new double[3], new CmaEsSettings(4, 0.1, false, 0));

        assertMessage("tell() must follow ask()", () -> es.tell(new double[4][3], new double[4]));
        es.ask();
        assertMessage("tell() the fitness of the previous candidates before asking again", es::ask);
    }

    @Test
    void strategyParametersFollowTutorialDefaults() {
        CmaEsParameters p = new CmaEs(new double[10], new CmaEsSettings(10, 0.1, false, 0)).parameters();
        double[] w = p.weights();

        assertEquals(5, p.mu());
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i];
            if (i > 0) {
                assertEquals(true, w[i] < w[i - 1], "weights must decrease");
            }
        }
        assertEquals(1, sum, 1e-15);
        assertEquals(3.1672992814, p.mueff(), 1e-9);
        assertEquals((p.mueff() + 2) / (10 + p.mueff() + 5), p.cs(), 0);
        assertEquals(2 / (11.3 * 11.3 + p.mueff()), p.c1(), 1e-18);
        assertEquals(Math.sqrt(10) * (1 - 1 / 40.0 + 1 / 2100.0), p.chiN(), 1e-15);
    }

    @Test
    void separableLearningRatesAreScaled() {
        CmaEsParameters full = new CmaEs(new double[100], new CmaEsSettings(12, 0.1, false, 0)).parameters();
        CmaEsParameters separable = new CmaEs(new double[100], new CmaEsSettings(12, 0.1, true, 0)).parameters();

        assertEquals(full.c1() * 102 / 3, separable.c1(), 1e-15);
        assertEquals(full.cmu() * 102 / 3, separable.cmu(), 1e-15);
        assertEquals(full.cs(), separable.cs());
    }

    private static void assertMessage(String expected, Executable executable) {
        RuntimeException e = assertThrows(RuntimeException.class, executable);
        assertEquals(expected, e.getMessage());
    }
}
