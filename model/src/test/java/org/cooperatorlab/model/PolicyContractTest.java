package org.cooperatorlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The {@link Policy} contract for every model: traced and untraced steps, reset, sizes, non-finite input. */
class PolicyContractTest {

    @Property(tries = 200)
    void tracedActionEqualsAction(@ForAll ModelKind kind, @ForAll boolean antSettings,
            @ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
        int sensors = kind.permutationInvariant() ? n : 5;
        ModelSpec spec = antSettings ? ModelSpec.forAnt(kind, sensors, 3) : ModelSpec.forCartPole(kind, sensors, 1);
        Random random = new Random(seed);
        double[] parameters = Fixtures.gaussian(random, spec.parameterCount(), Fixtures.WEIGHT_SCALE);
        Policy plain = Policies.create(spec);
        Policy traced = Policies.create(spec);
        plain.setParameters(parameters);
        traced.setParameters(parameters);

        for (int t = 0; t < 4; t++) {
            double[] observation = Fixtures.gaussian(random, sensors, 1.0);
            double[] expected = new double[spec.actionSize()];
            double[] actual = new double[spec.actionSize()];
            plain.act(observation, expected);
            LayerTrace trace = traced.actTraced(observation, actual);

            assertArrayEquals(expected, actual, "step " + t);
            assertArrayEquals(expected, trace.action(), "traced action, step " + t);
        }
    }

    @Example
    void traceIsNotChangedByLaterSteps() {
        Policy policy = Fixtures.policy(ModelSpec.forCartPole(ModelKind.COOPERATOR, 5, 1), new Random(3));
        LayerTrace first = policy.actTraced(new double[] {1, 2, 3, 4, 5}, new double[1]);
        double[] keys = first.keys()[2].clone();
        double[] attention = first.attention()[0].clone();
        double action = first.action()[0];

        policy.actTraced(new double[] {-1, 0.5, 2, 0, 3}, new double[1]);

        assertArrayEquals(keys, first.keys()[2]);
        assertArrayEquals(attention, first.attention()[0]);
        assertEquals(action, first.action()[0]);
    }

    @Example
    void resetRestoresFirstStep() {
        for (ModelKind kind : ModelKind.values()) {
            Policy policy = Fixtures.policy(ModelSpec.forCartPole(kind, 5, 1), new Random(11));
            double[] observation = {0.3, -0.2, 0.9, 0.1, -1.5};
            double[] first = new double[1];
            double[] again = new double[1];
            policy.act(observation, first);
            policy.act(new double[] {1, 1, 1, 1, 1}, new double[1]);

            policy.reset();
            policy.act(observation, again);

            assertArrayEquals(first, again, kind.id());
        }
    }

