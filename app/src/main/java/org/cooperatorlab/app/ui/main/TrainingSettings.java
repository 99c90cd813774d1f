package org.cooperatorlab.app.ui.main;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.model.ModelKind;

/**
 * The training settings the toolbar edits. Defaults follow the CartPole reference runs except the
 * population and repetitions, which are smaller so that the first generations appear within
 * seconds on a laptop.
 */
public final class TrainingSettings {

    private final ObjectProperty<EnvironmentKind> environment = new SimpleObjectProperty<>(EnvironmentKind.CARTPOLE_SWINGUP);
    private final ObjectProperty<ModelKind> model = new SimpleObjectProperty<>(ModelKind.COOPERATOR);
    private final BooleanProperty compare = new SimpleBooleanProperty(false);
    private final LongProperty seed = new SimpleLongProperty(1);
    private final IntegerProperty population = new SimpleIntegerProperty(64);
    private final IntegerProperty reps = new SimpleIntegerProperty(4);
    private final DoubleProperty sigma = new SimpleDoubleProperty(0.1);
    private final IntegerProperty generations = new SimpleIntegerProperty(200);

    public ObjectProperty<EnvironmentKind> environmentProperty() {
        return environment;
    }

    public ObjectProperty<ModelKind> modelProperty() {
        return model;
    }

    /** Whether Train starts Cooperator and Transformer side by side. */
    public BooleanProperty compareProperty() {
        return compare;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public IntegerProperty populationProperty() {
        return population;
    }

    /** Rollouts per candidate; its fitness is their mean return. */
    public IntegerProperty repsProperty() {
        return reps;
    }

    /** Initial CMA-ES step size. */
    public DoubleProperty sigmaProperty() {
        return sigma;
    }

    public IntegerProperty generationsProperty() {
        return generations;
    }
}
