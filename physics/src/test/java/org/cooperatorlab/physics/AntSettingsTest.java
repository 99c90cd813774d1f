package org.cooperatorlab.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AntSettingsTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.01, 0.0501, 1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void ant2dRejectsBadTimeStep(double timeStep) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Ant2dSettings(timeStep, 1, 6, 2, 1000, 0.1, 40.0));
        assertTrue(e.getMessage().startsWith("timeStep must be in (0, 0.05] s"), e.getMessage());
        assertTrue(e.getMessage().endsWith("was " + timeStep), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.01, 0.0501, Double.NaN, Double.POSITIVE_INFINITY})
    void ant3dRejectsBadTimeStep(double timeStep) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Ant3dSettings(timeStep, 1, 4, 1000, 0.1, 40.0));
        assertTrue(e.getMessage().startsWith("timeStep must be in (0, 0.05] s"), e.getMessage());
        assertTrue(e.getMessage().endsWith("was " + timeStep), e.getMessage());
    }

    @Test
    void smallestAndLargestTimeStepsAccepted() {
        assertEquals(0.05, new Ant2dSettings(0.05, 1, 6, 2, 1000, 0.1, 40.0).timeStep());
        assertEquals(1e-6, new Ant2dSettings(1e-6, 1, 6, 2, 1000, 0.1, 40.0).timeStep());
        assertEquals(0.05, new Ant3dSettings(0.05, 1, 4, 1000, 0.1, 40.0).timeStep());
    }

    @Test
    void integerFieldsNamedWhenOutOfRange() {
        assertMessage("frameSkip must be in [1, 20], was 0",
                () -> new Ant2dSettings(0.01, 0, 6, 2, 1000, 0.1, 40.0));
        assertMessage("velocityIterations must be in [1, 100], was 0",
                () -> new Ant2dSettings(0.01, 1, 0, 2, 1000, 0.1, 40.0));
        assertMessage("positionIterations must be in [1, 100], was 101",
                () -> new Ant2dSettings(0.01, 1, 6, 101, 1000, 0.1, 40.0));
        assertMessage("maxSteps must be at least 1, was 0",
                () -> new Ant2dSettings(0.01, 1, 6, 2, 0, 0.1, 40.0));
        assertMessage("frameSkip must be in [1, 20], was 21",
                () -> new Ant3dSettings(0.01, 21, 4, 1000, 0.1, 40.0));
        assertMessage("solverIterations must be in [1, 8], was 9",
                () -> new Ant3dSettings(0.01, 1, 9, 1000, 0.1, 40.0));
        assertMessage("maxSteps must be at least 1, was -5",
                () -> new Ant3dSettings(0.01, 1, 4, -5, 0.1, 40.0));
    }

    @Test
    void noiseAndTorqueNamedWhenInvalid() {
        assertMessage("initialNoise must be in [0, 0.3], was -0.1",
                () -> new Ant2dSettings(0.01, 1, 6, 2, 1000, -0.1, 40.0));
        assertMessage("initialNoise must be in [0, 0.3], was NaN",
                () -> new Ant3dSettings(0.01, 1, 4, 1000, Double.NaN, 40.0));
        assertMessage("maxTorque must be finite and positive (N m), was 0.0",
                () -> new Ant2dSettings(0.01, 1, 6, 2, 1000, 0.1, 0.0));
        assertMessage("maxTorque must be finite and positive (N m), was Infinity",
                () -> new Ant3dSettings(0.01, 1, 4, 1000, 0.1, Double.POSITIVE_INFINITY));
    }

    @Test
    void nullSettingsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Ant2d(null));
        assertThrows(IllegalArgumentException.class, () -> new Ant3d(null));
    }

    @Test
    void timeStepIncludesFrameSkip() {
        Ant2d ant2d = new Ant2d(new Ant2dSettings(0.005, 3, 6, 2, 1000, 0.1, 40.0));
        assertEquals(0.015, ant2d.timeStep(), 1e-15);
        Ant3d ant3d = new Ant3d();
        assertEquals(0.0165, ant3d.timeStep(), 1e-15);
        assertEquals(1.0 / 60.0, new Ant2d().timeStep(), 1e-15);
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable executable) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
        assertEquals(expected, e.getMessage());
    }
}
