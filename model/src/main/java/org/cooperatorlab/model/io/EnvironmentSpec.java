package org.cooperatorlab.model.io;

import java.util.List;
import java.util.regex.Pattern;
import org.cooperatorlab.model.ModelSpec;

/**
 * The environment an agent was trained in, as stored in an agent file.
 *
 * @param id the environment identifier of lower-case letters, digits and hyphens, for example
 *     {@code cartpole-swingup}, at most {@link AgentFiles#MAX_NAME_LENGTH} characters
 * @param observationNames the name of each observation component, in the order the agent received
 *     them; 1 to {@link ModelSpec#MAX_OBSERVATION_SIZE} names of 1 to
 *     {@link AgentFiles#MAX_NAME_LENGTH} characters
 */
public record EnvironmentSpec(String id, List<String> observationNames) {

    static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** @throws IllegalArgumentException naming the value that an agent file cannot store */
    public EnvironmentSpec {
        if (id == null || id.length() > AgentFiles.MAX_NAME_LENGTH || !IDENTIFIER.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be 1 to " + AgentFiles.MAX_NAME_LENGTH
                    + " lower-case letters, digits and hyphens, was " + id);
        }
        observationNames = List.copyOf(observationNames);
        if (observationNames.isEmpty() || observationNames.size() > ModelSpec.MAX_OBSERVATION_SIZE) {
            throw new IllegalArgumentException("observationNames must have 1 to " + ModelSpec.MAX_OBSERVATION_SIZE
                    + " names, had " + observationNames.size());
        }
        for (int i = 0; i < observationNames.size(); i++) {
            int length = observationNames.get(i).length();
            if (length == 0 || length > AgentFiles.MAX_NAME_LENGTH) {
                throw new IllegalArgumentException("observationNames[" + i + "] must have 1 to "
                        + AgentFiles.MAX_NAME_LENGTH + " characters, had " + length);
            }
        }
    }
}
