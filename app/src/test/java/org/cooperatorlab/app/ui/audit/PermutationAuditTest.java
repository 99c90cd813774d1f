package org.cooperatorlab.app.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.Policies;
import org.cooperatorlab.physics.CartPoleSwingUp;
import org.junit.jupiter.api.Test;

class PermutationAuditTest {

    /** Largest action change that still counts as "unchanged": float64 rounding over a few hundred steps. */
    private static final double INVARIANT = 1e-9;
    /** Smallest action change that counts as a visible failure. */
    private static final double VISIBLE = 1e-3;

    private static PermutationAudit.Result audit(ModelKind kind) {
        ModelSpec spec = ModelSpec.forCartPole(kind, 5, 1);
        SplittableRandom random = new SplittableRandom(42);
        double[] parameters = new double[spec.parameterCount()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = 0.3 * random.nextGaussian();
        }
        return PermutationAudit.run(() -> Policies.create(spec), parameters, new CartPoleSwingUp(CartPoleSwingUp.StartMode.EASY),
                11, 20, 200);
    }

    @Test
    void cooperatorPassesAtResetAndRealigned() {
        PermutationAudit.Result result = audit(ModelKind.COOPERATOR);
        assertTrue(result.maxAtReset() < INVARIANT, "at reset " + result.maxAtReset());
        assertTrue(result.maxMidEpisodeRealigned() < INVARIANT, "re-aligned " + result.maxMidEpisodeRealigned());
        assertTrue(result.maxMidEpisode() > INVARIANT, "state kept " + result.maxMidEpisode());
        assertEquals(20, result.permutations());
    }

    @Test
    void transformerPassesAtResetAndRealigned() {
        PermutationAudit.Result result = audit(ModelKind.TRANSFORMER);
        assertTrue(result.maxAtReset() < INVARIANT, "at reset " + result.maxAtReset());
        assertTrue(result.maxMidEpisodeRealigned() < INVARIANT, "re-aligned " + result.maxMidEpisodeRealigned());
    }

    @Test
    void feedForwardBaselineFails() {
        PermutationAudit.Result result = audit(ModelKind.FEEDFORWARD);
        assertTrue(result.maxAtReset() > VISIBLE, "at reset " + result.maxAtReset());
        assertTrue(result.maxMidEpisodeRealigned() > VISIBLE, "re-aligned " + result.maxMidEpisodeRealigned());
    }

    @Test
    void authorsCooperatorFails() {
        PermutationAudit.Result result = audit(ModelKind.COOPERATOR_AUTHORS);
        assertTrue(result.maxAtReset() > VISIBLE, "at reset " + result.maxAtReset());
        assertTrue(result.maxMidEpisodeRealigned() > VISIBLE, "re-aligned " + result.maxMidEpisodeRealigned());
    }

    @Test
    void auditRejectsZeroPermutations() {
        ModelSpec spec = ModelSpec.forCartPole(ModelKind.COOPERATOR, 5, 1);
        assertThrows(IllegalArgumentException.class, () -> PermutationAudit.run(() -> Policies.create(spec),
                new double[spec.parameterCount()], new CartPoleSwingUp(), 1, 0, 100));
    }
}
