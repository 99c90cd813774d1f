package org.cooperatorlab.model;

/**
 * Which context terms a Cooperator or TM layer adds into C = P + D + U; switching one off is an
 * ablation. Ignored by the other layers.
 *
 * @param proximal P, the population's mean receptive-field drive
 * @param distal D, from the other sensors' observations
 * @param universal U, from the positional encoding
 */
public record ContextTerms(boolean proximal, boolean distal, boolean universal) {

    public static final ContextTerms ALL = new ContextTerms(true, true, true);

    /** Compact form such as {@code PDU}, {@code P-U} or {@code ---}. */
    public String code() {
        return (proximal ? "P" : "-") + (distal ? "D" : "-") + (universal ? "U" : "-");
    }
}
