package org.cooperatorlab.app.ui.sensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PermutationsTest {

    @Test
    void moveForwardShiftsTheSlotsBetween() {
        assertArrayEquals(new int[] {1, 2, 0, 3}, Permutations.move(new int[] {0, 1, 2, 3}, 0, 2));
    }

    @Test
    void moveBackwardShiftsTheSlotsBetween() {
        assertArrayEquals(new int[] {3, 0, 1, 2}, Permutations.move(new int[] {0, 1, 2, 3}, 3, 0));
    }

    @Test
    void moveToLastSlot() {
        assertArrayEquals(new int[] {4, 2, 0, 1, 3}, Permutations.move(new int[] {3, 4, 2, 0, 1}, 0, 4));
    }

    @Test
    void moveInPlaceKeepsOrder() {
        assertArrayEquals(new int[] {2, 0, 1}, Permutations.move(new int[] {2, 0, 1}, 1, 1));
    }

    @Test
    void moveRejectsSlotOutside() {
        assertThrows(IllegalArgumentException.class, () -> Permutations.move(new int[] {0, 1}, 0, 2));
    }
}
