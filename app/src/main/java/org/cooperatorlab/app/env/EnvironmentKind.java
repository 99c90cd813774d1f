package org.cooperatorlab.app.env;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.physics.Ant2d;
import org.cooperatorlab.physics.Ant3d;
import org.cooperatorlab.physics.CartPoleSwingUp;
import org.cooperatorlab.physics.Environment;

/** The environments the app and the command line can train on, with their model settings. */
public enum EnvironmentKind {
    CARTPOLE_SWINGUP(CartPoleSwingUp.ID, "CartPole swing-up", 5, 1),
    ANT2D(Ant2d.ID, "Ant 2D (JBox2D)", Ant2d.OBSERVATION_NAMES.size(), Ant2d.ACTION_NAMES.size()),
    ANT3D(Ant3d.ID, "Ant 3D (ode4j)", Ant3d.OBSERVATION_NAMES.size(), Ant3d.ACTION_NAMES.size());

    private final String id;
    private final String displayName;
    private final int observationSize;
    private final int actionSize;

    EnvironmentKind(String id, String displayName, int observationSize, int actionSize) {
        this.id = id;
        this.displayName = displayName;
        this.observationSize = observationSize;
        this.actionSize = actionSize;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public int observationSize() {
        return observationSize;
    }

    public int actionSize() {
        return actionSize;
    }

    /** Creates a new environment instance with its default settings (the harder start for CartPole). */
    public Environment create() {
        return switch (this) {
            case CARTPOLE_SWINGUP -> new CartPoleSwingUp();
            case ANT2D -> new Ant2d();
            case ANT3D -> new Ant3d();
        };
    }

    /** The environment's observation names in their natural order. */
    public List<String> observationNames() {
        try (Environment environment = create()) {
            return environment.observationNames();
        }
    }

    /**
     * Returns the model architecture this environment uses for a kind of model, for
     * {@code observationSize} sensors (more than the environment's own when noise sensors are added
     * to a model that needs a fixed size).
     */
    public ModelSpec spec(ModelKind kind, int sensors) {
        return switch (this) {
            case CARTPOLE_SWINGUP -> ModelSpec.forCartPole(kind, sensors, actionSize);
            case ANT2D, ANT3D -> ModelSpec.forAnt(kind, sensors, actionSize);
        };
    }

    public ModelSpec spec(ModelKind kind) {
        return spec(kind, observationSize);
    }

    /** Whether training defaults to the separable (diagonal) CMA-ES: on for the Ants, whose models have 2500+ parameters. */
    public boolean defaultSeparable() {
        return this != CARTPOLE_SWINGUP;
    }

    /**
     * Parses an identifier such as {@code cartpole-swingup}.
     *
     * @throws IllegalArgumentException naming the value and the accepted identifiers
     */
    public static EnvironmentKind fromId(String id) {
        for (EnvironmentKind kind : values()) {
            if (kind.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown environment '" + id + "'; expected one of " + ids());
    }

    public static String ids() {
        return Arrays.stream(values()).map(EnvironmentKind::id).collect(Collectors.joining(", "));
    }
}
