package org.cooperatorlab.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jbox2d.common.Vec2;
import org.junit.jupiter.api.Test;

class Ant2dTest {

    private static final int OBSERVATIONS = 25;
    private static final int FIRST_JOINT = 5;
    private static final int FIRST_CONTACT = 21;

    @Test
    void observationTableMatchesNames() throws IOException {
        assertEquals(OBSERVATIONS, Ant2d.OBSERVATION_NAMES.size());
        assertEquals(Ant2d.OBSERVATION_NAMES, AntTestSupport.javadocTableNames(Ant2d.class, "Ant2d observation"));
        assertEquals(Ant2d.OBSERVATION_NAMES, new Ant2d().observationNames());
    }

    @Test
    void actionTableMatchesNames() throws IOException {
        assertEquals(8, new Ant2d().actionSize());
        assertEquals(Ant2d.ACTION_NAMES, AntTestSupport.javadocTableNames(Ant2d.class, "Ant2d action"));
    }

    @Test
    void interfaceValues() {
        Ant2d env = new Ant2d();
        assertEquals("ant2d", env.id());
        assertEquals(1000, env.maxSteps());
        assertEquals(List.of("progress", "alive", "electricity", "stall torque", "joints at limit"), env.rewardTermNames());
    }

    @Test
    void sameSeedGivesIdenticalEpisodes() {
        List<StepResult> first = run(new Ant2d(), 7, 300);
        Ant2d reused = new Ant2d();
        run(reused, 99, 120);
        List<StepResult> second = run(reused, 7, 300);
        assertEquals(first.size(), second.size());
        for (int t = 0; t < first.size(); t++) {
            assertArrayEquals(first.get(t).observation(), second.get(t).observation(), "observation at step " + t);
            assertArrayEquals(first.get(t).rewardTerms(), second.get(t).rewardTerms(), "reward terms at step " + t);
            assertEquals(first.get(t).reward(), second.get(t).reward(), "reward at step " + t);
        }
    }

