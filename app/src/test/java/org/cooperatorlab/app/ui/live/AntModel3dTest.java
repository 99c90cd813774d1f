package org.cooperatorlab.app.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.cooperatorlab.physics.Ant3d;
import org.cooperatorlab.physics.AntPose2d;
import org.cooperatorlab.physics.AntPose3d;
import org.cooperatorlab.physics.BodyPose3d;
import org.junit.jupiter.api.Test;

/** The physics-to-JavaFX conversion of the 3D Ant, checked against the real ode4j poses. */
class AntModel3dTest {

    /**
     * Joint anchors drift apart by the solver's soft-constraint error, about 1 cm on a settled ant.
     * A sign or axis error in the conversion moves them by tens of centimetres.
     */
    private static final double JOINT_TOLERANCE_M = 0.02;

    /** Returns the ends of a capsule's axis in JavaFX coordinates, computed as the node transform does it. */
    private static double[][] fxEnds(BodyPose3d part) {
        double[] a = AntModel3d.fxMatrix(part);
        double[] t = {part.x(), -part.z(), part.y()};
        double[][] ends = new double[2][];
        for (int e = 0; e < 2; e++) {
            double localY = (e == 0 ? -0.5 : 0.5) * part.length();
            ends[e] = new double[] {a[1] * localY + t[0], a[4] * localY + t[1], a[7] * localY + t[2]};
        }
        return ends;
    }

    private static double distance(double[] p, double[] q) {
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    private static double closestEnds(BodyPose3d first, BodyPose3d second) {
        double best = Double.MAX_VALUE;
        for (double[] p : fxEnds(first)) {
            for (double[] q : fxEnds(second)) {
                best = Math.min(best, distance(p, q));
            }
        }
        return best;
    }

    @Test
    void matrixIsARotationForAnyUnitQuaternion() {
        SplittableRandom random = new SplittableRandom(8);
        for (int trial = 0; trial < 200; trial++) {
            double w = random.nextGaussian();
            double x = random.nextGaussian();
            double y = random.nextGaussian();
            double z = random.nextGaussian();
            double norm = Math.sqrt(w * w + x * x + y * y + z * z);
            double[] m = AntModel3d.fxMatrix(new BodyPose3d(0, 0, 0, w / norm, x / norm, y / norm, z / norm, 0.1, 1));
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double dot = m[i] * m[j] + m[3 + i] * m[3 + j] + m[6 + i] * m[6 + j];
                    assertEquals(i == j ? 1 : 0, dot, 1e-12, "columns orthonormal");
                }
            }
            double det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
            assertEquals(1, det, 1e-12, "no mirroring");
        }
    }

    @Test
    void uprightCapsuleStandsAlongJavaFxUp() {
        double[] m = AntModel3d.fxMatrix(new BodyPose3d(0, 0, 0, 1, 0, 0, 0, 0.1, 1));
        // The node's y axis (the cylinder axis) goes to JavaFX -y, which is physics +z: up.
        assertEquals(0, m[1], 1e-15);
        assertEquals(-1, m[4], 1e-15);
        assertEquals(0, m[7], 1e-15);
    }

    @Test
    void legJointsMeetAndFeetTouchGround() {
        try (Ant3d ant = AntViewsTest.settledAnt3d()) {
            AntPose3d pose = ant.pose();
            for (int leg = 0; leg < 4; leg++) {
                assertTrue(closestEnds(pose.hipCapsules().get(leg), pose.upperLegs().get(leg)) < JOINT_TOLERANCE_M, "hip of leg " + leg);
                assertTrue(closestEnds(pose.upperLegs().get(leg), pose.lowerLegs().get(leg)) < JOINT_TOLERANCE_M, "ankle of leg " + leg);
                if (pose.footContacts().get(leg)) {
                    BodyPose3d lower = pose.lowerLegs().get(leg);
                    double lowestFxY = Math.max(fxEnds(lower)[0][1], fxEnds(lower)[1][1]);
                    // JavaFX y points down: a capsule end touching the ground sits one radius above y = 0.
                    assertEquals(-lower.radius(), lowestFxY, 0.02, "foot of leg " + leg);
                }
            }
            assertTrue(pose.footContacts().contains(true));
            // Legs named left (+y in physics) lie on the far side, +z in JavaFX, away from the default camera.
            assertTrue(fxEnds(pose.lowerLegs().get(Ant3d.LEG_NAMES.indexOf("front left")))[0][2] > 0);
            assertTrue(fxEnds(pose.lowerLegs().get(Ant3d.LEG_NAMES.indexOf("front right")))[0][2] < 0);
        }
    }

    @Test
    void sideViewProjectsOntoTheXzPlane() {
        try (Ant3d ant = AntViewsTest.settledAnt3d()) {
            AntPose3d pose = ant.pose();
            AntPose2d side = AntModel3d.sideView(pose);
            assertEquals(pose.torso().z(), side.torso().y(), 1e-12);
            assertEquals(pose.torso().radius(), side.torso().halfLength(), 1e-12);
            assertEquals(8, side.upperLegs().size(), "four upper legs, then the four hip capsules");
            for (int leg = 0; leg < 4; leg++) {
                BodyPose3d lower = pose.lowerLegs().get(leg);
                assertEquals(lower.z(), side.lowerLegs().get(leg).y(), 1e-12);
                assertTrue(side.lowerLegs().get(leg).halfLength() <= 0.5 * lower.length() + 1e-12);
            }
        }
    }
}
