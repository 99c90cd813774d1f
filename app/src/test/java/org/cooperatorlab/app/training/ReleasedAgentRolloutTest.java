package org.cooperatorlab.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.Policies;
import org.cooperatorlab.model.Policy;
import org.cooperatorlab.physics.CartPoleSwingUp;
import org.cooperatorlab.physics.SensorWrapper;
import org.cooperatorlab.physics.StepResult;
import org.junit.jupiter.api.Test;

/** Tang and Ha's released agent, driving the real CartPole, against float64 reference rollouts. */
class ReleasedAgentRolloutTest {

    /**
     * Both sides are float64 with the same operations up to summation order, so the first steps
     * agree to round-off (measured: 1e-16 in the action at step 1).
     */
    private static final double STEP_TOLERANCE = 1e-9;
    /** Steps compared at {@link #STEP_TOLERANCE}; the measured difference is below 1e-11 there. */
    private static final int EXACT_STEPS = 100;
    /**
     * The swing-up is chaotic, so round-off grows roughly tenfold every 15 steps; measured, it
     * reaches 1e-7 by step 200. Later steps are compared at this looser tolerance.
     */
    private static final double DRIFT_TOLERANCE = 1e-5;
    /**
     * Whole-episode returns differ by about one unit for the same reason: the reference's own
     * return with permuted sensors differs from the unpermuted one by 1.03.
     */
    private static final double RETURN_TOLERANCE = 2.0;
    /** Early actions under a permutation at reset differ only by rounding. */
    private static final double PERMUTED_ACTION_TOLERANCE = 1e-9;

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = ReleasedAgentRolloutTest.class.getResourceAsStream("/org/cooperatorlab/reference/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    private static Policy releasedAgent() throws IOException {
        Policy policy = Policies.create(ModelSpec.forCartPole(ModelKind.TRANSFORMER, 5, 1));
        policy.setParameters(doubles(read("attention-neuron-cartpole-weights.json").get("parameters")));
        return policy;
    }

    @Test
    void firstStepsOfEveryEpisodeMatchReference() throws IOException {
        Policy policy = releasedAgent();
        JsonNode episodes = read("attention-neuron-cartpole-rollouts.json").get("episodes");
        assertEquals(3, episodes.size());
        for (int e = 0; e < episodes.size(); e++) {
            JsonNode episode = episodes.get(e);
            double[] start = doubles(episode.get("initial_state"));
            CartPoleSwingUp env = new CartPoleSwingUp();
            double[] observation = env.reset(start[0], start[1], start[2], start[3]);
            policy.reset();
            double[] action = new double[1];
            for (JsonNode expected : episode.get("first_steps")) {
                int t = expected.get("t").asInt();
                String at = "episode " + e + " step " + t;
                double tolerance = t <= EXACT_STEPS ? STEP_TOLERANCE : DRIFT_TOLERANCE;
                policy.act(observation, action);
                JsonNode expectedAction = expected.get("action");
                double reference = expectedAction.isArray() ? expectedAction.get(0).asDouble() : expectedAction.asDouble();
                assertEquals(reference, action[0], tolerance, at + " action");
                StepResult result = env.step(action);
                double[] state = env.state();
                double[] expectedState = doubles(expected.get("state"));
                for (int i = 0; i < 4; i++) {
                    assertEquals(expectedState[i], state[i], tolerance, at + " state[" + i + "]");
                }
                assertEquals(expected.get("reward").asDouble(), result.reward(), tolerance, at + " reward");
                assertEquals(expected.get("done").asBoolean(), result.done(), at + " done");
                observation = result.observation();
            }
        }
    }

    @Test
    void wholeEpisodeReturnsMatchReference() throws IOException {
        Policy policy = releasedAgent();
        JsonNode episodes = read("attention-neuron-cartpole-rollouts.json").get("episodes");
        for (int e = 0; e < episodes.size(); e++) {
            JsonNode episode = episodes.get(e);
            double[] start = doubles(episode.get("initial_state"));
            CartPoleSwingUp env = new CartPoleSwingUp();
            double[] observation = env.reset(start[0], start[1], start[2], start[3]);
            policy.reset();
            double[] action = new double[1];
            double total = 0;
            int steps = 0;
            while (true) {
                policy.act(observation, action);
                StepResult result = env.step(action);
                total += result.reward();
                steps++;
                if (result.done()) {
                    break;
                }
                observation = result.observation();
            }
            assertEquals(episode.get("length").asInt(), steps, "episode " + e + " length");
            assertEquals(episode.get("return").asDouble(), total, RETURN_TOLERANCE, "episode " + e + " return");
            assertTrue(total > 100, "the released agent swings the pole up from start " + e);
        }
    }

    @Test
    void permutationAtResetKeepsEarlyActions() throws IOException {
        Policy natural = releasedAgent();
        Policy permuted = releasedAgent();
        JsonNode episode = read("attention-neuron-cartpole-rollouts.json").get("episodes").get(0);
        double[] start = doubles(episode.get("initial_state"));
        CartPoleSwingUp plainEnv = new CartPoleSwingUp();
        SensorWrapper shuffledEnv = SensorWrapper.plain(new CartPoleSwingUp());
        shuffledEnv.setPermutation(new int[] {3, 0, 4, 1, 2});
        double[] a = plainEnv.reset(start[0], start[1], start[2], start[3]);
        ((CartPoleSwingUp) shuffledEnv.inner()).reset(start[0], start[1], start[2], start[3]);
        double[] b = {a[3], a[0], a[4], a[1], a[2]};
        double[] actionA = new double[1];
        double[] actionB = new double[1];
        natural.reset();
        permuted.reset();
        for (int t = 0; t < 50; t++) {
            natural.act(a, actionA);
            permuted.act(b, actionB);
            assertEquals(actionA[0], actionB[0], PERMUTED_ACTION_TOLERANCE, "step " + t);
            StepResult ra = plainEnv.step(actionA);
            StepResult rb = shuffledEnv.step(actionB);
            a = ra.observation();
            b = rb.observation();
        }
    }
}
