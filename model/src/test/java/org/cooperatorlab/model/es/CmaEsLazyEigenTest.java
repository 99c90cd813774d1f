package org.cooperatorlab.model.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CmaEsLazyEigenTest {

    private static final int N = 200;
    private static final int GENERATIONS = 200;
    /** Lazy and eager runs may differ by this many decades of fitness after the same generations. */
    private static final double DECADES_TOLERANCE = 0.5;

    @Test
    void automaticIntervalFollowsPurecmaFormula() {
        CmaEs es = new CmaEs(new double[N], new CmaEsSettings(CmaEsSettings.defaultPopulationSize(N), 0.5, false, 1));
        CmaEsParameters p = es.parameters();

        int expected = (int) Math.max(1, Math.floor(0.5 / (N * (p.c1() + p.cmu()))));

        assertEquals(expected, p.eigenInterval());
        assertTrue(p.eigenInterval() > 1, "n = 200 must exercise the lazy path, interval " + p.eigenInterval());
    }

    @Test
    void cartPoleSizedRunDecomposesEverySevenGenerations() {
        CmaEs es = new CmaEs(new double[1009], new CmaEsSettings(128, 0.1, false, 1));
        assertEquals(7, es.parameters().eigenInterval());
    }

    @Test
    void lazyRunProgressesLikeEagerRun() {
        CmaEsSettings lazy = new CmaEsSettings(CmaEsSettings.defaultPopulationSize(N), 1, false, 5);
        CmaEsSettings eager = lazy.withEigenInterval(1);
        CmaEsSettings veryLazy = lazy.withEigenInterval(10);

        CmaEs lazyEs = new CmaEs(TestFunctions.filled(N, 1), lazy);
        CmaEs eagerEs = new CmaEs(TestFunctions.filled(N, 1), eager);
        CmaEs veryLazyEs = new CmaEs(TestFunctions.filled(N, 1), veryLazy);
        double lazyDecades = decadesGained(lazyEs);
        double eagerDecades = decadesGained(eagerEs);
        double veryLazyDecades = decadesGained(veryLazyEs);

        assertTrue(eagerDecades > 1, "the eager run must make progress, gained " + eagerDecades + " decades");
        assertEquals(eagerDecades, lazyDecades, DECADES_TOLERANCE, "automatic interval");
        assertEquals(eagerDecades, veryLazyDecades, DECADES_TOLERANCE, "interval 10");
        assertEquals(GENERATIONS, eagerEs.decompositionCount());
        assertEquals(GENERATIONS / lazyEs.parameters().eigenInterval(), lazyEs.decompositionCount());
        assertEquals(GENERATIONS / 10, veryLazyEs.decompositionCount());
    }

    /** Runs the sphere for a fixed number of generations and returns log10(f(start) / f(mean)). */
    private static double decadesGained(CmaEs es) {
        double start = TestFunctions.sphere(es.mean());
        TestFunctions.Result result = TestFunctions.run(es, TestFunctions::sphere, 0, GENERATIONS);
        assertEquals(GENERATIONS, result.generations(), () -> "stopped early: " + es.stopReasons());
        return Math.log10(start / TestFunctions.sphere(es.mean()));
    }
}
