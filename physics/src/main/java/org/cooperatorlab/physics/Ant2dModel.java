package org.cooperatorlab.physics;

import org.jbox2d.collision.shapes.PolygonShape;
import org.jbox2d.common.Vec2;
import org.jbox2d.dynamics.Body;
import org.jbox2d.dynamics.BodyDef;
import org.jbox2d.dynamics.BodyType;
import org.jbox2d.dynamics.FixtureDef;
import org.jbox2d.dynamics.World;
import org.jbox2d.dynamics.contacts.Contact;
import org.jbox2d.dynamics.joints.RevoluteJoint;
import org.jbox2d.dynamics.joints.RevoluteJointDef;

/**
 * The JBox2D world of one {@link Ant2d} episode: ground, torso, four two-segment legs and eight
 * motorised revolute joints. A new model is built at every reset, so no solver state (warm-start
 * impulses, contact caches) carries over from one episode to the next.
 *
 * <p>Units are SI: metres, kilograms, seconds, radians. Every body's origin is at its proximal
 * joint and every body angle is 0 in the rest pose, so a joint angle is the difference of the
 * two body angles.
 */
final class Ant2dModel {

    /** Standard gravity (m/s^2). */
    static final float GRAVITY = 9.81f;

    /** Torso half length (m): a 1 m body, about the span of PyBullet's Ant seen from the side. */
    static final float TORSO_HALF_LENGTH = 0.5f;

    /** Torso half height (m): thin, so that the legs, not the torso, carry the contacts. */
    static final float TORSO_HALF_HEIGHT = 0.1f;

    /** Distance of the front and back hips from the torso centre (m), near the torso ends. */
    static final float HIP_X = 0.4f;

    /** Thigh length, hip to knee (m). */
    static final float THIGH_LENGTH = 0.4f;

    /** Shin length, knee to foot (m). */
    static final float SHIN_LENGTH = 0.5f;

    /** Half width of the leg segments (m). */
    static final float LEG_HALF_WIDTH = 0.04f;

    /**
     * Area density (kg/m^2) of every part. It gives a 10 kg torso and a 24.4 kg walker, whose
     * standing hips need about 17 N m each, so the default 40 N m lifts it with margin.
     */
    static final float DENSITY = 50f;

    /** Coulomb friction of all fixtures; JBox2D mixes two fixtures as sqrt(f1 f2), so ground-foot is 1. */
    static final float FRICTION = 1.0f;

    /**
     * Rest angle of each thigh from straight down (rad): 45 degrees outward, front legs forward.
     * The feet then stand wide of the hips, as the splayed legs of PyBullet's Ant do.
     */
    static final double THIGH_REST_ANGLE = Math.PI / 4;

    /** Hip range around the rest pose (rad): thigh between vertical and horizontal. */
    static final double HIP_LIMIT = Math.PI / 4;

    /**
     * Knee range around the rest pose, where the shin hangs straight down (rad). It is symmetric,
     * like the hip range, so that the front and back legs are mirror images.
     */
    static final double KNEE_LIMIT = Math.PI / 4;

    /**
     * Rated joint speed (rad/s), as gym's BipedalWalker (4 to 6 rad/s) uses with JBox2D's motors.
     * Each motor drives toward this speed in the direction of the action with at most
     * |a| * maxTorque, so it applies exactly that torque while the joint is slower and only what
     * holds this speed once it gets there, like an electric motor at its rated speed. A pure torque
     * source lets joints hit their stops so fast that JBox2D 2.2.1.1, which enables a limit only
     * at the start of a step, lets them through by up to 55 degrees at 1/60 s; at 6 rad/s the worst
     * overshoot seen with random and bang-bang actions is below 9 degrees.
     */
    static final float MAX_JOINT_SPEED = 6f;

    /** Gap between the lowest foot and the ground at reset (m), so the walker settles without an impact. */
    static final double START_GAP = 0.01;

    /** Half length of the ground (m); 1000 steps of walking cover far less. */
    static final float GROUND_HALF_LENGTH = 1000f;
    /** Half depth of the ground box (m): thick enough that no foot can pass through it. */
    private static final float GROUND_HALF_DEPTH = 1f;

    /** Collision categories: ant parts collide only with the ground (see {@link Ant2d}). */
    private static final int GROUND_CATEGORY = 0x1;
    private static final int ANT_CATEGORY = 0x2;

    static final int LEGS = 4;
    static final int JOINTS = 2 * LEGS;

