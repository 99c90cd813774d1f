package org.cooperatorlab.model.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CmaEsInvarianceTest {

    private static final int N = 10;
    private static final int GENERATIONS = 60;

    @ParameterizedTest(name = "separable={0}")
    @ValueSource(booleans = {false, true})
    void affineFitnessTransformsGiveIdenticalCandidates(boolean separable) {
        CmaEsSettings settings = new CmaEsSettings(12, 0.3, separable, 42);
        ToDoubleFunction<double[]> f = TestFunctions::ellipsoid;

        double[][][] original = candidateSequence(settings, f);
        double[][][] shifted = candidateSequence(settings, x -> f.applyAsDouble(x) - 100);
        double[][][] scaled = candidateSequence(settings, x -> 1e-6 * f.applyAsDouble(x));

        for (int g = 0; g < GENERATIONS; g++) {
            for (int k = 0; k < original[g].length; k++) {
                assertArrayEquals(original[g][k], shifted[g][k], "f - 100, generation " + g + ", candidate " + k);
                assertArrayEquals(original[g][k], scaled[g][k], "1e-6 f, generation " + g + ", candidate " + k);
            }
        }
    }

    @Test
    void otherSeedGivesOtherCandidates() {
        CmaEsSettings settings = new CmaEsSettings(12, 0.3, false, 42);
        double[][][] first = candidateSequence(settings, TestFunctions::ellipsoid);
        double[][][] second = candidateSequence(settings.withSeed(43), TestFunctions::ellipsoid);

        assertFalse(Arrays.equals(first[0][0], second[0][0]));
    }

    @Test
    void sameSeedRepeatsRunExactly() {
        CmaEsSettings settings = new CmaEsSettings(12, 0.3, false, 7);
        double[][][] first = candidateSequence(settings, TestFunctions::sphere);
        double[][][] second = candidateSequence(settings, TestFunctions::sphere);

        assertEquals(Arrays.deepToString(first), Arrays.deepToString(second));
    }

    private static double[][][] candidateSequence(CmaEsSettings settings, ToDoubleFunction<double[]> f) {
        CmaEs es = new CmaEs(TestFunctions.filled(N, 1), settings);
        double[][][] sequence = new double[GENERATIONS][][];
        for (int g = 0; g < GENERATIONS; g++) {
            double[][] candidates = es.ask();
            sequence[g] = candidates;
            double[] fitness = new double[candidates.length];
            for (int k = 0; k < candidates.length; k++) {
                fitness[k] = f.applyAsDouble(candidates[k]);
            }
            es.tell(candidates, fitness);
        }
        return sequence;
    }
}
