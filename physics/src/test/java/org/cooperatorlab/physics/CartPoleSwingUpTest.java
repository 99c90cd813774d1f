package org.cooperatorlab.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class CartPoleSwingUpTest {

    /** Float64 reference values agree to rounding; the integration is identical, so 1e-9 is ample. */
    private static final double REFERENCE_TOLERANCE = 1e-9;

    private static JsonNode openLoopReference() throws IOException {
        try (InputStream in = CartPoleSwingUpTest.class.getResourceAsStream(
                "/org/cooperatorlab/reference/cartpole-swingup-open-loop.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    @Test
    void openLoopEpisodeMatchesReference() throws IOException {
        JsonNode reference = openLoopReference();
        double[] start = doubles(reference.get("initial_state"));
        CartPoleSwingUp env = new CartPoleSwingUp();
        env.reset(start[0], start[1], start[2], start[3]);

        JsonNode steps = reference.get("steps");
        assertTrue(steps.size() > 20, "the reference episode has " + steps.size() + " steps");
        for (JsonNode expected : steps) {
            int t = expected.get("t").asInt();
            StepResult result = env.step(new double[] {1.3 * Math.sin(0.05 * (t - 1))});
            String at = "step " + t;
            assertArrayEquals(doubles(expected.get("state")), env.state(), REFERENCE_TOLERANCE, at + " state");
            assertArrayEquals(doubles(expected.get("observation")), result.observation(), REFERENCE_TOLERANCE, at + " observation");
            assertEquals(expected.get("reward").asDouble(), result.reward(), REFERENCE_TOLERANCE, at + " reward");
            assertEquals(expected.get("done").asBoolean(), result.done(), at + " done");
        }
        assertTrue(env.stepCount() == steps.size(), "the episode ends at the reference's last step");
    }

    @Test
    void observationTableMatchesCode() throws IOException {
        CartPoleSwingUp env = new CartPoleSwingUp();
        assertEquals(env.observationNames(), JavadocTables.names(CartPoleSwingUp.class, "Observation space"));
        assertEquals(List.of("force"), JavadocTables.names(CartPoleSwingUp.class, "Action space"));
        assertEquals(5, env.reset(1).length);
        assertEquals(env.actionSize(), JavadocTables.names(CartPoleSwingUp.class, "Action space").size());
    }

    @Test
    void rewardIsProductOfTerms() {
        CartPoleSwingUp env = new CartPoleSwingUp();
        env.reset(3);
        for (int t = 0; t < 1000; t++) {
            StepResult result = env.step(new double[] {Math.sin(t * 0.1)});
            assertEquals(result.rewardTerms()[0] * result.rewardTerms()[1], result.reward(), 0.0);
            if (!result.terminated()) {
                assertTrue(result.reward() >= 0, "reward at least 0, was " + result.reward());
                assertTrue(result.reward() <= 1, "reward at most 1, was " + result.reward());
            }
            if (result.done()) {
                break;
            }
        }
    }

    @Test
    void sameSeedGivesSameEpisode() {
        CartPoleSwingUp first = new CartPoleSwingUp();
        CartPoleSwingUp second = new CartPoleSwingUp();
        assertArrayEquals(first.reset(42), second.reset(42));
        for (int t = 0; t < 300; t++) {
            double[] action = {Math.cos(t)};
            StepResult a = first.step(action);
            StepResult b = second.step(action);
            assertArrayEquals(a.observation(), b.observation(), 0.0);
            if (a.done()) {
                break;
            }
        }
        assertFalse(java.util.Arrays.equals(new CartPoleSwingUp().reset(1), new CartPoleSwingUp().reset(2)));
    }

    @Test
    void harderStartCoversPublishedRanges() {
        CartPoleSwingUp env = new CartPoleSwingUp();
        double minTheta = Double.MAX_VALUE;
        double maxTheta = -Double.MAX_VALUE;
        for (long seed = 0; seed < 2000; seed++) {
            env.reset(seed);
            double[] s = env.state();
            assertTrue(Math.abs(s[0]) <= 2.4, "x within the track, seed " + seed);
            assertTrue(Math.abs(s[1]) <= 10, "x_dot within 10, seed " + seed);
            assertTrue(Math.abs(s[3]) <= 10, "theta_dot within 10, seed " + seed);
            minTheta = Math.min(minTheta, s[2]);
            maxTheta = Math.max(maxTheta, s[2]);
        }
        assertTrue(minTheta >= Math.PI / 2, "theta at least pi - pi/2, min " + minTheta);
        assertTrue(minTheta < Math.PI / 2 + 0.01, "theta reaches pi - pi/2, min " + minTheta);
        assertTrue(maxTheta <= 1.5 * Math.PI, "theta at most pi + pi/2, max " + maxTheta);
        assertTrue(maxTheta > 1.5 * Math.PI - 0.01, "theta reaches pi + pi/2, max " + maxTheta);
    }

    @Test
    void easyStartIsNearHangingDown() {
        CartPoleSwingUp env = new CartPoleSwingUp(CartPoleSwingUp.StartMode.EASY);
        double sumTheta = 0;
        for (long seed = 0; seed < 1000; seed++) {
            env.reset(seed);
            sumTheta += env.state()[2];
        }
        assertEquals(Math.PI, sumTheta / 1000, 0.03);
    }

    @Test
    void episodeTruncatesAtThousandSteps() {
        CartPoleSwingUp env = new CartPoleSwingUp();
        env.reset(0.0, 0.0, Math.PI, 0.0);
        StepResult last = null;
        for (int t = 0; t < CartPoleSwingUp.MAX_STEPS; t++) {
            last = env.step(new double[] {0});
        }
        assertTrue(last.truncated());
        assertFalse(last.terminated());
        assertEquals("time limit", last.endReason());
        IllegalStateException afterEnd = assertThrows(IllegalStateException.class, () -> env.step(new double[] {0}));
        assertTrue(afterEnd.getMessage().contains("call reset"), afterEnd.getMessage());
    }

    @Test
    void invalidActionsAreRejected() {
        CartPoleSwingUp env = new CartPoleSwingUp();
        assertThrows(IllegalStateException.class, () -> env.step(new double[] {0}));
        env.reset(0);
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> env.step(new double[] {Double.NaN}));
        assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> env.step(new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> env.reset(Double.NaN, 0, 0, 0));
    }

    @Test
    void forceIsClipped() {
        CartPoleSwingUp clipped = new CartPoleSwingUp();
        CartPoleSwingUp unit = new CartPoleSwingUp();
        clipped.reset(0.0, 0.0, Math.PI, 0.0);
        unit.reset(0.0, 0.0, Math.PI, 0.0);
        assertArrayEquals(unit.step(new double[] {1}).observation(), clipped.step(new double[] {7}).observation(), 0.0);
    }
}
