package org.cooperatorlab.app.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.Policies;
import org.cooperatorlab.physics.Environment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The permutation audit on the Ants' 25 and 28 sensors, with fewer permutations than the window's. */
class AntPermutationAuditTest {

    private static final int PERMUTATIONS = 4;
    private static final int STEPS = 60;

    private static PermutationAudit.Result audit(EnvironmentKind kind, ModelKind model) {
        ModelSpec spec = kind.spec(model);
        double[] parameters = new double[spec.parameterCount()];
        SplittableRandom random = new SplittableRandom(21);
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = 0.2 * random.nextGaussian();
        }
        try (Environment environment = kind.create()) {
            return PermutationAudit.run(() -> Policies.create(spec), parameters, environment, 5, PERMUTATIONS, STEPS);
        }
    }

    @ParameterizedTest
    @EnumSource(value = EnvironmentKind.class, names = {"ANT2D", "ANT3D"})
    void cooperatorIsInvariantOnTheAntSensors(EnvironmentKind kind) {
        PermutationAudit.Result result = audit(kind, ModelKind.COOPERATOR);
        assertEquals(PERMUTATIONS, result.permutations());
        assertTrue(result.actionScale() > 0, "the policy acts");
        assertTrue(result.maxAtReset() < AuditView.INVARIANT, "at reset: " + result.maxAtReset());
        assertTrue(result.maxMidEpisodeRealigned() < AuditView.INVARIANT, "realigned: " + result.maxMidEpisodeRealigned());
    }

    @ParameterizedTest
    @EnumSource(value = EnvironmentKind.class, names = {"ANT2D", "ANT3D"})
    void feedForwardDependsOnTheAntSensorOrder(EnvironmentKind kind) {
        PermutationAudit.Result result = audit(kind, ModelKind.FEEDFORWARD);
        assertTrue(result.maxAtReset() > 1e-3, "at reset: " + result.maxAtReset());
    }
}
