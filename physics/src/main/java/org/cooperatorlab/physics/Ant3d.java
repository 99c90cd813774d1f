package org.cooperatorlab.physics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ode4j.math.DMatrix3C;
import org.ode4j.math.DQuaternionC;
import org.ode4j.math.DVector3C;
import org.ode4j.ode.DBody;
import org.ode4j.ode.DGeom;

/**
 * The ant of PyBullet's {@code AntBulletEnv-v0} (pybullet_envs 3.x) simulated with ode4j 0.5.3:
 * a torso sphere and four legs, each with a hip joint about the vertical axis and an ankle joint,
 * eight torque-controlled joints, walking on flat ground toward a target 1000 m ahead along +x.
 * The geometry and joint ranges are those of {@code ant.xml}; see {@link Ant3dModel} for every
 * constant. Each joint receives the torque clip(a, -1, 1) x maxTorque through ODE's
 * {@code addTorque}, so zero action gives zero torque. The parts collide only with the ground, as
 * in {@code ant.xml}.
 *
 * <p>Legs in order ({@code ant.xml}'s hip_1..hip_4), with +x forward and +y left: front left
 * (+x +y), back left (-x +y), back right (-x -y), front right (+x -y).
 *
 * <h2>Observation (28 values, each clipped to [-5, 5])</h2>
 * <table>
 * <caption>Ant3d observation</caption>
 * <tr><th>index</th><th>name</th><th>meaning</th><th>range</th><th>unit</th></tr>
 * <tr><td>0</td><td>torso height change</td><td>torso centre z minus its z at reset</td><td>[-0.5, 1]</td><td>m</td></tr>
 * <tr><td>1</td><td>sin angle to target</td><td>sine of the angle from the torso heading (yaw) to the walk target</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>2</td><td>cos angle to target</td><td>cosine of that angle</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>3</td><td>torso velocity x</td><td>0.3 x torso velocity, rotated by -yaw: forward</td><td>[-5, 5]</td><td>0.3 m/s</td></tr>
 * <tr><td>4</td><td>torso velocity y</td><td>as index 3: leftward</td><td>[-5, 5]</td><td>0.3 m/s</td></tr>
 * <tr><td>5</td><td>torso velocity z</td><td>as index 3: upward</td><td>[-5, 5]</td><td>0.3 m/s</td></tr>
 * <tr><td>6</td><td>torso roll</td><td>rotation about the forward axis, x-y-z Euler angles as PyBullet's getEulerFromQuaternion</td><td>[-pi, pi]</td><td>rad</td></tr>
 * <tr><td>7</td><td>torso pitch</td><td>rotation about the lateral axis, same convention</td><td>[-pi/2, pi/2]</td><td>rad</td></tr>
 * <tr><td>8</td><td>front left hip position</td><td>joint angle mapped linearly from its limits to [-1, 1]</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>9</td><td>front left hip velocity</td><td>0.1 x joint speed</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>10</td><td>front left ankle position</td><td>as index 8</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>11</td><td>front left ankle velocity</td><td>as index 9</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>12</td><td>back left hip position</td><td>as index 8</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>13</td><td>back left hip velocity</td><td>as index 9</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>14</td><td>back left ankle position</td><td>as index 8</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>15</td><td>back left ankle velocity</td><td>as index 9</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>16</td><td>back right hip position</td><td>as index 8</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>17</td><td>back right hip velocity</td><td>as index 9</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>18</td><td>back right ankle position</td><td>as index 8</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>19</td><td>back right ankle velocity</td><td>as index 9</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>20</td><td>front right hip position</td><td>as index 8</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>21</td><td>front right hip velocity</td><td>as index 9</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>22</td><td>front right ankle position</td><td>as index 8</td><td>[-1, 1]</td><td>1</td></tr>
 * <tr><td>23</td><td>front right ankle velocity</td><td>as index 9</td><td>[-5, 5]</td><td>0.1 rad/s</td></tr>
 * <tr><td>24</td><td>front left foot contact</td><td>1 if the lower leg touched the ground, else 0</td><td>{0, 1}</td><td>1</td></tr>
 * <tr><td>25</td><td>back left foot contact</td><td>as index 24</td><td>{0, 1}</td><td>1</td></tr>
 * <tr><td>26</td><td>back right foot contact</td><td>as index 24</td><td>{0, 1}</td><td>1</td></tr>
 * <tr><td>27</td><td>front right foot contact</td><td>as index 24</td><td>{0, 1}</td><td>1</td></tr>
 * </table>
 *
 * <h2>Action (8 values)</h2>
 * <table>
 * <caption>Ant3d action</caption>
 * <tr><th>index</th><th>name</th><th>meaning</th><th>range</th><th>unit</th></tr>
 * <tr><td>0</td><td>front left hip torque</td><td>torque / maxTorque about the vertical hip axis</td><td>[-1, 1]</td><td>maxTorque (40 N m)</td></tr>
 * <tr><td>1</td><td>front left ankle torque</td><td>torque / maxTorque about the ankle axis, positive lowers the foot for legs 0 and 3 and raises it for legs 1 and 2</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * <tr><td>2</td><td>back left hip torque</td><td>as index 0</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * <tr><td>3</td><td>back left ankle torque</td><td>as index 1</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * <tr><td>4</td><td>back right hip torque</td><td>as index 0</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * <tr><td>5</td><td>back right ankle torque</td><td>as index 1</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * <tr><td>6</td><td>front right hip torque</td><td>as index 0</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * <tr><td>7</td><td>front right ankle torque</td><td>as index 1</td><td>[-1, 1]</td><td>maxTorque</td></tr>
 * </table>
 * Finite values outside [-1, 1] are clipped; NaN or infinite components are rejected with an
 * {@link IllegalArgumentException}.
 *
 * <h2>Reward</h2>
 * The sum of the terms in {@link AntRewards#TERM_NAMES} order, as in PyBullet's
 * {@code WalkerBaseBulletEnv}: progress = potential after - potential before, with potential =
 * -(horizontal distance to the target) / environment time step, so about the speed toward the
 * target in m/s; alive = +1 while the torso centre is above 0.26 m, else -1 and the episode
 * ends; electricity = -2.0 x mean |a_j x 0.1 qdot_j|; stall torque = -0.1 x mean a_j^2; joints
 * at limit = -0.1 x the number of joints with |scaled position| > 0.99. If the simulation
 * produces a non-finite value, the episode ends with the reason
 * {@value AntRewards#NON_FINITE_REASON}, a zero observation and zero reward terms. Episodes are
 * truncated after {@code maxSteps} steps.
 *
 * <p>Deterministic: the same settings, seed and actions give bitwise identical results, because
 * each reset builds a new ODE world and quickStep is limited to iterations that use no global
 * random state (see {@link Ant3dSettings#solverIterations()}).
 */
