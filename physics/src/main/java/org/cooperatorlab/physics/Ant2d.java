package org.cooperatorlab.physics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jbox2d.common.Vec2;
import org.jbox2d.dynamics.Body;
import org.jbox2d.dynamics.joints.RevoluteJoint;

/**
 * A planar four-legged walker seen from the side, simulated with JBox2D 2.2.1.1, that mirrors the
 * design of PyBullet's {@code AntBulletEnv-v0} in two dimensions.
 *
 * <p>A 1 m x 0.2 m torso carries four legs of two segments each (thigh 0.4 m, shin 0.5 m). The
 * two front legs hang from a hip 0.4 m ahead of the torso centre and the two back legs from a hip
 * 0.4 m behind it. In the side view the left and right leg of a pair share one plane, so the
 * walker's parts collide only with the ground: a real animal's left and right legs pass each
 * other side by side, and the joint limits already keep the legs out of the torso.
 * Each hip and knee is a revolute joint whose motor applies clip(a, -1, 1) x maxTorque until the
 * joint turns at 6 rad/s in the direction of the action, and then only the torque that holds that
 * speed (see {@link Ant2dModel#MAX_JOINT_SPEED}). The torque never exceeds |a| x maxTorque, and
 * zero action gives zero torque. Hips move +-45 degrees around a thigh pointing 45 degrees
 * outward and down, knees +-45 degrees around a shin hanging straight down.
 *
 * <p>Legs in order: front left, front right, back left, back right. The walker is symmetric under
 * x -> -x with leg 0 swapped with leg 2 and leg 1 with leg 3, every joint angle negated.
 *
 * <h2>Observation (25 values, each clipped to [-5, 5])</h2>
 * <table>
 * <caption>Ant2d observation</caption>
 * <tr><th>index</th><th>name</th><th>meaning</th><th>range</th><th>unit</th></tr>
 * <tr><td>0</td><td>torso height change</td><td>torso centre y minus its y at reset</td><td>[-1, 1]</td><td>m</td></tr>
 * <tr><td>1</td><td>torso velocity x</td><td>0.3 x forward velocity of the torso</td><td>[-5, 5]</td><td>0.3 m/s</td></tr>
 * <tr><td>2</td><td>torso velocity y</td><td>0.3 x upward velocity of the torso</td><td>[-5, 5]</td><td>0.3 m/s</td></tr>
 * <tr><td>3</td><td>torso angle</td><td>torso pitch, counter-clockwise (nose up) positive</td><td>[-pi/3, pi/3] while alive</td><td>rad</td></tr>
 * <tr><td>4</td><td>torso angular velocity</td><td>0.1 x torso pitch rate</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>5</td><td>front left hip position</td><td>joint angle mapped linearly from its limits to [-1, 1]</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>6</td><td>front left hip velocity</td><td>0.1 x joint speed</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>7</td><td>front left knee position</td><td>as index 5</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>8</td><td>front left knee velocity</td><td>as index 6</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>9</td><td>front right hip position</td><td>as index 5</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>10</td><td>front right hip velocity</td><td>as index 6</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>11</td><td>front right knee position</td><td>as index 5</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>12</td><td>front right knee velocity</td><td>as index 6</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>13</td><td>back left hip position</td><td>as index 5</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>14</td><td>back left hip velocity</td><td>as index 6</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>15</td><td>back left knee position</td><td>as index 5</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>16</td><td>back left knee velocity</td><td>as index 6</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>17</td><td>back right hip position</td><td>as index 5</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>18</td><td>back right hip velocity</td><td>as index 6</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>19</td><td>back right knee position</td><td>as index 5</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>20</td><td>back right knee velocity</td><td>as index 6</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>21</td><td>front left foot contact</td><td>1 if the shin touches the ground, else 0</td><td>{0, 1}</td><td>1</td></tr>
 * <tr><td>22</td><td>front right foot contact</td><td>as index 21</td><td>{0, 1}</td><td>1</td></tr>
 * <tr><td>23</td><td>back left foot contact</td><td>as index 21</td><td>{0, 1}</td><td>1</td></tr>
 * <tr><td>24</td><td>back right foot contact</td><td>as index 21</td><td>{0, 1}</td><td>1</td></tr>
 * </table>
 *
 * <h2>Action (8 values)</h2>
 * <table>
 * <caption>Ant2d action</caption>
 * <tr><th>index</th><th>name</th><th>meaning</th><th>range</th><th>unit</th></tr>
 * <tr><td>0</td><td>front left hip torque</td><td>motor torque / maxTorque, counter-clockwise on the thigh</td><td>[-1, 1]</td><td>maxTorque (40 N m)</td></tr>
 * <tr><td>1</td><td>front left knee torque</td><td>as index 0, on the shin</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * <tr><td>2</td><td>front right hip torque</td><td>as index 0</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * <tr><td>3</td><td>front right knee torque</td><td>as index 1</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * <tr><td>4</td><td>back left hip torque</td><td>as index 0</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * <tr><td>5</td><td>back left knee torque</td><td>as index 1</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * <tr><td>6</td><td>back right hip torque</td><td>as index 0</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * <tr><td>7</td><td>back right knee torque</td><td>as index 1</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * </table>
 * Finite values outside [-1, 1] are clipped; NaN or infinite components are rejected with an
 * {@link IllegalArgumentException}.
 *
 * <h2>Reward</h2>
 * The sum of the terms in {@link AntRewards#TERM_NAMES} order, as in PyBullet's walkers:
 * progress = forward torso displacement / environment time step (m/s); alive = +1, or -1 on the
 * step where the torso touches the ground or tilts past 60 degrees (both end the episode);
 * electricity = -2.0 x mean |a_j x 0.1 qdot_j|; stall torque = -0.1 x mean a_j^2; joints at
 * limit = -0.1 x the number of joints with |scaled position| > 0.99. If the simulation produces
 * a non-finite value, the episode ends with the reason {@value AntRewards#NON_FINITE_REASON}, a zero
 * observation and zero reward terms. Episodes are truncated after {@code maxSteps} steps.
 *
 * <p>Deterministic: the same settings, seed and actions give bitwise identical results, because
 * each reset builds a new JBox2D world and JBox2D uses no global random state.
 */
