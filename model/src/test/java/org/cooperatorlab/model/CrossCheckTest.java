package org.cooperatorlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model and setting against {@link NaiveReference}, quantity by quantity, over several steps. */
class CrossCheckTest {

    /** Relative tolerance: both paths compute the same formulas with differently ordered sums. */
    private static final double TOLERANCE = 1e-9;
    private static final int STEPS = 6;

    static Stream<ModelSpec> specs() {
        List<ModelSpec> specs = new ArrayList<>();
        for (ModelKind kind : ModelKind.values()) {
            specs.add(ModelSpec.forCartPole(kind, 5, 1));
            specs.add(ModelSpec.forAnt(kind, 11, 3));
        }
        for (ContextTerms terms : new ContextTerms[] {
            new ContextTerms(true, false, false), new ContextTerms(false, true, false),
            new ContextTerms(false, false, true), new ContextTerms(false, false, false)}) {
            specs.add(ModelSpec.forCartPole(ModelKind.COOPERATOR, 5, 1).withContext(terms));
            specs.add(ModelSpec.forAnt(ModelKind.TM3, 7, 2).withContext(terms));
        }
        specs.add(ModelSpec.forCartPole(ModelKind.COOPERATOR, 1, 1));
        specs.add(ModelSpec.forCartPole(ModelKind.TRANSFORMER, 1, 1));
        return specs.stream();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void policyMatchesFormulas(ModelSpec spec) {
        Random random = new Random(spec.toString().hashCode());
        double[] parameters = Fixtures.gaussian(random, spec.parameterCount(), Fixtures.WEIGHT_SCALE);
        Policy policy = Policies.create(spec);
        policy.setParameters(parameters);
        NaiveReference reference = new NaiveReference(spec, parameters);

        for (int t = 0; t < STEPS; t++) {
            double[] observation = Fixtures.gaussian(random, spec.observationSize(), 1.0);
            LayerTrace expected = reference.step(observation);
            LayerTrace actual = policy.actTraced(observation, new double[spec.actionSize()]);
            String step = spec.kind().id() + " " + spec.context().code() + " step " + t + " ";

            assertClose(expected.receptiveField(), actual.receptiveField(), step + "R");
            assertClose(expected.proximal(), actual.proximal(), step + "P");
            assertClose(expected.distal(), actual.distal(), step + "D");
            assertClose(expected.universal(), actual.universal(), step + "U");
            assertClose(expected.context(), actual.context(), step + "C");
            assertClose(expected.keys(), actual.keys(), step + "K");
            assertClose(expected.attention(), actual.attention(), step + "attention");
            assertClose(expected.message(), actual.message(), step + "message");
            assertClose(expected.action(), actual.action(), step + "action");
        }
    }

    @ParameterizedTest
    @MethodSource("invariantSpecs")
    void changingSensorCountMatchesFormulas(ModelSpec spec) {
        Random random = new Random(spec.toString().hashCode());
        double[] parameters = Fixtures.gaussian(random, spec.parameterCount(), Fixtures.WEIGHT_SCALE);
        Policy policy = Policies.create(spec);
        policy.setParameters(parameters);
        NaiveReference reference = new NaiveReference(spec, parameters);
        int[] sizes = {5, 7, 7, 3, 6, 1, 4};

        for (int t = 0; t < sizes.length; t++) {
            double[] observation = Fixtures.gaussian(random, sizes[t], 1.0);
            LayerTrace expected = reference.step(observation);
            LayerTrace actual = policy.actTraced(observation, new double[spec.actionSize()]);

            assertClose(expected.keys(), actual.keys(), spec.kind().id() + " step " + t + " K");
            assertClose(expected.action(), actual.action(), spec.kind().id() + " step " + t + " action");
        }
    }

    @ParameterizedTest
    @MethodSource("invariantSpecs")
    void permuteStateMatchesFormulas(ModelSpec spec) {
        Random random = new Random(spec.toString().hashCode());
        double[] parameters = Fixtures.gaussian(random, spec.parameterCount(), Fixtures.WEIGHT_SCALE);
        Policy policy = Policies.create(spec);
        policy.setParameters(parameters);
        NaiveReference reference = new NaiveReference(spec, parameters);
        int[][] sourceSlots = {{2, 0, 1, 3}, {3, -1, 1, 0, -1, 2}, {4, 1}};

        for (int t = 0; t < 3 * sourceSlots.length; t++) {
            if (t % 3 == 2) {
                policy.permuteState(sourceSlots[t / 3]);
                reference.permute(sourceSlots[t / 3]);
            }
            int n = t < 2 ? 4 : sourceSlots[(t - 2) / 3].length;
            double[] observation = Fixtures.gaussian(random, n, 1.0);
            LayerTrace expected = reference.step(observation);
            LayerTrace actual = policy.actTraced(observation, new double[spec.actionSize()]);

            assertClose(expected.keys(), actual.keys(), spec.kind().id() + " step " + t + " K");
            assertClose(expected.action(), actual.action(), spec.kind().id() + " step " + t + " action");
        }
    }

    static Stream<ModelSpec> invariantSpecs() {
        return Stream.of(ModelKind.values())
                .filter(ModelKind::permutationInvariant)
                .flatMap(kind -> Stream.of(ModelSpec.forCartPole(kind, 5, 1), ModelSpec.forAnt(kind, 5, 2)));
    }

    private static void assertClose(double[][] expected, double[][] actual, String name) {
        if (expected == null) {
            assertNull(actual, name + " should be absent");
            return;
        }
        assertEquals(expected.length, actual.length, name + " rows");
        for (int row = 0; row < expected.length; row++) {
            assertClose(expected[row], actual[row], name + " row " + row);
        }
    }

    private static void assertClose(double[] expected, double[] actual, String name) {
        if (expected == null) {
            assertNull(actual, name + " should be absent");
            return;
        }
        assertEquals(expected.length, actual.length, name + " length");
        for (int i = 0; i < expected.length; i++) {
            double allowed = TOLERANCE * Math.max(1.0, Math.abs(expected[i]));
            assertEquals(expected[i], actual[i], allowed, name + "[" + i + "]");
        }
    }
}
