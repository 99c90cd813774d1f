package org.cooperatorlab.app.ui.live;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Affine;
import org.cooperatorlab.physics.AntPose2d;
import org.cooperatorlab.physics.AntPose3d;
import org.cooperatorlab.physics.BodyPose2d;
import org.cooperatorlab.physics.BodyPose3d;

/**
 * The JavaFX nodes of the 3D Ant and the conversion from physics poses to JavaFX transforms.
 *
 * <p>A physics point p (ode4j, z up) is drawn at M p with M = [[1, 0, 0], [0, 0, -1], [0, 1, 0]],
 * so JavaFX (x, y, z) = (x, -z, y); det M = 1, so M is a rotation and nothing is mirrored. A part
 * with the unit quaternion q (w, x, y, z), rotation matrix R(q), has the JavaFX transform
 * A = M R(q) P, translation M c, where P takes the node's local axes to the part's local axes.
 * JavaFX cylinders lie along their local y axis and the physics capsules along their local z
 * axis. So P sends node y to part z, node x to part x and node z to part -y, and that matrix equals M.
 */
final class AntModel3d {

    /** Radius of the disc drawn under a foot that touches the ground, in metres. */
    private static final double CONTACT_DISC_RADIUS = 0.13;

    private final Group root = new Group();
    private final Sphere torso = new Sphere(1, 48);
    private final List<Capsule> hips = new ArrayList<>();
    private final List<Capsule> upper = new ArrayList<>();
    private final List<Capsule> lower = new ArrayList<>();
    private final List<Cylinder> discs = new ArrayList<>();
    private final PhongMaterial legMaterial;
    private final PhongMaterial contactMaterial;

    AntModel3d(PhongMaterial torsoMaterial, PhongMaterial legMaterial, PhongMaterial contactMaterial) {
        this.legMaterial = legMaterial;
        this.contactMaterial = contactMaterial;
        torso.setMaterial(torsoMaterial);
        for (int leg = 0; leg < 4; leg++) {
            hips.add(new Capsule(legMaterial));
            upper.add(new Capsule(legMaterial));
            lower.add(new Capsule(legMaterial));
            Cylinder disc = new Cylinder(CONTACT_DISC_RADIUS, 0.006, 32);
            disc.setMaterial(contactMaterial);
            disc.setVisible(false);
            discs.add(disc);
        }
        for (List<Capsule> parts : List.of(hips, upper, lower)) {
            parts.forEach(part -> root.getChildren().add(part.group));
        }
        root.getChildren().add(torso);
        root.getChildren().addAll(discs);
    }

    Group root() {
        return root;
    }

    /** Moves every node to {@code pose}; lower legs and their discs take the contact colour while touching. */
    void update(AntPose3d pose) {
        BodyPose3d t = pose.torso();
        torso.setRadius(t.radius());
        torso.setTranslateX(t.x());
        torso.setTranslateY(-t.z());
        torso.setTranslateZ(t.y());
        for (int leg = 0; leg < lower.size(); leg++) {
            hips.get(leg).update(pose.hipCapsules().get(leg));
            upper.get(leg).update(pose.upperLegs().get(leg));
            Capsule shin = lower.get(leg);
            shin.update(pose.lowerLegs().get(leg));
            boolean contact = pose.footContacts().get(leg);
            shin.setMaterial(contact ? contactMaterial : legMaterial);
            Cylinder disc = discs.get(leg);
            disc.setVisible(contact);
            if (contact) {
                double[] foot = footEnd(pose.lowerLegs().get(leg), pose.upperLegs().get(leg));
                disc.setTranslateX(foot[0]);
                disc.setTranslateY(-0.004);
                disc.setTranslateZ(foot[1]);
            }
        }
    }

