package org.cooperatorlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Parameter counts of every model, worked out by hand from the block shapes:
 *
 * <table>
 *   <caption>Parameters per model (CartPole: N = 5, A = 1; Ant: N = 28, A = 8)</caption>
 *   <tr><th>model</th><th>CartPole</th><th>Ant</th></tr>
 *   <tr><td>transformer</td><td>913</td><td>2504</td></tr>
 *   <tr><td>cooperator, tm1-tm4 (P, D, U on)</td><td>1009</td><td>2600</td></tr>
 *   <tr><td>cooperator-authors</td><td>998</td><td>3428</td></tr>
 *   <tr><td>feedforward</td><td>385</td><td>2248</td></tr>
 * </table>
 *
 * <p>CartPole attention models: LSTM 4E(1 + A) + 4E E + 2 (4E) = 64 + 256 + 64 = 384, projections
 * 2 d E = 512, head A M + A = 17. Ant: LSTM 288 + 256 + 64 = 608, projections with bias
 * 2 (256 + 32) = 576, hidden head layer 32 * 32 + 32 = 1056, output 8 * 32 + 8 = 264. The context
 * adds d per term vector (w_P; w_D and b_D), the authors' context N M + N.
 */
class ParameterLayoutsTest {

    @ParameterizedTest
    @CsvSource({
        "TRANSFORMER, 913, 2504",
        "COOPERATOR, 1009, 2600",
        "TM1, 1009, 2600",
        "TM2, 1009, 2600",
        "TM3, 1009, 2600",
        "TM4, 1009, 2600",
        "COOPERATOR_AUTHORS, 998, 3428",
        "FEEDFORWARD, 385, 2248",
    })
    void parameterCounts(ModelKind kind, int cartPole, int ant) {
        assertEquals(cartPole, ModelSpec.forCartPole(kind, 5, 1).parameterCount(), "CartPole");
        assertEquals(ant, ModelSpec.forAnt(kind, 28, 8).parameterCount(), "Ant");
    }

    @ParameterizedTest
    @CsvSource({
        "true, true, true, 1009",
        "true, false, false, 945",
        "false, true, false, 977",
        "false, false, true, 913",
        "false, false, false, 913",
        "true, true, false, 1009",
    })
    void cooperatorCountsFollowContextTerms(boolean proximal, boolean distal, boolean universal, int count) {
        ModelSpec spec = ModelSpec.forCartPole(ModelKind.COOPERATOR, 5, 1)
                .withContext(new ContextTerms(proximal, distal, universal));

        assertEquals(count, spec.parameterCount());
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void blocksAreContiguous(ModelKind kind) {
        for (ModelSpec spec : new ModelSpec[] {ModelSpec.forCartPole(kind, 5, 1), ModelSpec.forAnt(kind, 28, 8)}) {
            ParameterLayout layout = spec.layout();
            int offset = 0;
            Set<String> names = new HashSet<>();
            for (ParameterLayout.Block block : layout.blocks()) {
                assertEquals(offset, block.offset(), "offset of " + block.name());
                assertTrue(names.add(block.name()), "duplicate block " + block.name());
                offset += block.size();
            }
            assertEquals(layout.size(), offset, "layout size");
            assertEquals(layout.size(), spec.parameterCount());
        }
    }

    @Test
    void projectionBiasOnlyWithAntSettings() {
        assertFalse(ModelSpec.forCartPole(ModelKind.TRANSFORMER, 5, 1).layout().contains("proj_q.bias"));
        assertTrue(ModelSpec.forAnt(ModelKind.TRANSFORMER, 28, 8).layout().contains("proj_q.bias"));
        assertTrue(ModelSpec.forAnt(ModelKind.TRANSFORMER, 28, 8).layout().contains("head.hidden0.weight"));
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void countDependsOnNOnlyForFixedSize(ModelKind kind) {
        boolean sizeFree = kind.permutationInvariant();

        assertEquals(sizeFree, ModelSpec.forCartPole(kind, 5, 1).parameterCount()
                == ModelSpec.forCartPole(kind, 9, 1).parameterCount());
    }
}
