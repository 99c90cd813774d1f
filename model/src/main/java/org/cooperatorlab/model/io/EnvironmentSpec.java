package org.cooperatorlab.model.io;

import java.util.List;
import java.util.Objects;

/**
 * The environment an agent was trained in, as stored in an agent file.
 *
 * @param id the environment identifier, for example {@code cartpole-swingup}
 * @param observationNames the name of each observation component, in the order the agent received them
 */
public record EnvironmentSpec(String id, List<String> observationNames) {

    public EnvironmentSpec {
        Objects.requireNonNull(id, "id");
        observationNames = List.copyOf(observationNames);
    }
}
