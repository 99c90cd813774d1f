package org.cooperatorlab.model.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs that must end with a named reason, never with an exception or a non-finite candidate. */
class CmaEsRobustnessTest {

    private static final int N = 10;
    private static final int BUDGET = 3000;

    @ParameterizedTest(name = "separable={0}")
    @ValueSource(booleans = {false, true})
    void flatFitnessStopsWithFlatFitness(boolean separable) {
        CmaEs es = new CmaEs(new double[N], settings(separable, 0.5));
        double sigmaBefore = es.sigma();

        List<StopReason> reasons = runUntilStop(es, x -> 0.0);

        assertEquals(List.of(StopReason.FLAT_FITNESS), reasons);
        assertEquals(CmaEs.FLAT_FITNESS_GENERATIONS, es.generation());
        assertTrue(es.sigma() > sigmaBefore, "a flat generation must raise sigma");
    }

    @ParameterizedTest(name = "separable={0}")
    @ValueSource(booleans = {false, true})
    void allNanFitnessStopsAfterOneGeneration(boolean separable) {
        CmaEs es = new CmaEs(new double[N], settings(separable, 0.5));

        List<StopReason> reasons = runUntilStop(es, x -> Double.NaN);

        assertEquals(List.of(StopReason.ALL_FITNESS_NAN), reasons);
        assertEquals(1, es.generation());
        assertTrue(Double.isNaN(es.bestFitness()));
        assertEquals(null, es.bestCandidate());
    }

    @Test
    void nanFitnessRanksLast() {
        // Candidates with x_0 > 0.5 get NaN. Ranking them last still lets the run reach the optimum.
        CmaEs es = new CmaEs(TestFunctions.filled(N, -1), settings(false, 0.5));
        ToDoubleFunction<double[]> f = x -> x[0] > 0.5 ? Double.NaN : TestFunctions.sphere(x);

        TestFunctions.Result result = TestFunctions.run(es, f, -1e-8, 400);

        assertTrue(result.bestFitness() >= -1e-8, "reached " + result.bestFitness() + ", " + es.stopReasons());
        assertFalse(Double.isNaN(es.bestFitness()));
    }

    @ParameterizedTest(name = "sigma={0}")
    @ValueSource(doubles = {1e-20, 1e-300, Double.MIN_VALUE})
    void tinySigmaStopsBeforeSampling(double sigma) {
        CmaEs es = new CmaEs(TestFunctions.filled(N, 1), settings(false, sigma));

        assertTrue(es.stopReasons().contains(StopReason.NO_EFFECT_COORDINATE), es.stopReasons().toString());
        assertThrows(IllegalStateException.class, es::ask);
    }

    @Test
    void subnormalSamplesEndWithFlatFitness() {
        // Samples around 0 with sigma 1e-310 are subnormal, their squares underflow to 0, so every fitness is equal.
        CmaEs es = new CmaEs(new double[N], settings(false, 1e-310));

        List<StopReason> reasons = runUntilStop(es, TestFunctions::sphere);

        assertEquals(List.of(StopReason.FLAT_FITNESS), reasons);
    }

    @ParameterizedTest(name = "separable={0}")
    @ValueSource(booleans = {false, true})
    void convergedRunStopsWithSigmaTooSmall(boolean separable) {
        CmaEs es = new CmaEs(TestFunctions.filled(N, 1), settings(separable, 0.5));

        List<StopReason> reasons = runUntilStop(es, TestFunctions::sphere);

        assertTrue(reasons.contains(StopReason.SIGMA_TOO_SMALL), reasons.toString());
    }

    @Test
    void optimumAwayFromZeroStopsWithNoEffect() {
        // Near x = 1e5 sigma falls below the spacing of the doubles (1.5e-11) before reaching TolX (5e-13).
        CmaEs es = new CmaEs(TestFunctions.filled(N, 1e5 + 1), settings(false, 0.5));
        ToDoubleFunction<double[]> f = x -> {
            double sum = 0;
            for (double v : x) {
                sum += (v - 1e5) * (v - 1e5);
            }
            return -sum;
        };

        List<StopReason> reasons = runUntilStop(es, f);

        assertTrue(reasons.contains(StopReason.NO_EFFECT_COORDINATE) || reasons.contains(StopReason.NO_EFFECT_AXIS),
                reasons.toString());
    }

    @Test
    void hugeMeanStopsWithNoEffect() {
        CmaEs es = new CmaEs(TestFunctions.filled(N, 1e300), settings(false, 0.1));

        assertTrue(es.stopReasons().contains(StopReason.NO_EFFECT_COORDINATE), es.stopReasons().toString());
        assertThrows(IllegalStateException.class, es::ask);
    }

    @Test
    void meanNearOverflowStopsBeforeSampling() {
        CmaEs es = new CmaEs(TestFunctions.filled(N, 1e308), settings(false, 1e307));

        assertEquals(List.of(StopReason.NON_FINITE_STATE), es.stopReasons());
        assertThrows(IllegalStateException.class, es::ask);
    }

    @ParameterizedTest(name = "separable={0}")
    @ValueSource(booleans = {false, true})
    void divergingRunStopsBeforeOverflow(boolean separable) {
        // Maximising |x|^2 has no optimum: sigma and the mean grow without bound.
        CmaEs es = new CmaEs(TestFunctions.filled(N, 1), settings(separable, 1));

        List<StopReason> reasons = runUntilStop(es, x -> -TestFunctions.sphere(x));

        assertFalse(reasons.isEmpty());
        assertTrue(reasons.contains(StopReason.SIGMA_TOO_LARGE) || reasons.contains(StopReason.NON_FINITE_STATE),
                reasons.toString());
    }

    @Test
    void illConditionedProblemStopsWithConditionNumber() {
        ToDoubleFunction<double[]> f = x -> -(x[0] * x[0] + 1e20 * x[1] * x[1]);
        CmaEs es = new CmaEs(new double[] {1, 1}, new CmaEsSettings(6, 1, false, 3));

        List<StopReason> reasons = runUntilStop(es, f);

        assertTrue(reasons.contains(StopReason.CONDITION_NUMBER), reasons.toString());
    }

    /** Runs until a stop reason fires, checking that every candidate is finite. */
    private static List<StopReason> runUntilStop(CmaEs es, ToDoubleFunction<double[]> f) {
        while (!es.shouldStop()) {
            assertTrue(es.generation() < BUDGET, "no stop reason after " + BUDGET + " generations: " + es);
            double[][] candidates = es.ask();
            double[] fitness = new double[candidates.length];
            for (int k = 0; k < candidates.length; k++) {
                for (double value : candidates[k]) {
                    assertTrue(Double.isFinite(value), "candidate " + k + " has a non-finite value");
                }
                fitness[k] = f.applyAsDouble(candidates[k]);
            }
            es.tell(candidates, fitness);
        }
        assertThrows(IllegalStateException.class, es::ask);
        return es.stopReasons();
    }

    private static CmaEsSettings settings(boolean separable, double sigma) {
        return new CmaEsSettings(CmaEsSettings.defaultPopulationSize(N), sigma, separable, 11);
    }
}
