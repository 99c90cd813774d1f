package org.cooperatorlab.physics;

import org.ode4j.math.DMatrix3;
import org.ode4j.ode.DBody;
import org.ode4j.ode.DCapsule;
import org.ode4j.ode.DContact;
import org.ode4j.ode.DContactBuffer;
import org.ode4j.ode.DContactGeomBuffer;
import org.ode4j.ode.DGeom;
import org.ode4j.ode.DHingeJoint;
import org.ode4j.ode.DJoint;
import org.ode4j.ode.DJointGroup;
import org.ode4j.ode.DMass;
import org.ode4j.ode.DPlane;
import org.ode4j.ode.DSphere;
import org.ode4j.ode.DWorld;
import org.ode4j.ode.OdeConstants;
import org.ode4j.ode.OdeHelper;

/**
 * The ode4j world of one {@link Ant3d} episode: a ground plane and the ant of PyBullet's
 * {@code ant.xml} (pybullet_data/mjcf): a torso sphere of radius 0.25 m with four fixed capsules
 * to the hips at (+-0.2, +-0.2) m, an upper leg from the hip to (+-0.4, +-0.4) m and a lower leg
 * to (+-0.8, +-0.8) m per leg, all capsules of radius 0.08 m. A new world is built at every reset
 * and destroyed by {@link #destroy()}, so no state carries over between episodes or instances.
 *
 * <p>Units are SI; z is up and the ground is the plane z = 0. Joint angles are 0 in the rest pose
 * of {@code ant.xml}, with every leg horizontal.
 */
final class Ant3dModel {

    static final int LEGS = 4;
    static final int JOINTS = 2 * LEGS;

    /** Standard gravity (m/s^2). */
    static final double GRAVITY = 9.81;

    /** Torso sphere radius (m), from {@code ant.xml}. */
    static final double TORSO_RADIUS = 0.25;

    /** Radius of every leg capsule (m), from {@code ant.xml}. */
    static final double LEG_RADIUS = 0.08;

    /** Lengths (m) of the fixed hip capsule, the upper leg and the lower leg along the leg direction. */
    static final double AUX_LENGTH = 0.2 * Math.sqrt(2);
    static final double UPPER_LENGTH = 0.2 * Math.sqrt(2);
    static final double LOWER_LENGTH = 0.4 * Math.sqrt(2);

    /**
     * Density of every part (kg/m^3), one density as in {@code ant.xml}. It gives a 6.5 kg torso
     * sphere and an 18.2 kg ant, whose standing ankles need about 19 N m each, so the default
     * 40 N m lifts it with margin.
     */
    static final double DENSITY = 100.0;

    /** Coulomb friction coefficient of the ground contacts, as {@code ant.xml}'s friction 1. */
    static final double FRICTION = 1.0;

