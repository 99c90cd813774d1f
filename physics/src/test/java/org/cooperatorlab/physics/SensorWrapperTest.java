package org.cooperatorlab.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SensorWrapperTest {

    @Test
    void permutedObservationFollowsPermutation() {
        SensorWrapper wrapper = SensorWrapper.plain(new CartPoleSwingUp());
        CartPoleSwingUp reference = new CartPoleSwingUp();
        wrapper.setPermutation(new int[] {3, 0, 4, 1, 2});
        double[] seen = wrapper.reset(5);
        double[] natural = reference.reset(5);
        for (int i = 0; i < 5; i++) {
            assertEquals(natural[new int[] {3, 0, 4, 1, 2}[i]], seen[i], 0.0);
        }
        assertEquals(List.of("sin_theta", "x", "theta_dot", "x_dot", "cos_theta"), wrapper.observationNames());
    }

    @Test
    void atResetDrawsNewOrderEachEpisodeAndIsSeeded() {
        SensorWrapper a = new SensorWrapper(new CartPoleSwingUp(), SensorWrapper.PermutationMode.AT_RESET, 1, 0);
        SensorWrapper b = new SensorWrapper(new CartPoleSwingUp(), SensorWrapper.PermutationMode.AT_RESET, 1, 0);
        List<String> orders = new ArrayList<>();
        for (long seed = 0; seed < 20; seed++) {
            a.reset(seed);
            b.reset(seed);
            assertArrayEquals(a.permutation(), b.permutation());
            orders.add(Arrays.toString(a.permutation()));
        }
        assertTrue(orders.stream().distinct().count() > 5, "20 resets give several orders: " + orders);
    }

    @Test
    void everyKStepsShufflesOnSchedule() {
        SensorWrapper wrapper = new SensorWrapper(new CartPoleSwingUp(CartPoleSwingUp.StartMode.EASY),
                SensorWrapper.PermutationMode.EVERY_K_STEPS, 10, 0);
        wrapper.reset(7);
        int changes = 0;
        int[] last = wrapper.permutation();
        for (int t = 1; t <= 50; t++) {
            StepResult result = wrapper.step(new double[] {0});
            if (!Arrays.equals(last, wrapper.permutation())) {
                changes++;
                assertEquals(0, t % 10, "changes only on multiples of 10, changed at " + t);
            }
            last = wrapper.permutation();
            if (result.done()) {
                break;
            }
        }
        assertTrue(changes >= 2, "several shuffles in 50 steps, saw " + changes);
    }

    @Test
    void noiseChannelsAppendGaussianNoise() {
        SensorWrapper wrapper = new SensorWrapper(new CartPoleSwingUp(), SensorWrapper.PermutationMode.NONE, 1, 3);
        assertEquals(8, wrapper.observationSize());
        assertEquals("noise_3", wrapper.observationNames().get(7));
        double sum = 0;
        double sumSquares = 0;
        int count = 0;
        for (int episode = 0; episode < 20; episode++) {
            wrapper.reset(episode);
            for (int t = 0; t < 100; t++) {
                StepResult result = wrapper.step(new double[] {0});
                assertEquals(8, result.observation().length);
                for (int q = 5; q < 8; q++) {
                    sum += result.observation()[q];
                    sumSquares += result.observation()[q] * result.observation()[q];
                    count++;
                }
                if (result.done()) {
                    break;
                }
            }
        }
        double mean = sum / count;
        double sd = Math.sqrt(sumSquares / count - mean * mean);
        assertEquals(0, mean, 0.01);
        assertEquals(SensorWrapper.NOISE_STANDARD_DEVIATION, sd, 0.01);
    }

    @Test
    void listenersReceiveSourceSlots() {
        SensorWrapper wrapper = new SensorWrapper(new CartPoleSwingUp(), SensorWrapper.PermutationMode.NONE, 1, 1);
        List<int[]> events = new ArrayList<>();
        wrapper.addListener(events::add);
        wrapper.setPermutation(new int[] {1, 0, 2, 3, 4});
        assertArrayEquals(new int[] {1, 0, 2, 3, 4, 5}, events.get(0));
        wrapper.setPermutation(new int[] {1, 2, 0, 3, 4});
        // Slot 1 now carries signal 2, which sat in slot 2 before; slot 2 carries signal 0, which sat in slot 1.
        assertArrayEquals(new int[] {0, 2, 1, 3, 4, 5}, events.get(1));
        wrapper.setNoiseChannels(3);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, -1, -1}, events.get(2));
        wrapper.setNoiseChannels(0);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, events.get(3));
    }

    @Test
    void shuffleNowChangesOrderEventually() {
        SensorWrapper wrapper = SensorWrapper.plain(new CartPoleSwingUp());
        wrapper.reset(0);
        int[] before = wrapper.permutation();
        boolean changed = false;
        for (int i = 0; i < 5 && !changed; i++) {
            wrapper.shuffleNow();
            changed = !Arrays.equals(before, wrapper.permutation());
        }
        assertTrue(changed);
    }

    @Test
    void badSettingsAreRejectedWithTheValue() {
        SensorWrapper wrapper = SensorWrapper.plain(new CartPoleSwingUp());
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> wrapper.setPermutation(new int[] {0, 0, 1, 2, 3}));
        assertTrue(duplicate.getMessage().contains("index 1"), duplicate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> wrapper.setPermutation(new int[] {0, 1, 2}));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> wrapper.setNoiseChannels(-1));
        assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SensorWrapper(new CartPoleSwingUp(), SensorWrapper.PermutationMode.EVERY_K_STEPS, 0, 0));
    }

    @Test
    void randomPermutationIsUniformEnough() {
        SplittableRandom random = new SplittableRandom(3);
        int[][] counts = new int[4][4];
        for (int k = 0; k < 8000; k++) {
            int[] p = SensorWrapper.randomPermutation(4, random);
            SensorWrapper.requirePermutation(p, 4);
            for (int i = 0; i < 4; i++) {
                counts[i][p[i]]++;
            }
        }
        for (int[] row : counts) {
            for (int count : row) {
                assertEquals(2000, count, 150);
            }
        }
        assertNotEquals(0, counts[0][3]);
    }
}