public final class Ant3d implements Environment, AutoCloseable {

    public static final String ID = "ant3d";

    /** Leg names in leg order. */
    public static final List<String> LEG_NAMES = List.of("front left", "back left", "back right", "front right");

    /** Observation names in observation order; the class Javadoc table lists the same names. */
    public static final List<String> OBSERVATION_NAMES = buildObservationNames();

    /** Action names in action order. */
    public static final List<String> ACTION_NAMES = buildActionNames();

    /** Torso height (m) below which the ant is not alive: just above the 0.25 m torso radius (PyBullet's 0.26). */
    static final double ALIVE_HEIGHT = 0.26;

    /** Walk target (m), 1 km ahead along +x as in PyBullet's walkers. */
    static final double TARGET_X = 1000.0;
    static final double TARGET_Y = 0.0;

    /** Factor on the torso velocity in the observation (PyBullet's 0.3). */
    static final double BODY_VELOCITY_SCALE = 0.3;

    static final String FALL_REASON = "torso fell below " + ALIVE_HEIGHT + " m";

    private static final int TORSO_TERMS = 8;

    private final Ant3dSettings settings;
    private final double[] clippedAction = new double[Ant3dModel.JOINTS];
    private final double[] appliedTorques = new double[Ant3dModel.JOINTS];
    private Ant3dModel model;
    private double startX;
    private double startZ;
    private double potential;
    private int steps;
    private boolean ended = true;

