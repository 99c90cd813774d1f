package org.cooperatorlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Permutation invariance of the Transformer, the Cooperator under every choice of context terms,
 * and TM1-TM4, over random weights, observations, N = 1..40 and permutations; and its absence in
 * the authors' Cooperator code.
 */
class PermutationInvarianceTest {

    /**
     * Largest allowed difference between actions under two sensor orders. Reordering a sum over
     * sensors changes it by rounding only, about 1e-15 for these sizes.
     */
    private static final double INVARIANCE_TOLERANCE = 1e-9;
    /** A difference above this counts as a real change of the action. */
    private static final double CHANGE_THRESHOLD = 1e-6;
    private static final int STEPS_BEFORE_SHUFFLE = 3;
    private static final int STEPS_AFTER_SHUFFLE = 5;

    private static final List<ModelKind> INVARIANT_KINDS = Arrays.stream(ModelKind.values())
            .filter(ModelKind::permutationInvariant)
            .toList();

    @Provide
    Arbitrary<ModelSpec> invariantSpecs() {
        Arbitrary<ModelKind> kinds = Arbitraries.of(INVARIANT_KINDS);
        Arbitrary<ContextTerms> terms = Combinators.combine(
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(ContextTerms::new);
        Arbitrary<Boolean> antSettings = Arbitraries.of(true, false);
        return Combinators.combine(kinds, terms, antSettings).as((kind, context, ant) -> (ant
                ? ModelSpec.forAnt(kind, 5, 3) : ModelSpec.forCartPole(kind, 5, 1)).withContext(context));
    }

    @Property(tries = 300)
    void firstActionIgnoresOrder(@ForAll("invariantSpecs") ModelSpec spec,
            @ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
        Random random = new Random(seed);
        double[] parameters = Fixtures.gaussian(random, spec.parameterCount(), Fixtures.WEIGHT_SCALE);
        double[] observation = Fixtures.gaussian(random, n, 1.0);
        int[] order = Fixtures.shuffled(random, n);

        double[] natural = firstAction(spec, parameters, observation);
        double[] shuffled = firstAction(spec, parameters, Fixtures.permute(observation, order));

        assertClose(natural, shuffled, INVARIANCE_TOLERANCE, spec.kind().id() + " " + spec.context().code());
    }

    @Property(tries = 150)
    void realignedShuffleChangesNothing(@ForAll("invariantSpecs") ModelSpec spec,
            @ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
        Random random = new Random(seed);
        double[] parameters = Fixtures.gaussian(random, spec.parameterCount(), Fixtures.WEIGHT_SCALE);
        Policy reference = policy(spec, parameters);
        Policy shuffled = policy(spec, parameters);
        int[] identity = range(n);
        int[] order = Fixtures.shuffled(random, n);

        for (int t = 0; t < STEPS_BEFORE_SHUFFLE + STEPS_AFTER_SHUFFLE; t++) {
            double[] observation = Fixtures.gaussian(random, n, 1.0);
            double[] expected = act(reference, observation);
            if (t == STEPS_BEFORE_SHUFFLE) {
                shuffled.permuteState(SensorSlots.sourceSlots(identity, order));
            }
            double[] seen = t >= STEPS_BEFORE_SHUFFLE ? Fixtures.permute(observation, order) : observation;
            double[] actual = act(shuffled, seen);

            assertClose(expected, actual, INVARIANCE_TOLERANCE, spec.kind().id() + " step " + t);
        }
    }

    @Property(tries = 150)
    void addedAndRemovedSensorsKeepInvariance(@ForAll("invariantSpecs") ModelSpec spec,
            @ForAll @IntRange(min = 1, max = 20) int n, @ForAll @IntRange(min = 1, max = 20) int extra,
            @ForAll long seed) {
        Random random = new Random(seed);
        double[] parameters = Fixtures.gaussian(random, spec.parameterCount(), Fixtures.WEIGHT_SCALE);
        Policy natural = policy(spec, parameters);
        Policy shuffled = policy(spec, parameters);
        int[] order = Fixtures.shuffled(random, n);
        int[] extraOrder = Fixtures.shuffled(random, extra);
        int[] sizes = {n, n + extra, n + extra, n, n + extra};

        for (int t = 0; t < sizes.length; t++) {
            double[] observation = Fixtures.gaussian(random, sizes[t], 1.0);
            double[] seen = Fixtures.permute(observation, sizes[t] == n ? order : concat(order, extraOrder));

            assertClose(act(natural, observation), act(shuffled, seen), INVARIANCE_TOLERANCE,
                    spec.kind().id() + " step " + t + " with " + sizes[t] + " sensors");
        }
    }

    @Example
    void shuffleWithoutRealignmentChangesActions() {
        for (ModelKind kind : INVARIANT_KINDS) {
            int changed = 0;
            for (long seed = 1; seed <= 20; seed++) {
                Random random = new Random(seed);
                ModelSpec spec = ModelSpec.forCartPole(kind, 5, 1);
                double[] parameters = Fixtures.gaussian(random, spec.parameterCount(), Fixtures.EARLY_TRAINING_SCALE);
                Policy reference = policy(spec, parameters);
                Policy shuffled = policy(spec, parameters);
                int[] order = {3, 0, 4, 1, 2};
                double difference = 0.0;
                for (int t = 0; t < STEPS_BEFORE_SHUFFLE + STEPS_AFTER_SHUFFLE; t++) {
                    double[] observation = Fixtures.gaussian(random, 5, 1.0);
                    double[] seen = t >= STEPS_BEFORE_SHUFFLE ? Fixtures.permute(observation, order) : observation;
                    difference = Math.max(difference, maxDifference(act(reference, observation), act(shuffled, seen)));
                }
                changed += difference > CHANGE_THRESHOLD ? 1 : 0;
            }

            assertTrue(changed >= 18, kind.id() + " changed its actions for only " + changed + " of 20 weight vectors");
        }
    }

    @Example
    void authorsCooperatorIsNotInvariant() {
        ModelSpec spec = ModelSpec.forCartPole(ModelKind.COOPERATOR_AUTHORS, 5, 1);
        int changed = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            double[] parameters = Fixtures.gaussian(random, spec.parameterCount(), Fixtures.EARLY_TRAINING_SCALE);
            double[] observation = Fixtures.gaussian(random, 5, 1.0);

            double[] natural = firstAction(spec, parameters, observation);
            double[] shuffled = firstAction(spec, parameters, Fixtures.permute(observation, new int[] {3, 0, 4, 1, 2}));
            changed += maxDifference(natural, shuffled) > CHANGE_THRESHOLD ? 1 : 0;
        }

        assertTrue(changed >= 18, "a permutation changed the first action for only " + changed + " of 20 weight vectors");
    }

    private static Policy policy(ModelSpec spec, double[] parameters) {
        Policy policy = Policies.create(spec);
        policy.setParameters(parameters);
        return policy;
    }

    private static double[] firstAction(ModelSpec spec, double[] parameters, double[] observation) {
        return act(policy(spec, parameters), observation);
    }

    private static double[] act(Policy policy, double[] observation) {
        double[] action = new double[policy.spec().actionSize()];
        policy.act(observation, action);
        return action;
    }

    private static int[] range(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }

    /** Returns the first permutation followed by the second, shifted past it. */
    private static int[] concat(int[] first, int[] second) {
        int[] joined = Arrays.copyOf(first, first.length + second.length);
        for (int j = 0; j < second.length; j++) {
            joined[first.length + j] = first.length + second[j];
        }
        return joined;
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0.0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static void assertClose(double[] expected, double[] actual, double tolerance, String name) {
        assertEquals(expected.length, actual.length, name + " action length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, name + " action[" + i + "]");
        }
    }
}
