package org.cooperatorlab.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The shipped Tang and Ha agent: loadable, bit-exact, and reproducible from the reference. */
class ReleasedAgentFileTest {

    @Test
    void shippedFileLoadsWithReferenceParameters() throws IOException {
        AgentFile agent = AgentFiles.read(ReleasedAgentConverter.SHIPPED);
        double[] reference = ReleasedAgentConverter.referenceParameters(ReleasedAgentConverter.readReference());
        double[] loaded = agent.parameters();

        assertEquals(913, loaded.length);
        for (int i = 0; i < reference.length; i++) {
            assertEquals(Double.doubleToRawLongBits(reference[i]), Double.doubleToRawLongBits(loaded[i]),
                    "parameters[" + i + "]");
        }
        assertEquals(ReleasedAgentConverter.MODEL, agent.model());
        assertEquals(ReleasedAgentConverter.ENVIRONMENT, agent.environment());
        assertEquals(ReleasedAgentConverter.PROVENANCE, agent.provenance());
        assertNull(agent.training());
    }

    @Test
    void referenceValuesAreFloat32() throws IOException {
        // The released weights are float32, so each double must convert to float and back unchanged.
        double[] reference = ReleasedAgentConverter.referenceParameters(ReleasedAgentConverter.readReference());

        for (int i = 0; i < reference.length; i++) {
            assertEquals(reference[i], (double) (float) reference[i], "parameters[" + i + "]");
        }
    }

    @Test
    void shippedFileEqualsConversion() throws IOException {
        byte[] regenerated = AgentFiles.toBytes(ReleasedAgentConverter.convert());
        byte[] shipped = Files.readAllBytes(ReleasedAgentConverter.SHIPPED);

        assertArrayEquals(regenerated, shipped, () -> "the shipped agent differs from the conversion of the reference;"
                + " regenerate it with ReleasedAgentConverter.main, run from the model folder\n"
                + new String(shipped, StandardCharsets.UTF_8).substring(0, 200));
    }
}
