package org.cooperatorlab.model.io;

import java.util.Arrays;
import java.util.Objects;
import org.cooperatorlab.model.ModelSpec;

/**
 * An agent as stored on disk: the model specification, the environment it was trained in, its flat
 * parameter vector in the order of {@link ModelSpec#layout()}, and optional training metadata and
 * provenance. Read and written by {@link AgentFiles}; the JSON layout is documented there.
 *
 * @param model the architecture; {@code parameters} must have {@code model.parameterCount()} values
 * @param environment the environment; it must name {@code model.observationSize()} observations
 * @param parameters the flat parameters, each finite and within +-{@link #MAX_PARAMETER_MAGNITUDE}
 * @param training how the agent was trained, or null
 * @param provenance where the agent came from, or null
 */
public record AgentFile(
        ModelSpec model,
        EnvironmentSpec environment,
        double[] parameters,
        TrainingMetadata training,
        Provenance provenance) {

    /** The value of the {@code format} field of every agent file. */
    public static final String FORMAT = "cooperator-lab-agent";
    /** The {@code version} this build writes and reads. */
    public static final int VERSION = 1;
    /**
     * Largest accepted parameter magnitude. Trained weights stay within a few hundred, and a policy
     * with a weight beyond 1e6 saturates every tanh, so such a value means a damaged file.
     */
    public static final double MAX_PARAMETER_MAGNITUDE = 1e6;

    /**
     * Copies {@code parameters} and checks that the parts fit together.
     *
     * @throws IllegalArgumentException naming the field that does not fit
     */
    public AgentFile {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(parameters, "parameters");
        parameters = parameters.clone();
        if (parameters.length != model.parameterCount()) {
            throw new IllegalArgumentException("parameters has " + parameters.length + " values but the model needs "
                    + model.parameterCount());
        }
        for (int i = 0; i < parameters.length; i++) {
            if (!(Math.abs(parameters[i]) <= MAX_PARAMETER_MAGNITUDE)) {
                throw new IllegalArgumentException("parameters[" + i + "] must be finite and within +-"
                        + MAX_PARAMETER_MAGNITUDE + ", was " + parameters[i]);
            }
        }
        if (environment.observationNames().size() != model.observationSize()) {
            throw new IllegalArgumentException("environment.observationNames has " + environment.observationNames().size()
                    + " names but model.observationSize is " + model.observationSize());
        }
    }

    /** Returns a copy of the flat parameters. */
    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgentFile that
                && model.equals(that.model)
                && environment.equals(that.environment)
                && Arrays.equals(parameters, that.parameters)
                && Objects.equals(training, that.training)
                && Objects.equals(provenance, that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, environment, Arrays.hashCode(parameters), training, provenance);
    }

    @Override
    public String toString() {
        return "AgentFile[model=" + model + ", environment=" + environment + ", parameters=" + parameters.length
                + " values, training=" + training + ", provenance=" + provenance + "]";
    }
}
