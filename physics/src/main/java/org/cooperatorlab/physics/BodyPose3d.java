package org.cooperatorlab.physics;

/**
 * Pose and shape of one part of {@link Ant3d} for drawing, in metres; z is up and the ground is
 * z = 0. A part is a sphere when {@code length} is 0, otherwise a capsule: a cylinder of that
 * length along the part's local z axis, capped by hemispheres of the same radius.
 *
 * @param x centre x (m), forward positive
 * @param y centre y (m), left positive
 * @param z centre z (m), up positive
 * @param qw scalar part of the unit quaternion that rotates local into world coordinates
 * @param qx x part of that quaternion
 * @param qy y part of that quaternion
 * @param qz z part of that quaternion
 * @param radius sphere or capsule radius (m)
 * @param length capsule cylinder length (m), 0 for a sphere
 */
public record BodyPose3d(
        double x, double y, double z, double qw, double qx, double qy, double qz, double radius, double length) {
}
