package org.cooperatorlab.model.io;

import java.io.IOException;

/**
 * An agent file that cannot be loaded because of its content. The message names the source, the
 * field as a JSON path such as {@code model.queries} or {@code parameters[17]}, what is wrong and
 * what to do. Disk and permission errors remain plain {@link IOException}s.
 */
public final class AgentFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;

    AgentFileException(String source, String field, String problem) {
        this(source, field, problem, null);
    }

    AgentFileException(String source, String field, String problem, Throwable cause) {
        super(source + ": " + (field == null ? "" : field + " ") + problem, cause);
        this.source = source;
        this.field = field;
    }

    /** Returns the file name or other source description given to the reader. */
    public String source() {
        return source;
    }

    /** Returns the JSON path of the rejected field, or null when the problem concerns the whole file. */
    public String field() {
        return field;
    }
}