    /**
     * Returns the rotation matrix of a unit quaternion (w, x, y, z), row-major: the standard formula
     * R = I + 2w[v]x + 2[v]x^2 with v = (x, y, z). The quaternion is used as given, not normalised.
     */
    static double[] rotation(double w, double x, double y, double z) {
        return new double[] {
            1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y),
            2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x),
            2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)};
    }

    /**
     * Returns the JavaFX 3 x 3 matrix M R(q) M of a part, row-major (see the class comment). With M's rows
     * (1, 0, 0), (0, 0, -1), (0, 1, 0): (M R M)_ij = sum_k,l M_ik R_kl M_lj.
     */
    static double[] fxMatrix(BodyPose3d part) {
        double[] r = rotation(part.qw(), part.qx(), part.qy(), part.qz());
        double[] m = {1, 0, 0, 0, 0, -1, 0, 1, 0};
        double[] out = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    for (int l = 0; l < 3; l++) {
                        sum += m[3 * i + k] * r[3 * k + l] * m[3 * l + j];
                    }
                }
                out[3 * i + j] = sum;
            }
        }
        return out;
    }

    /** Returns the direction of a part's local z axis (its capsule axis) in physics coordinates: R(q) (0, 0, 1). */
    static double[] axis(BodyPose3d part) {
        double[] r = rotation(part.qw(), part.qx(), part.qy(), part.qz());
        return new double[] {r[2], r[5], r[8]};
    }

    /**
     * Returns the foot in JavaFX ground coordinates (x, z): the end of the lower leg's axis farther from
     * the centre of the upper leg.
     */
    static double[] footEnd(BodyPose3d lowerLeg, BodyPose3d upperLeg) {
        double[] a = axis(lowerLeg);
        double h = lowerLeg.length() / 2 + lowerLeg.radius();
        double[] plus = {lowerLeg.x() + h * a[0], lowerLeg.y() + h * a[1]};
        double[] minus = {lowerLeg.x() - h * a[0], lowerLeg.y() - h * a[1]};
        double dPlus = Math.hypot(plus[0] - upperLeg.x(), plus[1] - upperLeg.y());
        double dMinus = Math.hypot(minus[0] - upperLeg.x(), minus[1] - upperLeg.y());
        return dPlus >= dMinus ? plus : minus;
    }

    /**
     * Projects the ant onto the x-z plane, seen from its right side, for the side view: the torso
     * becomes a circle, each capsule a segment from its projected axis with its radius as half
     * width. The four hip capsules follow the four upper legs in {@code upperLegs}, which
     * {@link Ant2dRenderer} draws as parts without a foot.
     */
    static AntPose2d sideView(AntPose3d pose) {
        BodyPose3d t = pose.torso();
        List<BodyPose2d> upperLegs = new ArrayList<>();
        List<BodyPose2d> lowerLegs = new ArrayList<>();
        pose.upperLegs().forEach(part -> upperLegs.add(project(part)));
        pose.hipCapsules().forEach(part -> upperLegs.add(project(part)));
        pose.lowerLegs().forEach(part -> lowerLegs.add(project(part)));
        return new AntPose2d(new BodyPose2d(t.x(), t.z(), 0, t.radius(), t.radius()), upperLegs, lowerLegs,
                pose.footContacts(), pose.distance());
    }

    private static BodyPose2d project(BodyPose3d part) {
        double[] a = axis(part);
        double planar = Math.hypot(a[0], a[2]);
        return new BodyPose2d(part.x(), part.z(), Math.atan2(a[2], a[0]), 0.5 * part.length() * planar, part.radius());
    }

    /** A cylinder with a sphere on each end, placed by one affine transform. */
    private static final class Capsule {
        final Group group = new Group();
        final Affine affine = new Affine();
        final Cylinder cylinder = new Cylinder(1, 1, 24);
        final Sphere top = new Sphere(1, 24);
        final Sphere bottom = new Sphere(1, 24);

        Capsule(PhongMaterial material) {
            group.getChildren().addAll(cylinder, top, bottom);
            group.getTransforms().add(affine);
            setMaterial(material);
        }

        void setMaterial(PhongMaterial material) {
            if (cylinder.getMaterial() != material) {
                cylinder.setMaterial(material);
                top.setMaterial(material);
                bottom.setMaterial(material);
            }
        }

        void update(BodyPose3d part) {
            cylinder.setRadius(part.radius());
            cylinder.setHeight(part.length());
            top.setRadius(part.radius());
            bottom.setRadius(part.radius());
            top.setTranslateY(-part.length() / 2);
            bottom.setTranslateY(part.length() / 2);
            double[] a = fxMatrix(part);
            affine.setToTransform(a[0], a[1], a[2], part.x(), a[3], a[4], a[5], -part.z(), a[6], a[7], a[8], part.y());
        }
    }
}