public final class Ant2d implements Environment {

    public static final String ID = "ant2d";

    /** Leg names in leg order. */
    public static final List<String> LEG_NAMES = List.of("front left", "front right", "back left", "back right");

    /** Observation names in observation order; the class Javadoc table lists the same names. */
    public static final List<String> OBSERVATION_NAMES = observationNames(LEG_NAMES, List.of(
            "torso height change", "torso velocity x", "torso velocity y", "torso angle", "torso angular velocity"));

    /** Action names in action order. */
    public static final List<String> ACTION_NAMES = actionNames(LEG_NAMES);

    /** Torso tilt beyond which the walker counts as flipped (rad): past 60 degrees it cannot stand up again. */
    static final double FLIP_ANGLE = Math.PI / 3;

    /** Factor on the torso velocity in the observation (PyBullet's 0.3). */
    static final double BODY_VELOCITY_SCALE = 0.3;

    static final String TORSO_CONTACT_REASON = "torso touched the ground";
    static final String FLIP_REASON = "torso flipped";

    private final Ant2dSettings settings;
    private final float physicsStep;
    private final boolean[] footContacts = new boolean[Ant2dModel.LEGS];
    private final double[] clippedAction = new double[Ant2dModel.JOINTS];
    private Ant2dModel model;
    private double startX;
    private double startY;
    private int steps;
    private boolean ended = true;

