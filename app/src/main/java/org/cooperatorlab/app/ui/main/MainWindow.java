package org.cooperatorlab.app.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.cooperatorlab.app.ui.agents.AgentsPanel;
import org.cooperatorlab.app.ui.agents.RecentAgents;
import org.cooperatorlab.app.ui.agents.SavedAgentsFolder;
import org.cooperatorlab.app.ui.audit.AuditView;
import org.cooperatorlab.app.ui.chart.FitnessChart;
import org.cooperatorlab.app.ui.chart.FitnessHistory;
import org.cooperatorlab.app.ui.common.BackgroundExecutor;
import org.cooperatorlab.app.ui.common.ErrorReporter;
import org.cooperatorlab.app.ui.common.Palette;
import org.cooperatorlab.app.ui.common.Theme;
import org.cooperatorlab.app.ui.inspector.InspectorView;
import org.cooperatorlab.app.ui.live.FrameMeter;
import org.cooperatorlab.app.ui.live.LivePlayback;
import org.cooperatorlab.app.ui.live.LiveView;
import org.cooperatorlab.app.ui.live.RedrawBudget;
import org.cooperatorlab.app.ui.sensors.InputTraces;
import org.cooperatorlab.app.ui.sensors.SensorPanel;
import org.cooperatorlab.model.ModelSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: toolbars on top, the sensor, agent and audit controls on the left, the live
 * view in the centre with the fitness chart and input traces below it, the inspector on the
 * right, and the status bar at the bottom. An {@link AnimationTimer} drives everything once per
 * frame on the JavaFX thread.
 */
public final class MainWindow {

    /** Seconds between frame-time log lines while the overlay is on. */
    private static final double FRAME_LOG_PERIOD = 10;
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    private final MainViewModel viewModel;
    private final ErrorReporter errors;
    private final RecentAgents recent;
    private final Path agentsFolder;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final MainToolbar toolbar;
    private final LiveView liveView = new LiveView();
    private final FitnessChart chart = new FitnessChart();
    private final InputTraces inputs = new InputTraces();
    private final InspectorView inspector = new InspectorView();
    private final SensorPanel sensors;
    private final AgentsPanel agents;
    private final ComboBox<String> shown = new ComboBox<>();
    private final ComboBox<String> inspected = new ComboBox<>();
    private final FrameMeter meter = new FrameMeter();
    private final RedrawBudget budget = new RedrawBudget();
    private final Tab inputsTab;
    private final SplitPane main;
    private Object drawnInputs;
    private Theme theme = Theme.LIGHT;
    private long drawnSlotsVersion = -1;
    private long drawnSensorVersion = -1;
    private long lastFrame = -1;
    private long lastFrameLog;
    private AnimationTimer timer;

    public MainWindow(MainViewModel viewModel, BackgroundExecutor executor, ErrorReporter errors, RecentAgents recent,
            Path agentsFolder) {
        this.viewModel = viewModel;
        this.errors = errors;
        this.recent = recent;
        this.agentsFolder = agentsFolder;
        toolbar = new MainToolbar(viewModel);
        sensors = new SensorPanel(viewModel.live());
        agents = new AgentsPanel(agentsFolder, recent, this::load);
        AuditView audit = new AuditView(() -> viewModel.auditTarget(Math.max(0, inspected.getSelectionModel().getSelectedIndex())),
                executor, javafx.application.Platform::runLater, errors);

        VBox left = new VBox(12, sensors, agents, audit);
        left.getStyleClass().add("side-panel");
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setPrefWidth(290);
        leftScroll.setMinWidth(240);

        shown.setId("shown-choice");
        shown.setTooltip(new Tooltip("Which agents the live view shows in compare mode."));
        shown.valueProperty().addListener((obs, old, value) -> rebuildLiveEntries());
        inspected.setId("inspected-choice");
        inspected.setTooltip(new Tooltip("Which agent the inspector and the input traces follow."));
        shown.setMaxWidth(300);
        inspected.setMaxWidth(300);
        Label showLabel = new Label("Show");
        Label inspectLabel = new Label("Inspect");
        showLabel.setMinWidth(Label.USE_PREF_SIZE);
        inspectLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox liveBar = new HBox(8, showLabel, shown, inspectLabel, inspected);
        liveBar.getStyleClass().add("form-row");

        VBox.setVgrow(liveView, Priority.ALWAYS);
        VBox liveBox = new VBox(4, liveBar, liveView);
        HBox.setHgrow(chart, Priority.ALWAYS);
        inputsTab = new Tab("Inputs", inputs);
        TabPane below = new TabPane(new Tab("Fitness", chart), inputsTab);
        below.setId("charts");
        below.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        chart.setPrefHeight(260);
        SplitPane centre = new SplitPane(liveBox, below);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.6);

