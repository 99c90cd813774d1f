package org.cooperatorlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table-driven exp and the functions built on it, against java.lang.Math. */
class ActivationsTest {

    private static final double EXP_RELATIVE_TOLERANCE = 4.5e-16;
    private static final double ACTIVATION_TOLERANCE = 1e-15;
    private static final int SAMPLES = 200_000;

    @Test
    void expMatchesMath() {
        Random random = new Random(17);
        for (int i = 0; i < SAMPLES; i++) {
            double x = (random.nextDouble() - 0.5) * 1400.0;
            double expected = Math.exp(x);

            assertEquals(expected, Activations.exp(x), EXP_RELATIVE_TOLERANCE * expected, "exp(" + x + ")");
        }
    }

    @Test
    void expAtZeroAndOne() {
        assertEquals(1.0, Activations.exp(0.0));
        assertEquals(Math.E, Activations.exp(1.0), EXP_RELATIVE_TOLERANCE * Math.E);
    }

    @Test
    void sigmoidAndTanhMatchMath() {
        Random random = new Random(23);
        for (int i = 0; i < SAMPLES; i++) {
            double x = random.nextGaussian() * (i % 2 == 0 ? 1.0 : 20.0);

            assertEquals(Math.tanh(x), Activations.tanh(x), ACTIVATION_TOLERANCE, "tanh(" + x + ")");
            assertEquals(1.0 / (1.0 + Math.exp(-x)), Activations.sigmoid(x), ACTIVATION_TOLERANCE, "sigmoid(" + x + ")");
        }
    }

    @Test
    void nonFiniteArguments() {
        assertTrue(Double.isNaN(Activations.exp(Double.NaN)));
        assertTrue(Double.isNaN(Activations.tanh(Double.NaN)));
        assertTrue(Double.isNaN(Activations.sigmoid(Double.NaN)));
        assertTrue(Double.isNaN(Activations.relu(Double.NaN)));
        assertTrue(Double.isNaN(Activations.relu6(Double.NaN)));
        assertEquals(1.0, Activations.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Activations.tanh(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, Activations.sigmoid(Double.POSITIVE_INFINITY));
        assertTrue(Activations.sigmoid(Double.NEGATIVE_INFINITY) < 1e-300);
    }

    @Test
    void clippedLinearUnits() {
        assertEquals(0.0, Activations.relu(-2.0));
        assertEquals(2.5, Activations.relu(2.5));
        assertEquals(0.0, Activations.relu6(-1.0));
        assertEquals(3.0, Activations.relu6(3.0));
        assertEquals(6.0, Activations.relu6(7.5));
    }
}