    public Ant2d(Ant2dSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null; use Ant2dSettings.defaults()");
        }
        this.settings = settings;
        this.physicsStep = (float) settings.timeStep();
    }

    public Ant2d() {
        this(Ant2dSettings.defaults());
    }

    public Ant2dSettings settings() {
        return settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> observationNames() {
        return OBSERVATION_NAMES;
    }

    @Override
    public int actionSize() {
        return ACTION_NAMES.size();
    }

    @Override
    public List<String> rewardTermNames() {
        return AntRewards.TERM_NAMES;
    }

    @Override
    public double timeStep() {
        return settings.timeStep() * settings.frameSkip();
    }

    @Override
    public int maxSteps() {
        return settings.maxSteps();
    }

    @Override
    public int stepCount() {
        return steps;
    }

    @Override
    public double[] reset(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double noise = settings.initialNoise();
        double[] angles = new double[Ant2dModel.JOINTS];
        double[] speeds = new double[Ant2dModel.JOINTS];
        for (int j = 0; j < Ant2dModel.JOINTS; j++) {
            angles[j] = noise == 0.0 ? 0.0 : random.nextDouble(-noise, noise);
            speeds[j] = noise == 0.0 ? 0.0 : random.nextDouble(-noise, noise);
        }
        model = new Ant2dModel(angles, speeds);
        startX = model.torso.getPosition().x;
        startY = model.torso.getPosition().y;
        steps = 0;
        ended = false;
        java.util.Arrays.fill(footContacts, false);
        double[] observation = new double[OBSERVATION_NAMES.size()];
        fillObservation(observation);
        return observation;
    }

    @Override
    public StepResult step(double[] action) {
        if (ended) {
            throw new IllegalStateException(model == null
                    ? "call reset(seed) before step(action)"
                    : "the episode has ended; call reset(seed) before step(action)");
        }
        AntRewards.checkAction(action, Ant2dModel.JOINTS);
        double maxTorque = settings.maxTorque();
        for (int j = 0; j < Ant2dModel.JOINTS; j++) {
            double a = AntRewards.clip(action[j], 1.0);
            clippedAction[j] = a;
            RevoluteJoint joint = model.joints[j];
            joint.setMaxMotorTorque((float) (Math.abs(a) * maxTorque));
            joint.setMotorSpeed(a >= 0.0 ? Ant2dModel.MAX_JOINT_SPEED : -Ant2dModel.MAX_JOINT_SPEED);
        }

        double xBefore = model.torso.getPosition().x;
        boolean torsoContact = false;
        for (int k = 0; k < settings.frameSkip(); k++) {
            model.world.step(physicsStep, settings.velocityIterations(), settings.positionIterations());
            torsoContact |= model.touchesGround(model.torso);
        }
        steps++;
        model.footContacts(footContacts);

        double[] observation = new double[OBSERVATION_NAMES.size()];
        double[] terms = new double[AntRewards.TERM_NAMES.size()];
        double angle = model.torso.getAngle();
        boolean flipped = Math.abs(angle) > FLIP_ANGLE;
        fillObservation(observation);
        fillRewardTerms(terms, observation, xBefore, torsoContact || flipped);

        String reason = null;
        boolean terminated = false;
        if (!AntRewards.allFinite(observation) || !AntRewards.allFinite(terms)) {
            java.util.Arrays.fill(observation, 0.0);
            java.util.Arrays.fill(terms, 0.0);
            terminated = true;
            reason = AntRewards.NON_FINITE_REASON;
        } else if (torsoContact) {
            terminated = true;
            reason = TORSO_CONTACT_REASON;
        } else if (flipped) {
            terminated = true;
            reason = FLIP_REASON;
        }
        boolean truncated = !terminated && steps >= settings.maxSteps();
        if (truncated) {
            reason = AntRewards.TIME_LIMIT_REASON;
        }
        clipObservation(observation);
        ended = terminated || truncated;
        double reward = 0.0;
        for (double term : terms) {
            reward += term;
        }
        return new StepResult(observation, reward, terminated, truncated, terms, reason);
    }

    /** Returns max(0, reward - alive term), the signal training maximises (see {@link AntRewards#trainingReward}). */
    @Override
    public double trainingReward(StepResult result) {
        return AntRewards.trainingReward(result);
    }

    /**
     * Returns the torque (N m) that the motor of joint {@code j} applied in the last physics step,
     * as reported by JBox2D: positive turns the child body counter-clockwise relative to its parent.
     */
    public double appliedTorque(int j) {
        requireModel();
        return model.joints[j].getMotorTorque(1f / physicsStep);
    }

    /** Returns a snapshot of the walker for drawing; allocates, so call it once per frame. */
    public AntPose2d pose() {
        requireModel();
        List<BodyPose2d> upper = new ArrayList<>(Ant2dModel.LEGS);
        List<BodyPose2d> lower = new ArrayList<>(Ant2dModel.LEGS);
        List<Boolean> contacts = new ArrayList<>(Ant2dModel.LEGS);
        for (int leg = 0; leg < Ant2dModel.LEGS; leg++) {
            upper.add(segmentPose(model.thighs[leg], Ant2dModel.THIGH_LENGTH, Ant2dModel.thighRestDirection(leg)));
            lower.add(segmentPose(model.shins[leg], Ant2dModel.SHIN_LENGTH, Ant2dModel.shinRestDirection()));
            contacts.add(footContacts[leg]);
        }
        Vec2 p = model.torso.getPosition();
        BodyPose2d torso = new BodyPose2d(p.x, p.y, model.torso.getAngle(),
                Ant2dModel.TORSO_HALF_LENGTH, Ant2dModel.TORSO_HALF_HEIGHT);
        return new AntPose2d(torso, upper, lower, contacts, p.x - startX);
    }

    private static BodyPose2d segmentPose(Body body, float length, double restDirection) {
        double direction = body.getAngle() + restDirection;
        Vec2 origin = body.getPosition();
        double cx = origin.x + 0.5 * length * Math.cos(direction);
        double cy = origin.y + 0.5 * length * Math.sin(direction);
        return new BodyPose2d(cx, cy, direction, 0.5 * length, Ant2dModel.LEG_HALF_WIDTH);
    }

    private void fillObservation(double[] observation) {
        Body torso = model.torso;
        Vec2 velocity = torso.getLinearVelocity();
        observation[0] = torso.getPosition().y - startY;
        observation[1] = BODY_VELOCITY_SCALE * velocity.x;
        observation[2] = BODY_VELOCITY_SCALE * velocity.y;
        observation[3] = torso.getAngle();
        observation[4] = AntRewards.JOINT_SPEED_SCALE * torso.getAngularVelocity();
        for (int j = 0; j < Ant2dModel.JOINTS; j++) {
            RevoluteJoint joint = model.joints[j];
            observation[5 + 2 * j] = AntRewards.scaledJointPosition(
                    joint.getJointAngle(), model.lowerLimits[j], model.upperLimits[j]);
            observation[6 + 2 * j] = AntRewards.JOINT_SPEED_SCALE * joint.getJointSpeed();
        }
        for (int leg = 0; leg < Ant2dModel.LEGS; leg++) {
            observation[5 + 2 * Ant2dModel.JOINTS + leg] = footContacts[leg] ? 1.0 : 0.0;
        }
    }

    /** Fills the reward terms from the unclipped observation of the same step. */
    private void fillRewardTerms(double[] terms, double[] observation, double xBefore, boolean fallen) {
        terms[AntRewards.PROGRESS] = (model.torso.getPosition().x - xBefore) / timeStep();
        terms[AntRewards.ALIVE] = fallen ? -1.0 : 1.0;
        double work = 0.0;
        double stall = 0.0;
        int atLimit = 0;
        for (int j = 0; j < Ant2dModel.JOINTS; j++) {
            double a = clippedAction[j];
            work += Math.abs(a * observation[6 + 2 * j]);
            stall += a * a;
            if (Math.abs(observation[5 + 2 * j]) > AntRewards.AT_LIMIT_THRESHOLD) {
                atLimit++;
            }
        }
        terms[AntRewards.ELECTRICITY] = -AntRewards.ELECTRICITY_WEIGHT * work / Ant2dModel.JOINTS;
        terms[AntRewards.STALL_TORQUE] = -AntRewards.STALL_TORQUE_WEIGHT * stall / Ant2dModel.JOINTS;
        terms[AntRewards.JOINTS_AT_LIMIT] = -AntRewards.JOINT_AT_LIMIT_WEIGHT * atLimit;
    }

    private static void clipObservation(double[] observation) {
        for (int i = 0; i < observation.length; i++) {
            observation[i] = AntRewards.clip(observation[i], AntRewards.OBSERVATION_BOUND);
        }
    }

    /** Returns the physics of the current episode, for tests that inject faults; null before the first reset. */
    Ant2dModel model() {
        return model;
    }

    private void requireModel() {
        if (model == null) {
            throw new IllegalStateException("call reset(seed) first");
        }
    }

    static List<String> observationNames(List<String> legs, List<String> torsoNames) {
        List<String> names = new ArrayList<>(torsoNames);
        for (String leg : legs) {
            for (String joint : List.of("hip", "knee")) {
                names.add(leg + " " + joint + " position");
                names.add(leg + " " + joint + " velocity");
            }
        }
        for (String leg : legs) {
            names.add(leg + " foot contact");
        }
        return List.copyOf(names);
    }

    static List<String> actionNames(List<String> legs) {
        List<String> names = new ArrayList<>();
        for (String leg : legs) {
            names.add(leg + " hip torque");
            names.add(leg + " knee torque");
        }
        return List.copyOf(names);
    }
}