    /** Leg directions in the ground plane, in PyBullet's joint order (hip_1..hip_4 of {@code ant.xml}). */
    static final double[][] LEG_DIRECTIONS = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};

    /** Ankle axes from {@code ant.xml}, chosen there so that the ankle range below points the foot down. */
    static final double[][] ANKLE_AXES = {{-1, 1, 0}, {1, 1, 0}, {-1, 1, 0}, {1, 1, 0}};

    /** Hip range (rad): +-30 degrees about the vertical axis, from {@code ant.xml}. */
    static final double HIP_LIMIT = Math.toRadians(30);

    /** Ankle ranges (rad) per leg, from {@code ant.xml}: 30 to 70 degrees foot-down. */
    static final double[][] ANKLE_RANGES = {
        {Math.toRadians(30), Math.toRadians(70)},
        {Math.toRadians(-70), Math.toRadians(-30)},
        {Math.toRadians(-70), Math.toRadians(-30)},
        {Math.toRadians(30), Math.toRadians(70)},
    };

    /**
     * Foot-down ankle angle at reset (rad). {@code ant.xml} starts at 0, outside the ankle range,
     * and lets the stops snap the legs down in a drop; 40 degrees starts inside the range, low and
     * steady, so episodes begin without an impact.
     */
    static final double START_ANKLE = Math.toRadians(40);

    /** Gap between the lowest point of the ant and the ground at reset (m). */
    static final double START_GAP = 0.01;

    /** Height of the rest pose in which the joints are created (m); the ant is moved down afterwards. */
    private static final double BUILD_HEIGHT = 1.0;

    /** Contacts generated per geom pair; a capsule on a plane produces at most 2. */
    private static final int MAX_CONTACTS = 4;

    /** ERP of the world: ODE's default 0.2, the fraction of joint and contact error removed per step. */
    private static final double ERP = 0.2;

    /** CFM of the world: ODE's default 1e-5, a slight softness that keeps the solver well conditioned. */
    private static final double CFM = 1e-5;

    /** Contact depth (m) left uncorrected, so that resting contacts do not jitter. */
    private static final double CONTACT_SURFACE_LAYER = 0.001;

    /** Maximum speed (m/s) at which contacts push penetrating parts out, to avoid pops. */
    private static final double CONTACT_MAX_CORRECTING_VELOCITY = 1.0;

    static {
        OdeHelper.initODE2(0);
    }

    final DWorld world;
    final DBody torso;
    final DBody[] upperLegs = new DBody[LEGS];
    final DBody[] lowerLegs = new DBody[LEGS];
    /** Torso sphere, then the four fixed hip capsules, which all move with the torso. */
    final DGeom[] torsoGeoms = new DGeom[1 + LEGS];
    final DCapsule[] upperGeoms = new DCapsule[LEGS];
    final DCapsule[] lowerGeoms = new DCapsule[LEGS];
    /** Joints in action order: hip and ankle of leg 0, hip and ankle of leg 1, and so on. */
    final DHingeJoint[] joints = new DHingeJoint[JOINTS];
    final double[] lowerLimits = new double[JOINTS];
    final double[] upperLimits = new double[JOINTS];
    final boolean[] footContacts = new boolean[LEGS];

    private final DPlane ground;
    private final DJointGroup contactGroup;
    private final DContactBuffer contacts = new DContactBuffer(MAX_CONTACTS);
    private final DContactGeomBuffer contactGeoms = contacts.getGeomBuffer();
    private final DGeom[] allGeoms;
    private final int iterations;

    /**
     * Builds the ant with the given initial joint angle offsets (rad) from the start posture and
     * joint speeds (rad/s), in joint order, resting {@link #START_GAP} above the ground.
     */
    Ant3dModel(double[] angleOffsets, double[] jointSpeeds, int solverIterations) {
        iterations = solverIterations;
        world = OdeHelper.createWorld();
        world.setGravity(0, 0, -GRAVITY);
        world.setERP(ERP);
        world.setCFM(CFM);
        world.setContactSurfaceLayer(CONTACT_SURFACE_LAYER);
        world.setContactMaxCorrectingVel(CONTACT_MAX_CORRECTING_VELOCITY);
        world.setQuickStepNumIterations(solverIterations);
        world.setAutoDisableFlag(false);
        contactGroup = OdeHelper.createJointGroup();
        ground = OdeHelper.createPlane(null, 0, 0, 1, 0);

        torso = OdeHelper.createBody(world);
        torso.setPosition(0, 0, BUILD_HEIGHT);
        DMass torsoMass = OdeHelper.createMass();
        torsoMass.setSphere(DENSITY, TORSO_RADIUS);
        DSphere sphere = OdeHelper.createSphere(null, TORSO_RADIUS);
        sphere.setBody(torso);
        torsoGeoms[0] = sphere;

        for (int leg = 0; leg < LEGS; leg++) {
            double[] d = direction(leg);
            DMatrix3 rotation = segmentRotation(d);
            double auxCentre = 0.5 * AUX_LENGTH;
            DCapsule aux = OdeHelper.createCapsule(null, LEG_RADIUS, AUX_LENGTH);
            aux.setBody(torso);
            aux.setOffsetPosition(d[0] * auxCentre, d[1] * auxCentre, 0);
            aux.setOffsetRotation(rotation);
            torsoGeoms[1 + leg] = aux;
            DMass auxMass = OdeHelper.createMass();
            auxMass.setCapsule(DENSITY, 3, LEG_RADIUS, AUX_LENGTH);
            auxMass.rotate(rotation);
            auxMass.translate(d[0] * auxCentre, d[1] * auxCentre, 0);
            torsoMass.add(auxMass);

            double hip = AUX_LENGTH;
            double ankle = AUX_LENGTH + UPPER_LENGTH;
            upperLegs[leg] = segmentBody(d, hip, UPPER_LENGTH, rotation);
            lowerLegs[leg] = segmentBody(d, ankle, LOWER_LENGTH, rotation);
            upperGeoms[leg] = segmentGeom(upperLegs[leg], UPPER_LENGTH);
            lowerGeoms[leg] = segmentGeom(lowerLegs[leg], LOWER_LENGTH);
        }
        // The four hip capsules are symmetric about the torso centre, so the centre of mass stays
        // at the body origin as ODE requires. Setting it to zero removes the rounding residue.
        torsoMass.setC(new org.ode4j.math.DVector3());
        torso.setMass(torsoMass);

        for (int leg = 0; leg < LEGS; leg++) {
            double[] d = direction(leg);
            double[] a = normalised(ANKLE_AXES[leg]);
            int hip = 2 * leg;
            int ankle = hip + 1;
            joints[hip] = hinge(torso, upperLegs[leg], d, AUX_LENGTH, new double[] {0, 0, 1}, -HIP_LIMIT, HIP_LIMIT, hip);
            joints[ankle] = hinge(upperLegs[leg], lowerLegs[leg], d, AUX_LENGTH + UPPER_LENGTH, a,
                    ANKLE_RANGES[leg][0], ANKLE_RANGES[leg][1], ankle);
        }

        allGeoms = new DGeom[torsoGeoms.length + 2 * LEGS];
        System.arraycopy(torsoGeoms, 0, allGeoms, 0, torsoGeoms.length);
        System.arraycopy(upperGeoms, 0, allGeoms, torsoGeoms.length, LEGS);
        System.arraycopy(lowerGeoms, 0, allGeoms, torsoGeoms.length + LEGS, LEGS);

        Ant3dPlacement.place(this, angleOffsets, jointSpeeds);
    }

    /** Returns the foot-down start angle of the ankle of a leg, with the sign of its range. */
    static double startAnkleAngle(int leg) {
        return ANKLE_RANGES[leg][0] > 0 ? START_ANKLE : -START_ANKLE;
    }

    static double[] direction(int leg) {
        double s = 1 / Math.sqrt(2);
        return new double[] {LEG_DIRECTIONS[leg][0] * s, LEG_DIRECTIONS[leg][1] * s, 0};
    }

    static double[] normalised(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }

    /** Rotation whose local z axis is the horizontal leg direction d and whose local x axis is up. */
    static DMatrix3 segmentRotation(double[] d) {
        return new DMatrix3(0, d[1], d[0], 0, -d[0], d[1], 1, 0, 0);
    }

    private DBody segmentBody(double[] d, double start, double length, DMatrix3 rotation) {
        DBody body = OdeHelper.createBody(world);
        double centre = start + 0.5 * length;
        body.setPosition(d[0] * centre, d[1] * centre, BUILD_HEIGHT);
        body.setRotation(rotation);
        DMass mass = OdeHelper.createMass();
        mass.setCapsule(DENSITY, 3, LEG_RADIUS, length);
        body.setMass(mass);
        return body;
    }

    private static DCapsule segmentGeom(DBody body, double length) {
        DCapsule capsule = OdeHelper.createCapsule(null, LEG_RADIUS, length);
        capsule.setBody(body);
        return capsule;
    }

    private DHingeJoint hinge(DBody parent, DBody child, double[] d, double distance, double[] axis,
            double lower, double upper, int index) {
        DHingeJoint joint = OdeHelper.createHingeJoint(world);
        // ODE measures the angle of the first body relative to the second, and addTorque(t) applies
        // +t to the first body. With the child first, a positive angle and a positive torque both
        // turn the child in the right-hand sense about the axis.
        joint.attach(child, parent);
        joint.setAnchor(d[0] * distance, d[1] * distance, BUILD_HEIGHT);
        joint.setAxis(axis[0], axis[1], axis[2]);
        joint.setParamLoStop(lower);
        joint.setParamHiStop(upper);
        lowerLimits[index] = lower;
        upperLimits[index] = upper;
        return joint;
    }

    /**
     * Advances one physics step: collides every ant geom with the ground (ant parts never collide
     * with each other, as in {@code ant.xml} where only the floor has contact affinity), then runs
     * ODE's iterative quickStep. Records which lower legs touched the ground.
     */
    void step(double dt) {
        contactGroup.empty();
        java.util.Arrays.fill(footContacts, false);
        for (int g = 0; g < allGeoms.length; g++) {
            DGeom geom = allGeoms[g];
            int n = OdeHelper.collide(geom, ground, MAX_CONTACTS, contactGeoms);
            for (int i = 0; i < n; i++) {
                DContact contact = contacts.get(i);
                contact.surface.mode = OdeConstants.dContactApprox1;
                contact.surface.mu = FRICTION;
                DJoint joint = OdeHelper.createContactJoint(world, contactGroup, contact);
                joint.attach(geom.getBody(), null);
            }
            int foot = g - (torsoGeoms.length + LEGS);
            if (foot >= 0 && n > 0) {
                footContacts[foot] = true;
            }
        }
        // NOTE: ode4j 0.5.3's quickStep allocates its work arrays anew on every call, about 32 kB
        // for this ant (measured with the JVM's per-thread allocation counter), so each physics
        // step creates that much garbage beyond the step result.
        world.quickStep(dt);
    }

    int solverIterations() {
        return iterations;
    }

    /** Destroys the world, its joints and geoms; the model must not be used afterwards. */
    void destroy() {
        contactGroup.destroy();
        for (DGeom geom : allGeoms) {
            geom.destroy();
        }
        ground.destroy();
        world.destroy();
    }
}
