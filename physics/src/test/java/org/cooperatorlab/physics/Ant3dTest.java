package org.cooperatorlab.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ode4j.math.DVector3C;
import org.ode4j.ode.DBody;

class Ant3dTest {

    private static final int OBSERVATIONS = 28;
    private static final int FIRST_JOINT = 8;
    private static final int FIRST_CONTACT = 24;

    @Test
    void observationTableMatchesNames() throws IOException {
        assertEquals(OBSERVATIONS, Ant3d.OBSERVATION_NAMES.size());
        assertEquals(Ant3d.OBSERVATION_NAMES, AntTestSupport.javadocTableNames(Ant3d.class, "Ant3d observation"));
        try (Ant3d env = new Ant3d()) {
            assertEquals(OBSERVATIONS, env.observationSize());
        }
    }

    @Test
    void actionTableMatchesNames() throws IOException {
        assertEquals(8, new Ant3d().actionSize());
        assertEquals(Ant3d.ACTION_NAMES, AntTestSupport.javadocTableNames(Ant3d.class, "Ant3d action"));
    }

    @Test
    void interfaceValues() {
        Ant3d env = new Ant3d();
        assertEquals("ant3d", env.id());
        assertEquals(1000, env.maxSteps());
        assertEquals(0.0165, env.timeStep(), 1e-15);
        assertEquals(List.of("progress", "alive", "electricity", "stall torque", "joints at limit"), env.rewardTermNames());
    }

    @Test
    void sameSeedGivesIdenticalEpisodes() {
        List<StepResult> first;
        try (Ant3d env = new Ant3d()) {
            first = run(env, 7, 300);
        }
        List<StepResult> second;
        try (Ant3d other = new Ant3d(); Ant3d reused = new Ant3d()) {
            // Another instance stepping in between must not change this one.
            other.reset(5);
            run(reused, 99, 100);
            reused.reset(7);
            SplittableRandom random = new SplittableRandom(7);
            SplittableRandom otherRandom = new SplittableRandom(5);
            second = new ArrayList<>();
            for (int t = 0; t < first.size(); t++) {
                second.add(reused.step(AntTestSupport.randomAction(random, 8)));
                if (other.step(AntTestSupport.randomAction(otherRandom, 8)).done() || t % 50 == 0) {
                    other.reset(t);
                }
            }
        }
        for (int t = 0; t < first.size(); t++) {
            assertArrayEquals(first.get(t).observation(), second.get(t).observation(), "observation at step " + t);
            assertArrayEquals(first.get(t).rewardTerms(), second.get(t).rewardTerms(), "reward terms at step " + t);
        }
    }

