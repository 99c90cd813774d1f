package org.cooperatorlab.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.ParameterLayout;

/**
 * Converts Tang and Ha's released CartPole swing-up agent, stored as reference JSON in the test
 * resources, into this application's agent file format. {@link ReleasedAgentFileTest} checks that
 * the shipped file equals this conversion byte for byte; running {@link #main} rewrites it.
 */
final class ReleasedAgentConverter {

    static final String REFERENCE = "/org/cooperatorlab/reference/attention-neuron-cartpole-weights.json";
    /** The shipped file, relative to the model module, which is the working folder of its tests. */
    static final Path SHIPPED = Path.of("..", "saved-agents", "cartpole-transformer-tang-ha-2021.json");

    static final ModelSpec MODEL = ModelSpec.forCartPole(ModelKind.TRANSFORMER, 5, 1);
    static final EnvironmentSpec ENVIRONMENT = new EnvironmentSpec("cartpole-swingup",
            List.of("x", "x_dot", "cos_theta", "sin_theta", "theta_dot"));
    static final Provenance PROVENANCE = new Provenance(
            "Tang and Ha's released AttentionNeuron (Transformer) agent for CartPole swing-up, from \"The Sensory "
                    + "Neuron as a Transformer: Permutation-Invariant Neural Networks for Reinforcement Learning\" "
                    + "(NeurIPS 2021). The 913 float32 weights are stored unchanged as doubles, in the order of "
                    + "PyTorch's state dict.",
            "google/brain-tokyo-workshop, AttentionNeuron/pretrained/cartpole_pi/model.npz",
            "Apache License 2.0, Copyright Google LLC");

    private ReleasedAgentConverter() {
    }

    /** Rewrites the shipped agent file from the reference; run from the model module's folder. */
    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : SHIPPED;
        AgentFiles.write(target, convert());
    }

    /**
     * Builds the agent from the reference JSON after checking that its layout matches the
     * Transformer's CartPole layout block by block.
     */
    static AgentFile convert() throws IOException {
        JsonNode reference = readReference();
        ParameterLayout layout = MODEL.layout();
        JsonNode blocks = reference.get("layout");
        if (blocks.size() != layout.blocks().size()) {
            throw new IllegalStateException("reference layout has " + blocks.size() + " blocks, expected "
                    + layout.blocks().size());
        }
        for (int i = 0; i < blocks.size(); i++) {
            ParameterLayout.Block block = layout.blocks().get(i);
            String name = blocks.get(i).get(0).asText();
            int[] shape = new ObjectMapper().convertValue(blocks.get(i).get(1), int[].class);
            if (!name.equals(block.name()) || !Arrays.equals(shape, block.shape())) {
                throw new IllegalStateException("reference block " + i + " is " + name + " "
                        + Arrays.toString(shape) + ", expected " + block.name() + " "
                        + Arrays.toString(block.shape()));
            }
        }
        return new AgentFile(MODEL, ENVIRONMENT, referenceParameters(reference), null, PROVENANCE);
    }

    static JsonNode readReference() throws IOException {
        try (InputStream in = ReleasedAgentConverter.class.getResourceAsStream(REFERENCE)) {
            if (in == null) {
                throw new IOException("test resource " + REFERENCE + " not found");
            }
            return new ObjectMapper().readTree(in);
        }
    }

    /** Returns the reference parameters, parsed from their decimal text by Double.parseDouble. */
    static double[] referenceParameters(JsonNode reference) {
        JsonNode values = reference.get("parameters");
        double[] parameters = new double[values.size()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = Double.parseDouble(values.get(i).asText());
        }
        return parameters;
    }
}
