package org.cooperatorlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tang and Ha's released CartPole swing-up AttentionNeuron agent, loaded from the reference files in
 * the test resources, against float64 values computed independently from the published formulas.
 */
class ReleasedAgentTest {

    private static final double TOLERANCE = 1e-9;
    private static final String REFERENCE = "/org/cooperatorlab/reference/";

    static JsonNode readReference(String name) throws IOException {
        try (InputStream in = ReleasedAgentTest.class.getResourceAsStream(REFERENCE + name)) {
            assertNotNull(in, "missing test resource " + name);
            return new ObjectMapper().readTree(in);
        }
    }

    static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }

    static Policy releasedAgent() throws IOException {
        Policy policy = Policies.create(ModelSpec.forCartPole(ModelKind.TRANSFORMER, 5, 1));
        policy.setParameters(doubles(readReference("attention-neuron-cartpole-weights.json").get("parameters")));
        return policy;
    }

    @Test
    void parameterCountMatchesReleasedAgent() throws IOException {
        JsonNode weights = readReference("attention-neuron-cartpole-weights.json");
        ModelSpec spec = ModelSpec.forCartPole(ModelKind.TRANSFORMER, 5, 1);

        assertEquals(913, spec.parameterCount());
        assertEquals(913, weights.get("parameters").size());
    }

    @Test
    void layoutMatchesReleasedAgent() throws IOException {
        JsonNode fileLayout = readReference("attention-neuron-cartpole-weights.json").get("layout");
        List<ParameterLayout.Block> blocks = ModelSpec.forCartPole(ModelKind.TRANSFORMER, 5, 1).layout().blocks();

        assertEquals(fileLayout.size(), blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            JsonNode entry = fileLayout.get(b);
            assertEquals(entry.get(0).asText(), blocks.get(b).name(), "name of block " + b);
            int[] shape = new int[entry.get(1).size()];
            for (int s = 0; s < shape.length; s++) {
                shape[s] = entry.get(1).get(s).intValue();
            }
            assertArrayEquals(shape, blocks.get(b).shape(), "shape of block " + blocks.get(b).name());
        }
    }

    @Test
    void singleStepReproducesReference() throws IOException {
        JsonNode step = readReference("attention-neuron-cartpole-single-step.json");
        Policy policy = releasedAgent();
        policy.reset();
        double[] action = new double[1];

        LayerTrace trace = policy.actTraced(doubles(step.get("observation")), action);

        assertMatrixEquals(step.get("keys"), trace.keys(), "keys");
        assertMatrixEquals(step.get("keys"), trace.receptiveField(), "receptive field");
        assertMatrixEquals(step.get("attention"), trace.attention(), "attention");
        assertArrayEquals(doubles(step.get("message")), trace.message(), TOLERANCE, "message");
        assertArrayEquals(doubles(step.get("action")), trace.action(), TOLERANCE, "traced action");
        assertArrayEquals(doubles(step.get("action")), action, TOLERANCE, "action");
    }

    @Test
    void transformerTraceHasNoContext() throws IOException {
        Policy policy = releasedAgent();

        LayerTrace trace = policy.actTraced(new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, new double[1]);

        assertNull(trace.proximal());
        assertNull(trace.distal());
        assertNull(trace.universal());
        assertNull(trace.context());
    }

    private static void assertMatrixEquals(JsonNode expected, double[][] actual, String name) {
        assertEquals(expected.size(), actual.length, name + " rows");
        for (int row = 0; row < actual.length; row++) {
            assertArrayEquals(doubles(expected.get(row)), actual[row], TOLERANCE, name + " row " + row);
        }
    }
}