    final World world;
    final Body ground;
    final Body torso;
    final Body[] thighs = new Body[LEGS];
    final Body[] shins = new Body[LEGS];
    /** Joints in action order: hip and knee of leg 0, hip and knee of leg 1, and so on. */
    final RevoluteJoint[] joints = new RevoluteJoint[JOINTS];
    final double[] lowerLimits = new double[JOINTS];
    final double[] upperLimits = new double[JOINTS];

    /**
     * Builds the walker with the given initial joint angles (rad) and speeds (rad/s), in joint
     * order, resting {@link #START_GAP} above the ground with a level, still torso.
     */
    Ant2dModel(double[] jointAngles, double[] jointSpeeds) {
        world = new World(new Vec2(0f, -GRAVITY));
        // Sleeping would freeze a walker that stands still, and an idle policy must still be observed.
        world.setAllowSleep(false);
        // No part is fast or thin enough to tunnel through the ground in one step, so the
        // time-of-impact pass of continuous collision would only cost time.
        world.setContinuousPhysics(false);

        ground = world.createBody(new BodyDef());
        // The ground is a box whose top face is y = 0, not an EdgeShape: JBox2D 2.2.1.1 collides
        // edges through a static scratch vector (Collision.d), so edge contacts computed on two
        // threads at once corrupt each other and parallel training stops being reproducible.
        PolygonShape groundShape = new PolygonShape();
        groundShape.setAsBox(GROUND_HALF_LENGTH, GROUND_HALF_DEPTH, new Vec2(0f, -GROUND_HALF_DEPTH), 0f);
        FixtureDef groundFixture = fixture(groundShape);
        groundFixture.filter.categoryBits = GROUND_CATEGORY;
        groundFixture.filter.maskBits = ANT_CATEGORY;
        ground.createFixture(groundFixture);

        double torsoY = START_GAP - lowestFootOffset(jointAngles);
        torso = dynamicBody(0.0, torsoY, 0.0);
        PolygonShape torsoShape = new PolygonShape();
        torsoShape.setAsBox(TORSO_HALF_LENGTH, TORSO_HALF_HEIGHT);
        torso.createFixture(antFixture(torsoShape));

        for (int leg = 0; leg < LEGS; leg++) {
            buildLeg(leg, torsoY, jointAngles, jointSpeeds);
        }
    }

    /** Returns +1 for the front legs (0, 1) and -1 for the back legs (2, 3). */
    static int side(int leg) {
        return leg < 2 ? 1 : -1;
    }

    /** Rest direction of a thigh as an angle from +x (rad). */
    static double thighRestDirection(int leg) {
        return -Math.PI / 2 + side(leg) * THIGH_REST_ANGLE;
    }

    /** Rest direction of a shin as an angle from +x (rad): straight down. */
    static double shinRestDirection() {
        return -Math.PI / 2;
    }

    private void buildLeg(int leg, double torsoY, double[] jointAngles, double[] jointSpeeds) {
        int hip = 2 * leg;
        int knee = hip + 1;
        double hipX = side(leg) * HIP_X;
        double thighAngle = jointAngles[hip];
        double shinAngle = thighAngle + jointAngles[knee];
        double thighDirection = thighRestDirection(leg) + thighAngle;
        double kneeX = hipX + THIGH_LENGTH * Math.cos(thighDirection);
        double kneeY = torsoY + THIGH_LENGTH * Math.sin(thighDirection);

        Body thigh = dynamicBody(hipX, torsoY, thighAngle);
        thigh.createFixture(antFixture(segment(THIGH_LENGTH, thighRestDirection(leg))));
        Body shin = dynamicBody(kneeX, kneeY, shinAngle);
        shin.createFixture(antFixture(segment(SHIN_LENGTH, shinRestDirection())));

        // The torso is still, so the hip is a fixed point: each body spins about its proximal joint.
        double thighSpeed = jointSpeeds[hip];
        double shinSpeed = thighSpeed + jointSpeeds[knee];
        setVelocityAboutPivot(thigh, hipX, torsoY, 0.0, 0.0, thighSpeed);
        double kneeVx = -thighSpeed * (kneeY - torsoY);
        double kneeVy = thighSpeed * (kneeX - hipX);
        setVelocityAboutPivot(shin, kneeX, kneeY, kneeVx, kneeVy, shinSpeed);

        thighs[leg] = thigh;
        shins[leg] = shin;
        joints[hip] = joint(torso, thigh, new Vec2((float) hipX, 0f), -HIP_LIMIT, HIP_LIMIT, hip);
        float kneeLocalX = (float) (THIGH_LENGTH * Math.cos(thighRestDirection(leg)));
        float kneeLocalY = (float) (THIGH_LENGTH * Math.sin(thighRestDirection(leg)));
        joints[knee] = joint(thigh, shin, new Vec2(kneeLocalX, kneeLocalY), -KNEE_LIMIT, KNEE_LIMIT, knee);
    }

