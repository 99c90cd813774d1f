package org.cooperatorlab.model.es;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CmaEsConvergenceTest {

    private static final int N = 10;
    private static final double TARGET = -1e-8;

    /**
     * Budgets in generations of the default population (10 for n = 10), about twice the
     * generations these seeds need; full CMA-ES on the 1e6 ellipsoid needs about 6000 evaluations.
     */
    @ParameterizedTest(name = "{0}, separable={1}, seed={2}, budget={3}")
    @CsvSource({
        "sphere, false, 1, 300", "sphere, false, 2, 300", "sphere, true, 1, 300", "sphere, true, 2, 300",
        "ellipsoid, false, 1, 1200", "ellipsoid, false, 2, 1200", "ellipsoid, true, 1, 600", "ellipsoid, true, 2, 600"})
    void reachesTargetWithinBudget(String function, boolean separable, long seed, int budget) {
        ToDoubleFunction<double[]> f = function.equals("sphere") ? TestFunctions::sphere : TestFunctions::ellipsoid;
        CmaEsSettings settings = new CmaEsSettings(CmaEsSettings.defaultPopulationSize(N), 0.5, separable, seed);
        CmaEs es = new CmaEs(TestFunctions.filled(N, 1), settings);

        TestFunctions.Result result = TestFunctions.run(es, f, TARGET, budget);

        assertTrue(result.bestFitness() >= TARGET, () -> function + " reached only " + result.bestFitness()
                + " in " + result.generations() + " generations, stop reasons " + es.stopReasons());
        assertTrue(es.bestFitness() >= TARGET, "bestFitness() must track the best candidate");
        assertTrue(TestFunctions.sphere(es.mean()) > -1e-6, "the mean must have moved to the optimum");
    }
}