    public Ant3d(Ant3dSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null; use Ant3dSettings.defaults()");
        }
        this.settings = settings;
    }

    public Ant3d() {
        this(Ant3dSettings.defaults());
    }

    public Ant3dSettings settings() {
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
        double[] offsets = new double[Ant3dModel.JOINTS];
        double[] speeds = new double[Ant3dModel.JOINTS];
        for (int j = 0; j < Ant3dModel.JOINTS; j++) {
            offsets[j] = noise == 0.0 ? 0.0 : random.nextDouble(-noise, noise);
            speeds[j] = noise == 0.0 ? 0.0 : random.nextDouble(-noise, noise);
        }
        close();
        model = new Ant3dModel(offsets, speeds, settings.solverIterations());
        DVector3C position = model.torso.getPosition();
        startX = position.get0();
        startZ = position.get2();
        potential = potential(position);
        steps = 0;
        ended = false;
        Arrays.fill(appliedTorques, 0.0);
        double[] observation = new double[OBSERVATION_NAMES.size()];
        fillObservation(observation);
        clipObservation(observation);
        return observation;
    }

    @Override
    public StepResult step(double[] action) {
        if (ended) {
            throw new IllegalStateException(model == null
                    ? "call reset(seed) before step(action)"
                    : "the episode has ended; call reset(seed) before step(action)");
        }
        AntRewards.checkAction(action, Ant3dModel.JOINTS);
        for (int j = 0; j < Ant3dModel.JOINTS; j++) {
            clippedAction[j] = AntRewards.clip(action[j], 1.0);
            appliedTorques[j] = clippedAction[j] * settings.maxTorque();
        }
        for (int k = 0; k < settings.frameSkip(); k++) {
            // ODE clears the accumulated torques after every step, so they are added again each time.
            for (int j = 0; j < Ant3dModel.JOINTS; j++) {
                if (appliedTorques[j] != 0.0) {
                    model.joints[j].addTorque(appliedTorques[j]);
                }
            }
            model.step(settings.timeStep());
        }
        steps++;

        double[] observation = new double[OBSERVATION_NAMES.size()];
        double[] terms = new double[AntRewards.TERM_NAMES.size()];
        fillObservation(observation);
        double z = model.torso.getPosition().get2();
        boolean alive = z > ALIVE_HEIGHT;
        fillRewardTerms(terms, observation, alive);

        String reason = null;
        boolean terminated = false;
        if (!AntRewards.allFinite(observation) || !AntRewards.allFinite(terms) || !Double.isFinite(z)) {
            Arrays.fill(observation, 0.0);
            Arrays.fill(terms, 0.0);
            terminated = true;
            reason = AntRewards.NON_FINITE_REASON;
        } else if (!alive) {
            terminated = true;
            reason = FALL_REASON;
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
     * Returns the torque (N m) passed to ODE's {@code addTorque} for joint {@code j} in the last
     * step: positive turns the child part in the right-hand sense about the joint axis.
     */
    public double appliedTorque(int j) {
        return appliedTorques[j];
    }

    /** Returns a snapshot of the ant for drawing; allocates, so call it once per frame. */
    public AntPose3d pose() {
        if (model == null) {
            throw new IllegalStateException("call reset(seed) first");
        }
        List<BodyPose3d> hips = new ArrayList<>(Ant3dModel.LEGS);
        List<BodyPose3d> upper = new ArrayList<>(Ant3dModel.LEGS);
        List<BodyPose3d> lower = new ArrayList<>(Ant3dModel.LEGS);
        List<Boolean> contacts = new ArrayList<>(Ant3dModel.LEGS);
        for (int leg = 0; leg < Ant3dModel.LEGS; leg++) {
            hips.add(geomPose(model.torsoGeoms[1 + leg], Ant3dModel.AUX_LENGTH));
            upper.add(geomPose(model.upperGeoms[leg], Ant3dModel.UPPER_LENGTH));
            lower.add(geomPose(model.lowerGeoms[leg], Ant3dModel.LOWER_LENGTH));
            contacts.add(model.footContacts[leg]);
        }
        BodyPose3d torso = geomPose(model.torsoGeoms[0], 0.0);
        return new AntPose3d(torso, hips, upper, lower, contacts, torso.x() - startX);
    }

    /** Destroys the ODE world of the current episode; a later {@link #reset(long)} builds a new one. */
    @Override
    public void close() {
        if (model != null) {
            model.destroy();
            model = null;
            ended = true;
        }
    }

    /** Returns the physics of the current episode, for tests that inject faults; null before reset and after close. */
    Ant3dModel model() {
        return model;
    }

    private static BodyPose3d geomPose(DGeom geom, double length) {
        DVector3C p = geom.getPosition();
        DQuaternionC q = geom.getQuaternion();
        double radius = length == 0.0 ? Ant3dModel.TORSO_RADIUS : Ant3dModel.LEG_RADIUS;
        return new BodyPose3d(p.get0(), p.get1(), p.get2(), q.get0(), q.get1(), q.get2(), q.get3(), radius, length);
    }

    private static double potential(DVector3C position) {
        return -Math.hypot(TARGET_X - position.get0(), TARGET_Y - position.get1());
    }

    private void fillObservation(double[] observation) {
        DBody torso = model.torso;
        DVector3C p = torso.getPosition();
        DVector3C v = torso.getLinearVel();
        DMatrix3C r = torso.getRotation();
        double roll = Math.atan2(r.get(2, 1), r.get(2, 2));
        double pitch = Math.asin(AntRewards.clip(-r.get(2, 0), 1.0));
        double yaw = Math.atan2(r.get(1, 0), r.get(0, 0));
        double angleToTarget = Math.atan2(TARGET_Y - p.get1(), TARGET_X - p.get0()) - yaw;
        double cosYaw = Math.cos(yaw);
        double sinYaw = Math.sin(yaw);
        observation[0] = p.get2() - startZ;
        observation[1] = Math.sin(angleToTarget);
        observation[2] = Math.cos(angleToTarget);
        observation[3] = BODY_VELOCITY_SCALE * (cosYaw * v.get0() + sinYaw * v.get1());
        observation[4] = BODY_VELOCITY_SCALE * (-sinYaw * v.get0() + cosYaw * v.get1());
        observation[5] = BODY_VELOCITY_SCALE * v.get2();
        observation[6] = roll;
        observation[7] = pitch;
        for (int j = 0; j < Ant3dModel.JOINTS; j++) {
            observation[TORSO_TERMS + 2 * j] = AntRewards.scaledJointPosition(
                    model.joints[j].getAngle(), model.lowerLimits[j], model.upperLimits[j]);
            observation[TORSO_TERMS + 2 * j + 1] = AntRewards.JOINT_SPEED_SCALE * model.joints[j].getAngleRate();
        }
        for (int leg = 0; leg < Ant3dModel.LEGS; leg++) {
            observation[TORSO_TERMS + 2 * Ant3dModel.JOINTS + leg] = model.footContacts[leg] ? 1.0 : 0.0;
        }
    }

    /** Fills the reward terms from the unclipped observation of the same step. */
    private void fillRewardTerms(double[] terms, double[] observation, boolean alive) {
        double newPotential = potential(model.torso.getPosition());
        terms[AntRewards.PROGRESS] = (newPotential - potential) / timeStep();
        potential = newPotential;
        terms[AntRewards.ALIVE] = alive ? 1.0 : -1.0;
        double work = 0.0;
        double stall = 0.0;
        int atLimit = 0;
        for (int j = 0; j < Ant3dModel.JOINTS; j++) {
            double a = clippedAction[j];
            work += Math.abs(a * observation[TORSO_TERMS + 2 * j + 1]);
            stall += a * a;
            if (Math.abs(observation[TORSO_TERMS + 2 * j]) > AntRewards.AT_LIMIT_THRESHOLD) {
                atLimit++;
            }
        }
        terms[AntRewards.ELECTRICITY] = -AntRewards.ELECTRICITY_WEIGHT * work / Ant3dModel.JOINTS;
        terms[AntRewards.STALL_TORQUE] = -AntRewards.STALL_TORQUE_WEIGHT * stall / Ant3dModel.JOINTS;
        terms[AntRewards.JOINTS_AT_LIMIT] = -AntRewards.JOINT_AT_LIMIT_WEIGHT * atLimit;
    }

    private static void clipObservation(double[] observation) {
        for (int i = 0; i < observation.length; i++) {
            observation[i] = AntRewards.clip(observation[i], AntRewards.OBSERVATION_BOUND);
        }
    }

    private static List<String> buildObservationNames() {
        List<String> names = new ArrayList<>(List.of("torso height change", "sin angle to target",
                "cos angle to target", "torso velocity x", "torso velocity y", "torso velocity z",
                "torso roll", "torso pitch"));
        for (String leg : LEG_NAMES) {
            for (String joint : List.of("hip", "ankle")) {
                names.add(leg + " " + joint + " position");
                names.add(leg + " " + joint + " velocity");
            }
        }
        for (String leg : LEG_NAMES) {
            names.add(leg + " foot contact");
        }
        return List.copyOf(names);
    }

    private static List<String> buildActionNames() {
        List<String> names = new ArrayList<>();
        for (String leg : LEG_NAMES) {
            names.add(leg + " hip torque");
            names.add(leg + " ankle torque");
        }
        return List.copyOf(names);
    }
}
