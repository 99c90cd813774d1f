package org.cooperatorlab.model.io;

/**
 * The origin of an agent that was not trained by this application or is shipped with it. Each
 * text has 1 to {@link AgentFiles#MAX_TEXT_LENGTH} characters.
 *
 * @param description what the agent is, in a sentence or two
 * @param source where the parameters were obtained, such as a repository and file
 * @param licence the licence and copyright holder of the parameters
 */
public record Provenance(String description, String source, String licence) {

    /** @throws IllegalArgumentException naming a missing, empty or too long text */
    public Provenance {
        requireText("description", description);
        requireText("source", source);
        requireText("licence", licence);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isEmpty() || value.length() > AgentFiles.MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(field + " must have 1 to " + AgentFiles.MAX_TEXT_LENGTH
                    + " characters, was " + (value == null ? "null" : value.length() + " characters"));
        }
    }
}
