package org.cooperatorlab.app.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensorOrderTextTest {

    @Test
    void shortOrderIsShownWhole() {
        assertEquals("sensor order: x_dot, x, theta_dot", SensorOrderText.describe(List.of("x_dot", "x", "theta_dot")));
    }

    @Test
    void longOrderIsShortened() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            names.add("joint_" + i + "_velocity");
        }

        String text = SensorOrderText.describe(names);

        assertTrue(text.length() <= SensorOrderText.MAX_CHARS, text);
        assertTrue(text.startsWith("sensor order: joint_0_velocity, "), text);
        assertTrue(text.endsWith(", ... (28 sensors)"), text);
    }
}