    @Test
    void parallelRunsMatchSequential() throws Exception {
        List<StepResult> expected;
        try (Ant3d env = new Ant3d()) {
            expected = run(env, 21, 200);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<StepResult>>> runs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                runs.add(pool.submit(() -> {
                    try (Ant3d env = new Ant3d()) {
                        return run(env, 21, 200);
                    }
                }));
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
        try (Ant3d env = new Ant3d()) {
            double[] a = env.reset(1);
            double[] b = env.reset(2);
            assertFalse(Arrays.equals(a, b));
            assertArrayEquals(a, env.reset(1));
        }
    }

    @Test
    void zeroNoiseStartPosture() {
        try (Ant3d env = new Ant3d(Ant3dSettings.defaults().withInitialNoise(0.0))) {
            double[] o = env.reset(3);
            assertEquals(0.0, o[0]);
            assertEquals(0.0, o[1], 1e-12);
            assertEquals(1.0, o[2], 1e-12);
            for (int leg = 0; leg < 4; leg++) {
                // Hips start at 0, the middle of +-30 degrees. Ankles start 40 degrees foot-down,
                // a quarter of the 30..70 degree range from its shallow end.
                assertEquals(0.0, o[FIRST_JOINT + 4 * leg], 1e-9, "hip of leg " + leg);
                double ankle = o[FIRST_JOINT + 4 * leg + 2];
                assertEquals(leg == 0 || leg == 3 ? -0.5 : 0.5, ankle, 1e-9, "ankle of leg " + leg);
            }
            AntPose3d pose = env.pose();
            assertEquals(0.0, pose.distance());
            double lowest = Double.MAX_VALUE;
            for (BodyPose3d lower : pose.lowerLegs()) {
                lowest = Math.min(lowest, lower.z() - 0.5 * lower.length() * Math.sin(Math.toRadians(40)) - lower.radius());
            }
            assertEquals(0.01, lowest, 1e-9);

            for (int leg = 0; leg < 4; leg++) {
                double dx = Ant3dModel.LEG_DIRECTIONS[leg][0] / Math.sqrt(2);
                double dy = Ant3dModel.LEG_DIRECTIONS[leg][1] / Math.sqrt(2);
                double[] hipAxis = localZ(pose.hipCapsules().get(leg));
                double[] upperAxis = localZ(pose.upperLegs().get(leg));
                double[] lowerAxis = localZ(pose.lowerLegs().get(leg));
                assertArrayEquals(new double[] {dx, dy, 0}, hipAxis, 1e-9, "hip capsule of leg " + leg);
                assertArrayEquals(new double[] {dx, dy, 0}, upperAxis, 1e-9, "upper leg of leg " + leg);
                double c = Math.cos(Math.toRadians(40));
                assertArrayEquals(new double[] {c * dx, c * dy, -Math.sin(Math.toRadians(40))}, lowerAxis, 1e-9,
                        "lower leg of leg " + leg);
            }
        }
    }

    /** Returns the world direction of a part's local z axis, the capsule axis, from its quaternion. */
    private static double[] localZ(BodyPose3d part) {
        double w = part.qw();
        double x = part.qx();
        double y = part.qy();
        double z = part.qz();
        return new double[] {2 * (x * z + w * y), 2 * (y * z - w * x), 1 - 2 * (x * x + y * y)};
    }

    @Test
    void positiveTorqueTurnsJointPositively() {
        for (int j = 0; j < 8; j++) {
            for (double sign : new double[] {1.0, -1.0}) {
                try (Ant3d env = new Ant3d(Ant3dSettings.defaults().withInitialNoise(0.0))) {
                    env.reset(0);
                    double[] action = new double[8];
                    action[j] = sign;
                    double speed = env.step(action).observation()[FIRST_JOINT + 2 * j + 1];
                    assertEquals(sign, Math.signum(speed), "joint " + Ant3d.ACTION_NAMES.get(j) + " speed " + speed);
                    assertEquals(sign * 40.0, env.appliedTorque(j));
                }
            }
        }
    }

    @Test
    void rewardIsSumOfTermsEveryStep() {
        try (Ant3d env = new Ant3d()) {
            env.reset(3);
            SplittableRandom random = new SplittableRandom(3);
            StepResult result;
            do {
                double[] action = AntTestSupport.randomAction(random, 8);
                action[5] = -2.0;
                result = env.step(action);
                assertEquals(AntTestSupport.sum(result.rewardTerms()), result.reward(), 1e-12);
                AntTestSupport.assertCostTerms(action, result, FIRST_JOINT);
                assertEquals(Math.max(0.0, result.reward() - result.rewardTerms()[AntRewards.ALIVE]),
                        env.trainingReward(result), 1e-12);
            } while (!result.done());
        }
    }

    @Test
    void progressIsSpeedTowardTarget() {
        try (Ant3d env = new Ant3d()) {
            env.reset(11);
            SplittableRandom random = new SplittableRandom(11);
            for (int t = 0; t < 200; t++) {
                DVector3C before = env.model().torso.getPosition().clone();
                StepResult result = env.step(AntTestSupport.randomAction(random, 8));
                DVector3C after = env.model().torso.getPosition();
                double expected = (Math.hypot(1000 - before.get0(), before.get1())
                        - Math.hypot(1000 - after.get0(), after.get1())) / 0.0165;
                assertEquals(expected, result.rewardTerms()[AntRewards.PROGRESS], 1e-6);
                if (result.done()) {
                    break;
                }
            }
        }
    }

    @Test
    void longRunsStayInRange() {
        for (int mode = 0; mode < 2; mode++) {
            try (Ant3d env = new Ant3d()) {
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
                    for (int i = 0; i < OBSERVATIONS; i++) {
                        assertTrue(Double.isFinite(o[i]), Ant3d.OBSERVATION_NAMES.get(i) + " = " + o[i]);
                        assertTrue(Math.abs(o[i]) <= 5.0, Ant3d.OBSERVATION_NAMES.get(i) + " = " + o[i]);
                    }
                    assertEquals(1.0, o[1] * o[1] + o[2] * o[2], 1e-9);
                    for (int j = 0; j < 8; j++) {
                        assertTrue(Math.abs(o[FIRST_JOINT + 2 * j]) <= 1.0);
                    }
                    for (int leg = 0; leg < 4; leg++) {
                        double contact = o[FIRST_CONTACT + leg];
                        assertTrue(contact == 0.0 || contact == 1.0);
                    }
                    for (double term : result.rewardTerms()) {
                        assertTrue(Double.isFinite(term));
                    }
                    highest = Math.max(highest, env.pose().torso().z());
                } while (!result.done());
                assertTrue(highest < 1.5, "torso rose to " + highest + " m");
                assertEquals(1000, t, "mode " + mode + " ended early: " + result.endReason());
            }
        }
    }

