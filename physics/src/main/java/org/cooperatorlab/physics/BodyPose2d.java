package org.cooperatorlab.physics;

/**
 * Pose of one rectangular body of {@link Ant2d} for drawing, in metres and radians.
 *
 * @param x centre x (m), forward positive
 * @param y centre y (m), up positive, ground at 0
 * @param angle direction of the long axis, counter-clockwise from +x (rad)
 * @param halfLength half the extent along the long axis (m)
 * @param halfWidth half the extent across the long axis (m)
 */
public record BodyPose2d(double x, double y, double angle, double halfLength, double halfWidth) {
}
