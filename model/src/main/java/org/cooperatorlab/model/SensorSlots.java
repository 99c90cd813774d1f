package org.cooperatorlab.model;

import java.util.HashMap;
import java.util.Map;

/** Builds the slot mapping that {@link Policy#permuteState(int[])} takes when the sensor order changes. */
public final class SensorSlots {

    private SensorSlots() {
    }

    /**
     * Returns, for every new slot j, the old slot that showed the same sensor, or -1 if the sensor
     * is new. Sensors are named by any non-negative id, so noise channels can be given ids beyond
     * the real sensors. For a plain reordering where the policy sees {@code obs[p[j]]} at slot j,
     * pass the old and the new permutation p.
     *
     * @param oldSensorAtSlot the sensor id each slot showed before the change
     * @param newSensorAtSlot the sensor id each slot shows after the change
     * @throws IllegalArgumentException if an id is negative or appears twice in one array
     */
    public static int[] sourceSlots(int[] oldSensorAtSlot, int[] newSensorAtSlot) {
        Map<Integer, Integer> oldSlotOfSensor = new HashMap<>();
        for (int slot = 0; slot < oldSensorAtSlot.length; slot++) {
            checkId("oldSensorAtSlot", slot, oldSensorAtSlot[slot]);
            if (oldSlotOfSensor.put(oldSensorAtSlot[slot], slot) != null) {
                throw new IllegalArgumentException("oldSensorAtSlot names sensor " + oldSensorAtSlot[slot] + " twice");
            }
        }
        int[] source = new int[newSensorAtSlot.length];
        Map<Integer, Integer> seen = new HashMap<>();
        for (int slot = 0; slot < newSensorAtSlot.length; slot++) {
            checkId("newSensorAtSlot", slot, newSensorAtSlot[slot]);
            if (seen.put(newSensorAtSlot[slot], slot) != null) {
                throw new IllegalArgumentException("newSensorAtSlot names sensor " + newSensorAtSlot[slot] + " twice");
            }
            source[slot] = oldSlotOfSensor.getOrDefault(newSensorAtSlot[slot], -1);
        }
        return source;
    }

    private static void checkId(String name, int slot, int id) {
        if (id < 0) {
            throw new IllegalArgumentException(name + "[" + slot + "] must be a non-negative sensor id, was " + id);
        }
    }
}
