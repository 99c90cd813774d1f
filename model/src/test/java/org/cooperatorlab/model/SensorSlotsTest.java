package org.cooperatorlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SensorSlotsTest {

    @Test
    void reorderingMapsEachSlotToItsSensor() {
        int[] source = SensorSlots.sourceSlots(new int[] {0, 1, 2, 3, 4}, new int[] {3, 0, 4, 1, 2});

        assertArrayEquals(new int[] {3, 0, 4, 1, 2}, source);
    }

    @Test
    void reorderingFromShuffledOrder() {
        int[] source = SensorSlots.sourceSlots(new int[] {2, 0, 1}, new int[] {0, 1, 2});

        assertArrayEquals(new int[] {1, 2, 0}, source);
    }

    @Test
    void addedNoiseChannelsStartFresh() {
        int[] source = SensorSlots.sourceSlots(new int[] {1, 0, 5}, new int[] {0, 1, 5, 6, 7});

        assertArrayEquals(new int[] {1, 0, 2, -1, -1}, source);
    }

    @Test
    void removedChannelsAreDropped() {
        int[] source = SensorSlots.sourceSlots(new int[] {0, 1, 5, 6}, new int[] {6, 0, 1});

        assertArrayEquals(new int[] {3, 0, 1}, source);
    }

    @Test
    void duplicateOrNegativeIdsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SensorSlots.sourceSlots(new int[] {0, 0}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> SensorSlots.sourceSlots(new int[] {0}, new int[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> SensorSlots.sourceSlots(new int[] {-1}, new int[] {0}));
    }
}
