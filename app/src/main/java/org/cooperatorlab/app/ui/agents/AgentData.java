package org.cooperatorlab.app.ui.agents;

import java.util.Objects;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.io.TrainingMetadata;

/**
 * An agent as the window saves and loads it.
 *
 * @param environmentId the environment it acts in, for example {@code cartpole-swingup}
 * @param spec its architecture
 * @param parameters its flat parameters in {@code spec.layout()} order
 * @param training how it was trained, or null when unknown
 * @param description a one-line note, for example where it came from
 */
public record AgentData(String environmentId, ModelSpec spec, double[] parameters, TrainingMetadata training,
        String description) {

    public AgentData {
        Objects.requireNonNull(environmentId, "environmentId");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(parameters, "parameters");
        if (parameters.length != spec.parameterCount()) {
            throw new IllegalArgumentException("parameters must have " + spec.parameterCount() + " values for "
                    + spec.kind().id() + ", had " + parameters.length);
        }
        parameters = parameters.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }
}
