package org.cooperatorlab.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sensory layers and the baseline that a policy can be built from. */
public enum ModelKind {
    COOPERATOR("cooperator", "Cooperator", true),
    TRANSFORMER("transformer", "Transformer (AttentionNeuron)", true),
    TM1("tm1", "TM1", true),
    TM2("tm2", "TM2", true),
    TM3("tm3", "TM3", true),
    TM4("tm4", "TM4", true),
    COOPERATOR_AUTHORS("cooperator-authors", "Cooperator (authors' code)", false),
    FEEDFORWARD("feedforward", "Feed-forward baseline", false);

    private final String id;
    private final String displayName;
    private final boolean permutationInvariant;

    ModelKind(String id, String displayName, boolean permutationInvariant) {
        this.id = id;
        this.displayName = displayName;
        this.permutationInvariant = permutationInvariant;
    }

    /** Identifier used on the command line and in agent files. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** True when the policy's action does not depend on the order of its sensors, and it accepts any number of them. */
    public boolean permutationInvariant() {
        return permutationInvariant;
    }

    /** True for the layers that use the cooperation or a TM transfer function, and so have a context C. */
    public boolean hasContext() {
        return this == COOPERATOR || this == TM1 || this == TM2 || this == TM3 || this == TM4 || this == COOPERATOR_AUTHORS;
    }

    /** True for the layers built on the shared LSTM sensory encoder and query attention. */
    public boolean usesAttention() {
        return this != FEEDFORWARD;
    }

    /**
     * Parses an identifier such as {@code cooperator} or {@code tm3}.
     *
     * @throws IllegalArgumentException naming the value and the accepted identifiers
     */
    public static ModelKind fromId(String id) {
        for (ModelKind kind : values()) {
            if (kind.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown model '" + id + "'; expected one of " + ids());
    }

    /** The accepted identifiers, comma-separated. */
    public static String ids() {
        return Arrays.stream(values()).map(ModelKind::id).collect(Collectors.joining(", "));
    }
}
