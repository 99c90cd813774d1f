package org.cooperatorlab.physics;

import java.util.List;

/**
 * Snapshot of the {@link Ant3d} ant for drawing. Legs are in {@link Ant3d#LEG_NAMES} order.
 *
 * @param torso the torso sphere
 * @param hipCapsules the four capsules fixed to the torso that lead to the hips
 * @param upperLegs the four upper legs (hip to ankle)
 * @param lowerLegs the four lower legs (ankle to foot)
 * @param footContacts whether each lower leg touched the ground in the last physics step
 * @param distance torso x minus its x at reset (m), positive toward the walk target
 */
public record AntPose3d(
        BodyPose3d torso,
        List<BodyPose3d> hipCapsules,
        List<BodyPose3d> upperLegs,
        List<BodyPose3d> lowerLegs,
        List<Boolean> footContacts,
        double distance) {

    public AntPose3d {
        hipCapsules = List.copyOf(hipCapsules);
        upperLegs = List.copyOf(upperLegs);
        lowerLegs = List.copyOf(lowerLegs);
        footContacts = List.copyOf(footContacts);
    }
}
