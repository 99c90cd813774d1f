package org.cooperatorlab.physics;

import java.util.List;

/**
 * Snapshot of the {@link Ant2d} walker for drawing. Legs are in {@link Ant2d#LEG_NAMES} order.
 *
 * @param torso the torso box
 * @param upperLegs the four thigh segments (hip to knee)
 * @param lowerLegs the four shin segments (knee to foot)
 * @param footContacts whether each shin touched the ground at the end of the last step
 * @param distance torso x minus its x at reset (m), forward positive
 */
public record AntPose2d(
        BodyPose2d torso,
        List<BodyPose2d> upperLegs,
        List<BodyPose2d> lowerLegs,
        List<Boolean> footContacts,
        double distance) {

    public AntPose2d {
        upperLegs = List.copyOf(upperLegs);
        lowerLegs = List.copyOf(lowerLegs);
        footContacts = List.copyOf(footContacts);
    }
}
