package org.cooperatorlab.physics;

import org.ode4j.math.DMatrix3;
import org.ode4j.ode.DBody;

/**
 * Moves a freshly built {@link Ant3dModel} from its rest pose (legs horizontal, joints at 0) to
 * the start posture with given joint angles and speeds, resting just above the ground.
 *
 * <p>Rotations are 3x3 row-major arrays; rotation by theta about a unit axis follows Rodrigues'
 * formula R = I cos(theta) + sin(theta) [a]x + (1 - cos(theta)) a a^T.
 */
final class Ant3dPlacement {

    private Ant3dPlacement() {
    }

    /**
     * Places the legs with hip angle {@code offsets[2k]} and ankle angle
     * {@link Ant3dModel#startAnkleAngle(int)} + {@code offsets[2k+1]}, sets the joint speeds, and
     * lowers the whole ant so that its lowest point is {@link Ant3dModel#START_GAP} above z = 0.
     */
    static void place(Ant3dModel model, double[] offsets, double[] speeds) {
        int legs = Ant3dModel.LEGS;
        double[][] upperCentres = new double[legs][];
        double[][] lowerCentres = new double[legs][];
        double[][] upperRotations = new double[legs][];
        double[][] lowerRotations = new double[legs][];
        double[][] upperOmegas = new double[legs][];
        double[][] lowerOmegas = new double[legs][];
        double[][] anklePoints = new double[legs][];
        double[][] hipPoints = new double[legs][];
        double torsoZ = model.torso.getPosition().get2();
        double lowest = torsoZ - Ant3dModel.TORSO_RADIUS;

        for (int leg = 0; leg < legs; leg++) {
            double[] d = Ant3dModel.direction(leg);
            double[] axis = Ant3dModel.normalised(Ant3dModel.ANKLE_AXES[leg]);
            double hipAngle = offsets[2 * leg];
            double ankleAngle = Ant3dModel.startAnkleAngle(leg) + offsets[2 * leg + 1];
            double[] hip = point(d, Ant3dModel.AUX_LENGTH, torsoZ);
            double[] ankleRest = point(d, Ant3dModel.AUX_LENGTH + Ant3dModel.UPPER_LENGTH, torsoZ);
            double[] upperRest = point(d, Ant3dModel.AUX_LENGTH + 0.5 * Ant3dModel.UPPER_LENGTH, torsoZ);
            double[] lowerRest = point(d,
                    Ant3dModel.AUX_LENGTH + Ant3dModel.UPPER_LENGTH + 0.5 * Ant3dModel.LOWER_LENGTH, torsoZ);
            double[] restRotation = toArray(Ant3dModel.segmentRotation(d));
            double[] hipRotation = rotation(new double[] {0, 0, 1}, hipAngle);
            double[] ankleRotation = rotation(axis, ankleAngle);

            double[] ankle = add(hip, apply(hipRotation, sub(ankleRest, hip)));
            upperCentres[leg] = add(hip, apply(hipRotation, sub(upperRest, hip)));
            lowerCentres[leg] = add(ankle, apply(hipRotation, apply(ankleRotation, sub(lowerRest, ankleRest))));
            upperRotations[leg] = multiply(hipRotation, restRotation);
            lowerRotations[leg] = multiply(hipRotation, multiply(ankleRotation, restRotation));
            hipPoints[leg] = hip;
            anklePoints[leg] = ankle;

            double hipSpeed = speeds[2 * leg];
            double ankleSpeed = speeds[2 * leg + 1];
            upperOmegas[leg] = new double[] {0, 0, hipSpeed};
            lowerOmegas[leg] = add(upperOmegas[leg], scale(apply(hipRotation, axis), ankleSpeed));

            // The capsule's lowest point is its lower axis end minus the radius.
            double[] lowerAxis = {lowerRotations[leg][2], lowerRotations[leg][5], lowerRotations[leg][8]};
            double halfZ = 0.5 * Ant3dModel.LOWER_LENGTH * Math.abs(lowerAxis[2]);
            lowest = Math.min(lowest, lowerCentres[leg][2] - halfZ - Ant3dModel.LEG_RADIUS);
        }

        double dz = Ant3dModel.START_GAP - lowest;
        model.torso.setPosition(0, 0, torsoZ + dz);
        model.torso.setLinearVel(0, 0, 0);
        model.torso.setAngularVel(0, 0, 0);
        for (int leg = 0; leg < legs; leg++) {
            double[] upperVelocity = cross(upperOmegas[leg], sub(upperCentres[leg], hipPoints[leg]));
            double[] ankleVelocity = cross(upperOmegas[leg], sub(anklePoints[leg], hipPoints[leg]));
            double[] lowerVelocity = add(ankleVelocity, cross(lowerOmegas[leg], sub(lowerCentres[leg], anklePoints[leg])));
            set(model.upperLegs[leg], upperCentres[leg], dz, upperRotations[leg], upperVelocity, upperOmegas[leg]);
            set(model.lowerLegs[leg], lowerCentres[leg], dz, lowerRotations[leg], lowerVelocity, lowerOmegas[leg]);
        }
    }

    private static void set(DBody body, double[] centre, double dz, double[] r, double[] velocity, double[] omega) {
        body.setPosition(centre[0], centre[1], centre[2] + dz);
        body.setRotation(new DMatrix3(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]));
        body.setLinearVel(velocity[0], velocity[1], velocity[2]);
        body.setAngularVel(omega[0], omega[1], omega[2]);
    }

    private static double[] point(double[] d, double distance, double z) {
        return new double[] {d[0] * distance, d[1] * distance, z};
    }

    private static double[] toArray(DMatrix3 m) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[3 * i + j] = m.get(i, j);
            }
        }
        return r;
    }

    static double[] rotation(double[] a, double theta) {
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double t = 1 - c;
        return new double[] {
            c + t * a[0] * a[0], t * a[0] * a[1] - s * a[2], t * a[0] * a[2] + s * a[1],
            t * a[1] * a[0] + s * a[2], c + t * a[1] * a[1], t * a[1] * a[2] - s * a[0],
            t * a[2] * a[0] - s * a[1], t * a[2] * a[1] + s * a[0], c + t * a[2] * a[2],
        };
    }

    static double[] multiply(double[] a, double[] b) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
            }
        }
        return r;
    }

    static double[] apply(double[] m, double[] v) {
        return new double[] {
            m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
            m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
            m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
        };
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    private static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double[] scale(double[] a, double s) {
        return new double[] {a[0] * s, a[1] * s, a[2] * s};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
