package org.cooperatorlab.model.io;

/**
 * The origin of an agent that was not trained by this application or is shipped with it.
 *
 * @param description what the agent is, in a sentence or two
 * @param source where the parameters were obtained, such as a repository and file
 * @param licence the licence and copyright holder of the parameters
 */
public record Provenance(String description, String source, String licence) {
}