    private RevoluteJoint joint(Body parent, Body child, Vec2 anchorOnParent, double lower, double upper, int index) {
        RevoluteJointDef def = new RevoluteJointDef();
        def.bodyA = parent;
        def.bodyB = child;
        def.localAnchorA.set(anchorOnParent);
        def.localAnchorB.setZero();
        def.referenceAngle = 0f;
        def.enableLimit = true;
        def.lowerAngle = (float) lower;
        def.upperAngle = (float) upper;
        def.enableMotor = true;
        def.maxMotorTorque = 0f;
        def.motorSpeed = 0f;
        lowerLimits[index] = def.lowerAngle;
        upperLimits[index] = def.upperAngle;
        return (RevoluteJoint) world.createJoint(def);
    }

    private Body dynamicBody(double x, double y, double angle) {
        BodyDef def = new BodyDef();
        def.type = BodyType.DYNAMIC;
        def.position.set((float) x, (float) y);
        def.angle = (float) angle;
        return world.createBody(def);
    }

    /** A leg segment whose proximal end is at the body origin, pointing along {@code direction}. */
    private static PolygonShape segment(float length, double direction) {
        PolygonShape shape = new PolygonShape();
        Vec2 centre = new Vec2((float) (0.5 * length * Math.cos(direction)), (float) (0.5 * length * Math.sin(direction)));
        shape.setAsBox(0.5f * length, LEG_HALF_WIDTH, centre, (float) direction);
        return shape;
    }

    private static FixtureDef fixture(org.jbox2d.collision.shapes.Shape shape) {
        FixtureDef def = new FixtureDef();
        def.shape = shape;
        def.density = DENSITY;
        def.friction = FRICTION;
        def.restitution = 0f;
        return def;
    }

    private static FixtureDef antFixture(org.jbox2d.collision.shapes.Shape shape) {
        FixtureDef def = fixture(shape);
        def.filter.categoryBits = ANT_CATEGORY;
        def.filter.maskBits = GROUND_CATEGORY;
        return def;
    }

    /** Sets the velocity of a body that turns at {@code omega} about a pivot moving at (pvx, pvy). */
    private static void setVelocityAboutPivot(Body body, double px, double py, double pvx, double pvy, double omega) {
        Vec2 centre = body.getWorldCenter();
        double rx = centre.x - px;
        double ry = centre.y - py;
        body.setLinearVelocity(new Vec2((float) (pvx - omega * ry), (float) (pvy + omega * rx)));
        body.setAngularVelocity((float) omega);
    }

    /** Returns the lowest foot corner below the torso centre (m, negative) for the given joint angles. */
    private static double lowestFootOffset(double[] jointAngles) {
        double lowest = 0.0;
        for (int leg = 0; leg < LEGS; leg++) {
            double thighDirection = thighRestDirection(leg) + jointAngles[2 * leg];
            double shinDirection = shinRestDirection() + jointAngles[2 * leg] + jointAngles[2 * leg + 1];
            double footY = THIGH_LENGTH * Math.sin(thighDirection) + SHIN_LENGTH * Math.sin(shinDirection);
            // The box corner reaches half a width further down than the segment's axis when the shin tilts.
            footY -= LEG_HALF_WIDTH * Math.abs(Math.cos(shinDirection));
            lowest = Math.min(lowest, footY);
        }
        return lowest;
    }

    /** Returns true when the body touches the ground in the current contact list. */
    boolean touchesGround(Body body) {
        for (Contact c = world.getContactList(); c != null; c = c.getNext()) {
            if (!c.isTouching()) {
                continue;
            }
            Body a = c.getFixtureA().getBody();
            Body b = c.getFixtureB().getBody();
            if ((a == body && b == ground) || (a == ground && b == body)) {
                return true;
            }
        }
        return false;
    }

    /** Fills {@code contacts} with whether each shin touches the ground. */
    void footContacts(boolean[] contacts) {
        java.util.Arrays.fill(contacts, false);
        for (Contact c = world.getContactList(); c != null; c = c.getNext()) {
            if (!c.isTouching()) {
                continue;
            }
            Body a = c.getFixtureA().getBody();
            Body b = c.getFixtureB().getBody();
            Body other = null;
            if (a == ground) {
                other = b;
            } else if (b == ground) {
                other = a;
            }
            for (int leg = 0; leg < LEGS && other != null; leg++) {
                if (shins[leg] == other) {
                    contacts[leg] = true;
                }
            }
        }
    }
}