        inspector.setPrefWidth(380);
        inspector.setMinWidth(300);
        main = new SplitPane(leftScroll, centre, inspector);
        main.setDividerPositions(0.18, 0.74);
        SplitPane.setResizableWithParent(leftScroll, false);
        SplitPane.setResizableWithParent(inspector, false);

        root.setTop(toolbar);
        root.setCenter(main);
        root.setBottom(new StatusBar(viewModel));
        root.setId("main-window");
        scene = new Scene(root, 1500, 940);
        theme.applyTo(scene);
        liveView.setFrameMeter(meter);

        wireToolbar();
        wireKeys();
        wireDragAndDrop();
    }

    private void wireToolbar() {
        toolbar.load.setOnAction(event -> chooseAndLoad());
        toolbar.save.setOnAction(event -> chooseAndSave());
        toolbar.dark.selectedProperty().addListener((obs, old, on) -> setTheme(on ? Theme.DARK : Theme.LIGHT));
        toolbar.overlay.selectedProperty().addListener((obs, old, on) -> {
            liveView.setOverlayVisible(on);
            meter.resetPeaks();
        });
    }

    private void wireKeys() {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (scene.getFocusOwner() instanceof TextInputControl || event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            if (event.getCode() == KeyCode.SPACE) {
                viewModel.togglePause();
                event.consume();
            } else if (event.getCode() == KeyCode.S) {
                viewModel.live().shuffleNow();
                event.consume();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseAndLoad);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::chooseAndSave);
    }

    private void wireDragAndDrop() {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                load(files.get(0).toPath());
            }
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
    }

    /** Loads an agent file in the background; errors open a dialog and change nothing else. */
    public void load(Path path) {
        viewModel.load(path, loaded -> {
            recent.add(loaded);
            agents.refresh();
        });
    }

    private void chooseAndLoad() {
        FileChooser chooser = agentChooser("Load agent");
        File file = chooser.showOpenDialog(scene.getWindow());
        if (file != null) {
            load(file.toPath());
        }
    }

    private void chooseAndSave() {
        if (!viewModel.hasAgentToSave()) {
            return;
        }
        FileChooser chooser = agentChooser("Save agent");
        List<ModelSpec> specs = viewModel.slotSpecs();
        String model = specs.isEmpty() ? "agent" : specs.get(0).kind().id();
        // The saved agent is the distribution mean of the best generation, so the name carries that generation.
        int generation = viewModel.latestSnapshot() == null ? 0 : viewModel.latestSnapshot().bestGeneration();
        chooser.setInitialFileName(String.format(Locale.ROOT, "%s-%s-gen%d.json", model,
                viewModel.settings().environmentProperty().get().id(), generation));
        File file = chooser.showSaveDialog(scene.getWindow());
        if (file != null) {
            viewModel.save(file.toPath(), saved -> {
                recent.add(saved);
                agents.refresh();
            });
        }
    }

    private FileChooser agentChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Agent files (*.json)", "*.json"));
        File folder = agentsFolder.toFile();
        if (!folder.isDirectory() && !folder.mkdirs()) {
            LOG.warn("Could not create the agents folder {}", folder);
        }
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private void setTheme(Theme newTheme) {
        theme = newTheme;
        theme.applyTo(scene);
        Palette palette = Palette.of(theme);
        inspector.setPalette(palette);
        inputs.setPalette(palette);
        drawnInputs = null;
    }

    /** Shows the window on {@code stage} and starts the frame loop. */
    public void show(Stage stage) {
        stage.setTitle("Cooperator Lab");
        stage.setScene(scene);
        errors.setOwner(stage);
        stage.show();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        timer.start();
        stage.setOnHidden(event -> timer.stop());
    }

    /** Runs one frame: the view model's update, then a redraw of every view that changed. */
    void frame(long now) {
        long start = System.nanoTime();
        double interval = lastFrame < 0 ? 0 : (now - lastFrame) / 1e9;
        double elapsed = Math.min(0.1, interval);
        boolean secondaryDue = budget.frame(interval * 1e3);
        lastFrame = now;
        viewModel.frame(elapsed);
        if (viewModel.slotsVersionProperty().get() != drawnSlotsVersion) {
            drawnSlotsVersion = viewModel.slotsVersionProperty().get();
            rebuildSlots();
        }
        chart.refresh();
        LivePlayback followed = followedPlayback();
        if (followed != null && followed.sensorVersion() != drawnSensorVersion) {
            drawnSensorVersion = followed.sensorVersion();
            sensors.showSensors(followed.sensorNames(), followed.environment().inner().observationSize());
        }
        Palette palette = Palette.of(theme);
        liveView.render(palette);
        int index = followedIndex();
        List<ModelSpec> specs = viewModel.slotSpecs();
        if (secondaryDue) {
            inspector.update(followed, index < specs.size() ? specs.get(index).kind() : null);
        }
        Object inputsState = followed == null ? null : followed.lastTrace();
        if (secondaryDue && inputsTab.isSelected() && (inputsState == null || inputsState != drawnInputs)) {
            drawnInputs = inputsState;
            inputs.draw(followed == null ? null : followed.history(), followed == null ? List.of() : followed.sensorNames(),
                    followed == null ? 0.01 : followed.environment().timeStep());
        }
        meter.frame(now, System.nanoTime() - start);
        if (liveView.overlayVisible() && (now - lastFrameLog) / 1e9 > FRAME_LOG_PERIOD) {
            lastFrameLog = now;
            LOG.info("Frame times: {}; inspector redraws every {} frames", meter.summary(), budget.stride());
        }
    }

    private int followedIndex() {
        return Math.max(0, inspected.getSelectionModel().getSelectedIndex());
    }

    private LivePlayback followedPlayback() {
        List<LivePlayback> playbacks = viewModel.playbacks();
        int index = followedIndex();
        return index < playbacks.size() ? playbacks.get(index) : null;
    }

    private void rebuildSlots() {
        List<String> labels = viewModel.slotLabels();
        List<String> choices = new ArrayList<>();
        if (labels.size() > 1) {
            choices.add("All");
        }
        choices.addAll(labels);
        shown.setItems(FXCollections.observableArrayList(choices));
        shown.getSelectionModel().selectFirst();
        inspected.setItems(FXCollections.observableArrayList(labels));
        inspected.getSelectionModel().selectFirst();
        chart.clear();
        List<FitnessHistory> histories = viewModel.histories();
        for (int i = 0; i < histories.size(); i++) {
            chart.track(histories.get(i));
        }
        List<ModelSpec> specs = viewModel.slotSpecs();
        sensors.setNoiseAllowed(!specs.isEmpty() && specs.stream().allMatch(spec -> spec.kind().permutationInvariant()));
        drawnSensorVersion = -1;
        rebuildLiveEntries();
    }

    private void rebuildLiveEntries() {
        List<LivePlayback> playbacks = viewModel.playbacks();
        List<String> labels = viewModel.slotLabels();
        String choice = shown.getValue();
        List<LiveView.Entry> entries = new ArrayList<>();
        for (int i = 0; i < playbacks.size(); i++) {
            if (choice == null || choice.equals("All") || choice.equals(labels.get(i))) {
                entries.add(new LiveView.Entry(playbacks.get(i), labels.get(i), Math.min(i, 1)));
            }
        }
        liveView.setEntries(entries);
    }

    /** Returns the split pane of the left panel, the centre and the inspector, to resize them. */
    public SplitPane mainSplit() {
        return main;
    }

    public Scene scene() {
        return scene;
    }

    public LiveView liveView() {
        return liveView;
    }

    public InspectorView inspector() {
        return inspector;
    }

    public FitnessChart chart() {
        return chart;
    }

    public RedrawBudget budget() {
        return budget;
    }

    public FrameMeter meter() {
        return meter;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }
}
