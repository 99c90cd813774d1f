package org.cooperatorlab.app.ui.agents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cooperatorlab.app.agents.Agents;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.model.io.AgentFile;
import org.cooperatorlab.model.io.AgentFiles;

/**
 * Reads and writes agent files in the project's JSON format through {@link Agents} and
 * {@link AgentFiles}, which validate every field before allocating and write atomically.
 */
public final class AgentFileStore implements AgentStore {

    @Override
    public AgentData read(Path path) throws IOException {
        Agents.Loaded loaded = Agents.load(path);
        AgentFile file = loaded.file();
        String description = file.provenance() != null && file.provenance().description() != null
                ? file.provenance().description() : loaded.name();
        return new AgentData(loaded.environment().id(), loaded.spec(), loaded.parameters(), file.training(), description);
    }

    @Override
    public void write(Path path, AgentData agent) throws IOException {
        EnvironmentKind environment = EnvironmentKind.fromId(agent.environmentId());
        AgentFile file = new AgentFile(agent.spec(), Agents.environmentSpec(environment, agent.spec()), agent.parameters(),
                agent.training(), null);
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AgentFiles.write(path, file);
    }
}
