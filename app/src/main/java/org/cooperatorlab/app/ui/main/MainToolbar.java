package org.cooperatorlab.app.ui.main;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.app.ui.live.LivePlayback;
import org.cooperatorlab.app.ui.main.MainViewModel.TrainingState;
import org.cooperatorlab.model.ModelKind;

/**
 * The two toolbars: training (environment, model with its parameter count, compare, Train, Pause,
 * Resume, Stop, seed, population, repetitions, sigma, generations) and view (playback speed,
 * pause and single step of the live view, agents, theme, frame overlay).
 */
final class MainToolbar extends VBox {

    static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 2.0, 4.0, 8.0);

    final ComboBox<EnvironmentKind> environment = new ComboBox<>(FXCollections.observableArrayList(EnvironmentKind.values()));
    final ComboBox<ModelKind> model = new ComboBox<>(FXCollections.observableArrayList(ModelKind.values()));
    final ToggleButton compare = new ToggleButton("Compare");
    final Button train = new Button("Train");
    final Button pause = new Button("Pause");
    final Button resume = new Button("Resume");
    final Button stop = new Button("Stop");
    final TextField seed = new TextField();
    final Spinner<Integer> population = new Spinner<>(4, 4096, 64, 4);
    final Spinner<Integer> reps = new Spinner<>(1, 64, 4);
    final Spinner<Double> sigma = new Spinner<>(0.001, 2.0, 0.1, 0.01);
    final Spinner<Integer> generations = new Spinner<>(1, 100_000, 200, 10);
    final ComboBox<Double> speed = new ComboBox<>(FXCollections.observableArrayList(SPEEDS));
    final ToggleButton playbackPause = new ToggleButton("Pause view");
    final Button step = new Button("Step");
    final Button load = new Button("Load...");
    final Button save = new Button("Save...");
    final ToggleButton dark = new ToggleButton("Dark");
    final ToggleButton overlay = new ToggleButton("FPS");
    /** The object views of the settings' number properties; bidirectional bindings hold them only weakly. */
    private final List<Object> boundViews;

    MainToolbar(MainViewModel viewModel) {
        TrainingSettings settings = viewModel.settings();
        getStyleClass().add("main-toolbars");

        environment.setId("environment-choice");
        environment.valueProperty().bindBidirectional(settings.environmentProperty());
        environment.setTooltip(new Tooltip("The task to train on."));
        environment.setConverter(new StringConverter<>() {
            @Override
            public String toString(EnvironmentKind kind) {
                return kind == null ? "" : kind.displayName();
            }

            @Override
            public EnvironmentKind fromString(String text) {
                return EnvironmentKind.fromId(text);
            }
        });

        model.setId("model-choice");
        model.valueProperty().bindBidirectional(settings.modelProperty());
        model.setCellFactory(list -> new ModelCell(settings));
        model.setButtonCell(new ModelCell(settings));
        model.setTooltip(new Tooltip("The sensory layer to train, with its number of parameters. "
                + "Switching while training restarts training with the new model."));
        model.disableProperty().bind(settings.compareProperty());
        settings.environmentProperty().addListener((obs, old, kind) -> {
            ModelKind selected = model.getValue();
            model.setItems(FXCollections.observableArrayList(ModelKind.values()));
            model.setButtonCell(new ModelCell(settings));
            model.setValue(selected);
        });

        compare.setId("compare-toggle");
        compare.selectedProperty().bindBidirectional(settings.compareProperty());
        compare.setTooltip(new Tooltip("Train Cooperator and Transformer side by side with the same seed, budget "
                + "and episode seeds; the chart overlays both."));

        train.setId("train-button");
        train.setTooltip(new Tooltip("Start training with these settings; a loaded agent of the same model is trained further."));
        train.setOnAction(event -> {
            commitTypedValues(settings);
            viewModel.train();
        });
        pause.setId("pause-button");
        pause.setTooltip(new Tooltip("Pause training (Space)."));
        pause.setOnAction(event -> viewModel.pause());
        resume.setId("resume-button");
        resume.setTooltip(new Tooltip("Resume training (Space)."));
        resume.setOnAction(event -> viewModel.resume());
        stop.setId("stop-button");
        stop.setTooltip(new Tooltip("Stop training; the best agent so far stays in the live view and can be saved."));
        stop.setOnAction(event -> viewModel.stop());
        var training = viewModel.stateProperty();
        train.disableProperty().bind(training.isNotEqualTo(TrainingState.IDLE));
        pause.disableProperty().bind(training.isNotEqualTo(TrainingState.RUNNING));
        resume.disableProperty().bind(training.isNotEqualTo(TrainingState.PAUSED));
        stop.disableProperty().bind(Bindings.createBooleanBinding(
                () -> training.get() != TrainingState.RUNNING && training.get() != TrainingState.PAUSED, training));

        seed.setId("seed-field");
        seed.setPrefColumnCount(6);
        seed.setTextFormatter(new TextFormatter<>(change -> change.getControlNewText().matches("-?\\d{0,18}") ? change : null));
        seed.setText(Long.toString(settings.seedProperty().get()));
        seed.textProperty().addListener((obs, old, text) -> {
            if (text.matches("-?\\d{1,18}")) {
                settings.seedProperty().set(Long.parseLong(text));
            }
        });
        seed.setTooltip(new Tooltip("Random seed of the run: the same seed gives the same curve on any number of threads."));

        configure(population, "population-spinner", 80, "Candidates per generation (CMA-ES lambda).");
        var populationValue = settings.populationProperty().asObject();
        var repsValue = settings.repsProperty().asObject();
        var sigmaValue = settings.sigmaProperty().asObject();
        var generationsValue = settings.generationsProperty().asObject();
        boundViews = List.of(populationValue, repsValue, sigmaValue, generationsValue);
        population.getValueFactory().valueProperty().bindBidirectional(populationValue);
        configure(reps, "reps-spinner", 64, "Rollouts per candidate; its fitness is their mean return.");
        reps.getValueFactory().valueProperty().bindBidirectional(repsValue);
        configure(sigma, "sigma-spinner", 80, "Initial CMA-ES step size.");
        sigma.getValueFactory().valueProperty().bindBidirectional(sigmaValue);
        configure(generations, "generations-spinner", 90, "Generations to train.");
        generations.getValueFactory().valueProperty().bindBidirectional(generationsValue);
        for (Spinner<?> spinner : List.of(population, reps, sigma, generations)) {
            spinner.disableProperty().bind(training.isNotEqualTo(TrainingState.IDLE));
        }
        environment.disableProperty().bind(training.isNotEqualTo(TrainingState.IDLE));
        compare.disableProperty().bind(training.isNotEqualTo(TrainingState.IDLE));

        speed.setId("speed-choice");
        speed.setValue(1.0);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(Locale.ROOT, "%sx", value < 1 ? value.toString() : String.valueOf(value.intValue()));
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("x", ""));
            }
        });
        speed.valueProperty().addListener((obs, old, value) -> {
            if (value != null && value >= LivePlayback.MIN_SPEED && value <= LivePlayback.MAX_SPEED) {
                viewModel.live().setSpeed(value);
            }
        });
        speed.setTooltip(new Tooltip("Playback speed of the live view relative to real time."));
        playbackPause.setId("playback-pause");
        playbackPause.selectedProperty().addListener((obs, old, on) -> viewModel.live().setPaused(on));
        playbackPause.setTooltip(new Tooltip("Pause the live view; training is not affected."));
        step.setId("step-button");
        step.setOnAction(event -> viewModel.live().step());
        step.setTooltip(new Tooltip("Advance the live episode by one step."));
        step.disableProperty().bind(playbackPause.selectedProperty().not());

        load.setId("load-button");
        load.setTooltip(new Tooltip("Load an agent file (Ctrl+O); you can also drop a file onto the window."));
        save.setId("save-button");
        save.setTooltip(new Tooltip("Save the agent in the live view (Ctrl+S)."));
        dark.setId("theme-toggle");
        dark.setTooltip(new Tooltip("Switch between the light and the dark theme."));
        overlay.setId("overlay-toggle");
        overlay.setTooltip(new Tooltip("Show frames per second and frame times over the live view."));

        // Seed and sigma sit on the second row so that the first fits the default 1500-pixel window.
        ToolBar trainingBar = new ToolBar(environment, model, compare, new Separator(), train, pause, resume, stop,
                new Separator(), new Label("Generations"), generations, new Label("Population"), population,
                new Label("Reps"), reps);
        trainingBar.setId("training-toolbar");
        ToolBar viewBar = new ToolBar(new Label("Seed"), seed, new Label("Sigma"), sigma, new Separator(),
                new Label("Speed"), speed, playbackPause, step, new Separator(), load, save, new Separator(), dark, overlay);
        viewBar.setId("view-toolbar");
        getChildren().addAll(trainingBar, viewBar);
    }

    private static <T> void configure(Spinner<T> spinner, String id, double width, String tooltip) {
        commitOnFocusLoss(spinner);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(width);
        spinner.setTooltip(new Tooltip(tooltip));
    }

    /** Shows a model with its parameter count for the selected environment. */
    private static final class ModelCell extends ListCell<ModelKind> {
        private final TrainingSettings settings;

        ModelCell(TrainingSettings settings) {
            this.settings = settings;
        }

        @Override
        protected void updateItem(ModelKind kind, boolean empty) {
            super.updateItem(kind, empty);
            if (empty || kind == null) {
                setText(null);
                return;
            }
            EnvironmentKind environment = settings.environmentProperty().get();
            int count = environment.spec(kind).parameterCount();
            setText(kind.displayName() + "  (" + count + " parameters)");
        }
    }

    /**
     * Copies what each settings spinner shows into the settings, so that a run always uses the
     * values on screen, whether or not the user pressed Enter after typing them.
     */
    void commitTypedValues(TrainingSettings settings) {
        commitText(population);
        commitText(reps);
        commitText(sigma);
        commitText(generations);
        settings.populationProperty().set(population.getValue());
        settings.repsProperty().set(reps.getValue());
        settings.sigmaProperty().set(sigma.getValue());
        settings.generationsProperty().set(generations.getValue());
    }

    /** Parses the spinner's editor text into its value; text that is not a number is replaced by the value. */
    private static <T> void commitText(Spinner<T> spinner) {
        SpinnerValueFactory<T> factory = spinner.getValueFactory();
        try {
            T value = factory.getConverter().fromString(spinner.getEditor().getText());
            if (value != null) {
                factory.setValue(value);
            }
        } catch (RuntimeException e) {
            // Not a number: the shown text is reset to the value below.
        }
        spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
    }

    /**
     * Commits the spinner's typed text when focus leaves, which the spinner otherwise ignores; text
     * that is not a number is replaced by the current value.
     */
    static <T> void commitOnFocusLoss(Spinner<T> spinner) {
        spinner.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                SpinnerValueFactory<T> factory = spinner.getValueFactory();
                try {
                    T value = factory.getConverter().fromString(spinner.getEditor().getText());
                    if (value != null) {
                        factory.setValue(value);
                    }
                } catch (RuntimeException e) {
                    spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
                }
            }
        });
    }
}