    @Test
    void appliedTorqueIsClippedActionTimesLimit() {
        try (Ant3d env = new Ant3d()) {
            env.reset(1);
            SplittableRandom random = new SplittableRandom(1);
            for (int t = 0; t < 100; t++) {
                double[] action = t % 2 == 0 ? new double[8] : AntTestSupport.randomAction(random, 8);
                action[2] = 1e12;
                env.step(action);
                for (int j = 0; j < 8; j++) {
                    double limit = Math.min(1.0, Math.abs(action[j])) * 40.0;
                    assertEquals(Math.signum(action[j]) * limit, env.appliedTorque(j), 1e-12);
                    assertTrue(Math.abs(env.appliedTorque(j)) <= 40.0);
                }
            }
        }
    }

    @Test
    void nonFiniteActionRejected() {
        try (Ant3d env = new Ant3d()) {
            env.reset(1);
            double[] action = new double[8];
            action[7] = Double.POSITIVE_INFINITY;
            assertEquals("action[7] must be finite, was Infinity",
                    assertThrows(IllegalArgumentException.class, () -> env.step(action)).getMessage());
            assertThrows(IllegalArgumentException.class, () -> env.step(null));
            assertEquals(0, env.stepCount());
        }
    }

    @Test
    void hugeTorqueEndsEpisodeWithNonFiniteReason() {
        try (Ant3d env = new Ant3d(Ant3dSettings.defaults().withMaxTorque(1e300))) {
            env.reset(1);
            double[] action = {1, -1, 1, -1, 1, -1, 1, -1};
            StepResult result = null;
            for (int t = 0; t < 100 && (result == null || !result.done()); t++) {
                result = env.step(action);
            }
            assertTrue(result.terminated());
            assertEquals("simulation produced a non-finite value", result.endReason());
            assertArrayEquals(new double[OBSERVATIONS], result.observation());
            assertThrows(IllegalStateException.class, () -> env.step(action));
        }
    }

    @Test
    void fallEndsEpisode() {
        try (Ant3d env = new Ant3d()) {
            env.reset(1);
            Ant3dModel model = env.model();
            List<DBody> bodies = new ArrayList<>(List.of(model.torso));
            bodies.addAll(List.of(model.upperLegs));
            bodies.addAll(List.of(model.lowerLegs));
            for (DBody body : bodies) {
                DVector3C p = body.getPosition();
                body.setPosition(p.get0(), p.get1(), p.get2() - 0.3);
            }
            StepResult result = env.step(new double[8]);
            assertTrue(result.terminated());
            assertEquals("torso fell below 0.26 m", result.endReason());
            assertEquals(-1.0, result.rewardTerms()[AntRewards.ALIVE]);
        }
    }

    @Test
    void stepOutsideEpisodeRejected() {
        Ant3d env = new Ant3d(new Ant3dSettings(0.004, 2, 4, 2, 0.1, 40.0));
        assertThrows(IllegalStateException.class, () -> env.step(new double[8]));
        assertThrows(IllegalStateException.class, env::pose);
        env.reset(0);
        env.step(new double[8]);
        StepResult last = env.step(new double[8]);
        assertTrue(last.truncated());
        assertEquals("time limit", last.endReason());
        assertThrows(IllegalStateException.class, () -> env.step(new double[8]));
        env.reset(1);
        env.close();
        assertThrows(IllegalStateException.class, () -> env.step(new double[8]));
        env.close();
        env.reset(2);
        assertNull(env.step(new double[8]).endReason());
        env.close();
    }

    @Test
    void poseMatchesObservation() {
        try (Ant3d env = new Ant3d()) {
            env.reset(8);
            SplittableRandom random = new SplittableRandom(8);
            for (int t = 0; t < 100; t++) {
                StepResult result = env.step(AntTestSupport.randomAction(random, 8));
                AntPose3d pose = env.pose();
                BodyPose3d torso = pose.torso();
                assertEquals(0.25, torso.radius());
                assertEquals(0.0, torso.length());
                assertEquals(1.0, torso.qw() * torso.qw() + torso.qx() * torso.qx()
                        + torso.qy() * torso.qy() + torso.qz() * torso.qz(), 1e-9);
                assertEquals(4, pose.hipCapsules().size());
                for (int leg = 0; leg < 4; leg++) {
                    assertEquals(result.observation()[FIRST_CONTACT + leg] == 1.0, pose.footContacts().get(leg));
                    assertEquals(0.08, pose.lowerLegs().get(leg).radius());
                    // The hip capsule is fixed to the torso, so its centre stays 0.1414 m from the torso centre.
                    BodyPose3d hip = pose.hipCapsules().get(leg);
                    double d = Math.sqrt(Math.pow(hip.x() - torso.x(), 2) + Math.pow(hip.y() - torso.y(), 2)
                            + Math.pow(hip.z() - torso.z(), 2));
                    assertEquals(0.1 * Math.sqrt(2), d, 1e-9);
                }
                if (result.done()) {
                    break;
                }
            }
        }
    }

    private static List<StepResult> run(Ant3d env, long seed, int steps) {
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
}