    @Test
    void parallelRunsMatchSequential() throws Exception {
        List<StepResult> expected = run(new Ant2d(), 21, 300);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<StepResult>>> runs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                runs.add(pool.submit(() -> run(new Ant2d(), 21, 300)));
            }
            for (java.util.concurrent.Future<List<StepResult>> future : runs) {
                List<StepResult> actual = future.get();
                assertEquals(expected.size(), actual.size());
                for (int t = 0; t < expected.size(); t++) {
                    assertArrayEquals(expected.get(t).observation(), actual.get(t).observation(), "observation at step " + t);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void seedChangesStart() {
        Ant2d env = new Ant2d();
        double[] a = env.reset(1);
        double[] b = env.reset(2);
        assertFalse(java.util.Arrays.equals(a, b));
        assertArrayEquals(a, env.reset(1));
    }

    @Test
    void zeroNoiseStartIsRest() {
        Ant2d env = new Ant2d(Ant2dSettings.defaults().withInitialNoise(0.0));
        double[] observation = env.reset(5);
        for (int i = 0; i < OBSERVATIONS; i++) {
            assertEquals(0.0, observation[i], 1e-6, Ant2d.OBSERVATION_NAMES.get(i));
        }
        AntPose2d pose = env.pose();
        double lowestFoot = Double.MAX_VALUE;
        for (BodyPose2d shin : pose.lowerLegs()) {
            lowestFoot = Math.min(lowestFoot, shin.y() - shin.halfLength());
        }
        assertEquals(Ant2dModel.START_GAP, lowestFoot, 1e-4);
    }

    @Test
    void rewardIsSumOfTermsEveryStep() {
        Ant2d env = new Ant2d();
        env.reset(3);
        SplittableRandom random = new SplittableRandom(3);
        StepResult result;
        do {
            double[] action = AntTestSupport.randomAction(random, 8);
            action[2] = 3.0;
            result = env.step(action);
            assertEquals(AntTestSupport.sum(result.rewardTerms()), result.reward(), 1e-12);
            AntTestSupport.assertCostTerms(action, result, FIRST_JOINT);
            assertEquals(Math.max(0.0, result.reward() - result.rewardTerms()[AntRewards.ALIVE]),
                    env.trainingReward(result), 1e-12);
            assertTrue(env.trainingReward(result) >= 0.0);
        } while (!result.done());
        assertEquals(1000, env.stepCount());
        assertTrue(result.truncated());
        assertEquals("time limit", result.endReason());
    }

    @Test
    void progressIsForwardSpeed() {
        Ant2d env = new Ant2d();
        env.reset(11);
        SplittableRandom random = new SplittableRandom(11);
        for (int t = 0; t < 200; t++) {
            double before = env.pose().distance();
            StepResult result = env.step(AntTestSupport.randomAction(random, 8));
            double after = env.pose().distance();
            assertEquals((after - before) / env.timeStep(), result.rewardTerms()[AntRewards.PROGRESS], 1e-9);
        }
    }

    @Test
    void longRunsStayInRange() {
        for (int mode = 0; mode < 2; mode++) {
            Ant2d env = new Ant2d();
            env.reset(mode);
            SplittableRandom random = new SplittableRandom(mode);
            StepResult result;
            int t = 0;
            double highest = 0.0;
            do {
                double[] action = mode == 0 ? AntTestSupport.randomAction(random, 8) : AntTestSupport.bangBangAction(t, 15, 8);
                result = env.step(action);
                t++;
                double[] o = result.observation();
                assertEquals(OBSERVATIONS, o.length);
                for (int i = 0; i < o.length; i++) {
                    assertTrue(Double.isFinite(o[i]), Ant2d.OBSERVATION_NAMES.get(i) + " = " + o[i]);
                    assertTrue(Math.abs(o[i]) <= 5.0, Ant2d.OBSERVATION_NAMES.get(i) + " = " + o[i]);
                }
                for (int j = 0; j < 8; j++) {
                    assertTrue(Math.abs(o[FIRST_JOINT + 2 * j]) <= 1.0, "joint position " + j + " = " + o[FIRST_JOINT + 2 * j]);
                }
                for (int leg = 0; leg < 4; leg++) {
                    double contact = o[FIRST_CONTACT + leg];
                    assertTrue(contact == 0.0 || contact == 1.0, "contact " + leg + " = " + contact);
                }
                assertTrue(Math.abs(o[3]) <= Ant2d.FLIP_ANGLE || result.terminated(), "torso angle " + o[3]);
                for (double term : result.rewardTerms()) {
                    assertTrue(Double.isFinite(term));
                }
                highest = Math.max(highest, env.pose().torso().y());
            } while (!result.done());
            assertTrue(highest < 1.5, "torso rose to " + highest + " m");
            assertFalse(AntRewards.NON_FINITE_REASON.equals(result.endReason()));
        }
    }

    @Test
    void motorTorqueWithinLimit() {
        Ant2d env = new Ant2d();
        env.reset(4);
        SplittableRandom random = new SplittableRandom(4);
        double maxTorque = env.settings().maxTorque();
        int pushed = 0;
        int fullTorque = 0;
        for (int t = 0; t < 300; t++) {
            double[] action = AntTestSupport.randomAction(random, 8);
            action[3] = 0.0;
            action[6] = 7.5;
            double[] observation = env.step(action).observation();
            for (int j = 0; j < 8; j++) {
                double limit = Math.min(1.0, Math.abs(action[j])) * maxTorque;
                double torque = env.appliedTorque(j);
                assertTrue(Math.abs(torque) <= limit * (1 + 1e-5) + 1e-9, "joint " + j + " torque " + torque + " limit " + limit);
                if (limit > 0) {
                    pushed++;
                    if (torque * action[j] > 0 && Math.abs(torque) >= 0.99 * limit) {
                        fullTorque++;
                    }
                }
            }
            assertEquals(0.0, env.appliedTorque(3), 0.0);
        }
        // Below the rated speed a motor applies exactly |a| * maxTorque. It brakes only near 6 rad/s
        // or when the last pass of the sequential solver overshoots at a joint stop.
        assertTrue(fullTorque > 0.7 * pushed, fullTorque + " of " + pushed + " joint steps at full torque");

        env.reset(4);
        for (int t = 0; t < 50; t++) {
            env.step(new double[8]);
            for (int j = 0; j < 8; j++) {
                assertEquals(0.0, env.appliedTorque(j), 0.0, "joint " + j);
            }
        }
    }

    /**
     * JBox2D solves joints and contacts one after another in creation order (front legs first),
     * which breaks the mirror symmetry slightly. With 50 velocity and 20 position iterations the
     * two runs agree within 0.005 for about 18 steps, until a foot makes contact in one run a step
     * before the other. With the default 6 and 2 iterations they drift apart within a few steps.
     */
    @Test
    void mirroredActionsGiveMirroredMotion() {
        Ant2dSettings settings = new Ant2dSettings(1.0 / 60.0, 1, 50, 20, 1000, 0.0, 40.0);
        Ant2d env = new Ant2d(settings);
        Ant2d mirror = new Ant2d(settings);
        env.reset(0);
        mirror.reset(0);
        double largestJointMove = 0.0;
        for (int t = 0; t < 15; t++) {
            double[] action = new double[8];
            for (int j = 0; j < 8; j++) {
                action[j] = 0.8 * Math.sin(0.15 * t + 0.7 * j);
            }
            double[] o = env.step(action).observation();
            double[] m = mirror.step(mirrorAction(action)).observation();
            String at = " at step " + t;
            assertEquals(o[0], m[0], 1e-3, "height" + at);
            assertEquals(o[1], -m[1], 1e-3, "forward velocity" + at);
            assertEquals(o[2], m[2], 1e-3, "upward velocity" + at);
            assertEquals(o[3], -m[3], 2e-3, "torso angle" + at);
            for (int leg = 0; leg < 4; leg++) {
                int other = (leg + 2) % 4;
                for (int k = 0; k < 2; k++) {
                    int i = FIRST_JOINT + 4 * leg + 2 * k;
                    int mi = FIRST_JOINT + 4 * other + 2 * k;
                    assertEquals(o[i], -m[mi], 0.01, Ant2d.OBSERVATION_NAMES.get(i) + at);
                    largestJointMove = Math.max(largestJointMove, Math.abs(o[i]));
                }
                assertEquals(o[FIRST_CONTACT + leg], m[FIRST_CONTACT + other], Ant2d.OBSERVATION_NAMES.get(FIRST_CONTACT + leg) + at);
            }
            assertEquals(env.pose().distance(), -mirror.pose().distance(), 1e-3, "distance" + at);
        }
        assertTrue(Math.abs(env.pose().distance()) > 0.02, "the walker moved only " + env.pose().distance() + " m");
        assertTrue(largestJointMove > 0.3, "the joints moved only " + largestJointMove);
    }

    @Test
    void nonFiniteActionRejected() {
        Ant2d env = new Ant2d();
        env.reset(1);
        double[] action = new double[8];
        action[5] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> env.step(action));
        assertEquals("action[5] must be finite, was NaN", e.getMessage());
        action[5] = Double.NEGATIVE_INFINITY;
        assertThrows(IllegalArgumentException.class, () -> env.step(action));
        assertEquals("action must have 8 values, had 3",
                assertThrows(IllegalArgumentException.class, () -> env.step(new double[3])).getMessage());
        assertEquals(0, env.stepCount());
        assertFalse(env.step(new double[8]).done());
    }

    @Test
    void hugeFiniteActionClipped() {
        Ant2d env = new Ant2d();
        Ant2d reference = new Ant2d();
        env.reset(2);
        reference.reset(2);
        double[] huge = {1e300, -1e300, 5, -5, 1e9, 1, -1, 1e-300};
        double[] clipped = {1, -1, 1, -1, 1, 1, -1, 1e-300};
        for (int t = 0; t < 20; t++) {
            assertArrayEquals(reference.step(clipped).observation(), env.step(huge).observation());
        }
    }

    @Test
    void nonFiniteStateEndsEpisodeWithReason() {
        Ant2d env = new Ant2d();
        env.reset(1);
        env.step(new double[8]);
        env.model().torso.setLinearVelocity(new Vec2(Float.NaN, 0f));
        StepResult result = env.step(new double[8]);
        assertTrue(result.terminated());
        assertEquals("simulation produced a non-finite value", result.endReason());
        assertArrayEquals(new double[OBSERVATIONS], result.observation());
        assertEquals(0.0, result.reward());
        assertThrows(IllegalStateException.class, () -> env.step(new double[8]));
    }

    @Test
    void torsoOnGroundEndsEpisode() {
        Ant2d env = new Ant2d();
        env.reset(1);
        env.model().torso.setTransform(new Vec2(0f, Ant2dModel.TORSO_HALF_HEIGHT - 0.01f), 0f);
        StepResult result = env.step(new double[8]);
        assertTrue(result.terminated());
        assertEquals("torso touched the ground", result.endReason());
        assertEquals(-1.0, result.rewardTerms()[AntRewards.ALIVE]);
    }

    @Test
    void tiltedTorsoEndsEpisode() {
        Ant2d env = new Ant2d();
        env.reset(1);
        rotateWalker(env.model(), 1.3f, 2f);
        StepResult result = env.step(new double[8]);
        assertTrue(result.terminated());
        assertEquals("torso flipped", result.endReason());
        assertEquals(-1.0, result.rewardTerms()[AntRewards.ALIVE]);
    }

    /** Turns every body of the walker by {@code angle} about the torso centre and lifts it by {@code lift}. */
    private static void rotateWalker(Ant2dModel model, float angle, float lift) {
        Vec2 centre = model.torso.getPosition().clone();
        float c = (float) Math.cos(angle);
        float s = (float) Math.sin(angle);
        for (org.jbox2d.dynamics.Body body = model.world.getBodyList(); body != null; body = body.getNext()) {
            if (body == model.ground) {
                continue;
            }
            Vec2 r = body.getPosition().sub(centre);
            Vec2 position = new Vec2(centre.x + c * r.x - s * r.y, centre.y + s * r.x + c * r.y + lift);
            body.setTransform(position, body.getAngle() + angle);
        }
    }

    @Test
    void stepOutsideEpisodeRejected() {
        Ant2d env = new Ant2d(new Ant2dSettings(1.0 / 60.0, 1, 6, 2, 3, 0.1, 40.0));
        assertThrows(IllegalStateException.class, () -> env.step(new double[8]));
        assertThrows(IllegalStateException.class, env::pose);
        env.reset(0);
        StepResult last = null;
        for (int t = 0; t < 3; t++) {
            last = env.step(new double[8]);
        }
        assertTrue(last.truncated());
        assertFalse(last.terminated());
        assertThrows(IllegalStateException.class, () -> env.step(new double[8]));
        env.reset(0);
        assertNull(env.step(new double[8]).endReason());
    }

    @Test
    void poseMatchesObservation() {
        Ant2d env = new Ant2d();
        env.reset(8);
        SplittableRandom random = new SplittableRandom(8);
        for (int t = 0; t < 100; t++) {
            StepResult result = env.step(AntTestSupport.randomAction(random, 8));
            AntPose2d pose = env.pose();
            assertEquals(4, pose.upperLegs().size());
            assertEquals(4, pose.lowerLegs().size());
            for (int leg = 0; leg < 4; leg++) {
                assertEquals(result.observation()[FIRST_CONTACT + leg] == 1.0, pose.footContacts().get(leg));
                BodyPose2d thigh = pose.upperLegs().get(leg);
                BodyPose2d shin = pose.lowerLegs().get(leg);
                double kneeX = thigh.x() + thigh.halfLength() * Math.cos(thigh.angle());
                double kneeY = thigh.y() + thigh.halfLength() * Math.sin(thigh.angle());
                double shinTopX = shin.x() - shin.halfLength() * Math.cos(shin.angle());
                double shinTopY = shin.y() - shin.halfLength() * Math.sin(shin.angle());
                assertEquals(kneeX, shinTopX, 0.02, "knee x of leg " + leg);
                assertEquals(kneeY, shinTopY, 0.02, "knee y of leg " + leg);
            }
            assertEquals(result.observation()[3], pose.torso().angle(), 1e-6);
        }
        List<Boolean> contacts = new ArrayList<>(env.pose().footContacts());
        assertThrows(UnsupportedOperationException.class, () -> env.pose().footContacts().add(true));
        assertNotEquals(0, contacts.size());
    }

    private static List<StepResult> run(Ant2d env, long seed, int steps) {
        env.reset(seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<StepResult> results = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            StepResult result = env.step(AntTestSupport.randomAction(random, 8));
            results.add(result);
            if (result.done()) {
                break;
            }
        }
        return results;
    }

    /** Swaps front and back legs on the same side and negates every torque: the x -> -x mirror image. */
    private static double[] mirrorAction(double[] action) {
        double[] mirrored = new double[8];
        for (int leg = 0; leg < 4; leg++) {
            int other = (leg + 2) % 4;
            mirrored[2 * leg] = -action[2 * other];
            mirrored[2 * leg + 1] = -action[2 * other + 1];
        }
        return mirrored;
    }
}