    @Example
    void wrongParameterLengthNamesBothLengths() {
        for (ModelKind kind : ModelKind.values()) {
            ModelSpec spec = ModelSpec.forCartPole(kind, 5, 1);
            Policy policy = Policies.create(spec);
            int expected = spec.parameterCount();

            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> policy.setParameters(new double[expected - 1]));

            assertTrue(error.getMessage().contains(Integer.toString(expected)), error.getMessage());
            assertTrue(error.getMessage().contains(Integer.toString(expected - 1)), error.getMessage());
        }
    }

    @Example
    void fixedSizeModelsRejectOtherSizes() {
        for (ModelKind kind : new ModelKind[] {ModelKind.FEEDFORWARD, ModelKind.COOPERATOR_AUTHORS}) {
            Policy policy = Fixtures.policy(ModelSpec.forCartPole(kind, 5, 1), new Random(1));

            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> policy.act(new double[6], new double[1]));

            assertTrue(error.getMessage().contains("has 6 values"), error.getMessage());
            assertTrue(error.getMessage().contains("built for 5 sensors"), error.getMessage());
        }
    }

    @Example
    void wrongActionLengthIsRejected() {
        for (ModelKind kind : ModelKind.values()) {
            Policy policy = Fixtures.policy(ModelSpec.forCartPole(kind, 5, 1), new Random(1));

            assertThrows(IllegalArgumentException.class, () -> policy.act(new double[5], new double[2]), kind.id());
        }
    }

    @Example
    void actBeforeParametersIsRejected() {
        for (ModelKind kind : ModelKind.values()) {
            Policy policy = Policies.create(ModelSpec.forCartPole(kind, 5, 1));

            assertThrows(IllegalStateException.class, () -> policy.act(new double[5], new double[1]), kind.id());
        }
    }

    @Example
    void emptyObservationIsRejected() {
        Policy policy = Fixtures.policy(ModelSpec.forCartPole(ModelKind.TRANSFORMER, 5, 1), new Random(1));

        assertThrows(IllegalArgumentException.class, () -> policy.act(new double[0], new double[1]));
    }

    /** Non-finite observations are not rejected: NaN in one sensor makes the whole action NaN. */
    @Example
    void nanObservationPropagatesUntilReset() {
        for (ModelKind kind : ModelKind.values()) {
            ModelSpec spec = ModelSpec.forAnt(kind, 5, 3);
            Policy policy = Fixtures.policy(spec, new Random(5));
            double[] action = new double[3];
            double[] clean = {0.3, -0.2, 0.9, 0.1, -1.5};
            double[] expected = new double[3];
            policy.act(clean, expected);
            policy.reset();

            policy.act(new double[] {0.3, Double.NaN, 0.9, 0.1, -1.5}, action);
            for (double component : action) {
                assertTrue(Double.isNaN(component), kind.id() + " action after NaN input: " + component);
            }

            policy.reset();
            policy.act(clean, action);
            assertArrayEquals(expected, action, kind.id() + " after reset");
        }
    }

    @Example
    void infiniteObservationDoesNotThrow() {
        for (ModelKind kind : ModelKind.values()) {
            Policy policy = Fixtures.policy(ModelSpec.forCartPole(kind, 5, 1), new Random(5));

            policy.act(new double[] {Double.POSITIVE_INFINITY, 0, 0, 0, Double.NEGATIVE_INFINITY}, new double[1]);
        }
    }

    @Example
    void permuteStateRejectsUnknownSlots() {
        Policy policy = Fixtures.policy(ModelSpec.forCartPole(ModelKind.COOPERATOR, 5, 1), new Random(1));
        policy.act(new double[5], new double[1]);

        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> policy.permuteState(new int[] {0, 1, 5}));
        assertThrows(IllegalArgumentException.class, () -> policy.permuteState(new int[] {0, -2}));
        assertThrows(IllegalArgumentException.class, () -> policy.permuteState(new int[0]));

        assertTrue(tooLarge.getMessage().contains("sourceSlot[2]"), tooLarge.getMessage());
    }

    @Example
    void permuteStateOnFixedSizeNeedsSameLength() {
        Policy authors = Fixtures.policy(ModelSpec.forCartPole(ModelKind.COOPERATOR_AUTHORS, 5, 1), new Random(1));

        assertThrows(IllegalArgumentException.class, () -> authors.permuteState(new int[] {0, 1, 2, 3}));
        authors.permuteState(new int[] {4, 3, 2, 1, 0});
    }

    @Example
    void feedForwardIgnoresPermuteState() {
        Policy policy = Fixtures.policy(ModelSpec.forCartPole(ModelKind.FEEDFORWARD, 5, 1), new Random(2));
        double[] observation = {0.3, -0.2, 0.9, 0.1, -1.5};
        double[] before = new double[1];
        double[] after = new double[1];
        policy.act(observation, before);

        policy.permuteState(new int[] {1, 0});
        policy.act(observation, after);

        assertArrayEquals(before, after);
    }

    @Example
    void setParametersKeepsNoReferenceToInput() {
        ModelSpec spec = ModelSpec.forCartPole(ModelKind.TRANSFORMER, 5, 1);
        double[] parameters = Fixtures.gaussian(new Random(4), spec.parameterCount(), Fixtures.WEIGHT_SCALE);
        Policy policy = Policies.create(spec);
        policy.setParameters(parameters);
        double[] observation = {0.3, -0.2, 0.9, 0.1, -1.5};
        double[] before = new double[1];
        double[] after = new double[1];
        policy.act(observation, before);

        Arrays.fill(parameters, 0.0);
        policy.reset();
        policy.act(observation, after);

        assertArrayEquals(before, after);
    }

    @Example
    void createReturnsPolicyForEveryKind() {
        for (ModelKind kind : ModelKind.values()) {
            ModelSpec spec = ModelSpec.forCartPole(kind, 5, 1);
            Policy policy = Policies.create(spec);

            assertEquals(spec, policy.spec());
            assertNotSame(policy, Policies.create(spec));
        }
    }
}
