package org.cooperatorlab.app.ui.agents;

import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes agent files; the window calls it on a background thread. */
public interface AgentStore {

    /**
     * Reads and validates an agent file.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException (or a subclass) naming the invalid field when the content is invalid
     */
    AgentData read(Path path) throws IOException;

    /**
     * Writes an agent file; a failure part-way leaves any earlier file at {@code path} intact.
     *
     * @throws IOException if the file cannot be written
     */
    void write(Path path, AgentData agent) throws IOException;
}
