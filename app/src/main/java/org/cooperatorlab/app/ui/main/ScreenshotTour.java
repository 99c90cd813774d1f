package org.cooperatorlab.app.ui.main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.cooperatorlab.app.ui.agents.SavedAgentsFolder;
import org.cooperatorlab.app.ui.main.MainViewModel.TrainingState;
import org.cooperatorlab.model.ModelKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the real window through a short scripted session and saves screenshots for the
 * documentation: training one model, the inspector, compare mode, and the shipped Transformer
 * agent with its permutation audit and input traces in the dark theme. Writes the
 * frame statistics seen under that load to {@code frame-times.txt}, then exits the app.
 * Each step waits for a condition checked every 200 ms on the JavaFX thread, never by sleeping.
 */
public final class ScreenshotTour {

    /** The shipped agent shown in the last screenshot: Tang and Ha's released Transformer. */
    private static final String SHIPPED_AGENT = "cartpole-transformer-tang-ha-2021.json";
    /** Generations to wait for before each training screenshot. */
    private static final int GENERATIONS_BEFORE_SHOT = 14;
    /** Maximum wait for one step before the tour gives up, in checks of 200 ms. */
    private static final int MAX_CHECKS = 3000;
    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);

    private record Step(String name, BooleanSupplier ready, Runnable action) {
    }

    private final MainWindow window;
    private final Stage stage;
    private final Path folder;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> frameLines = new ArrayList<>();
    private int current;
    private int checks;
    private Timeline timeline;

    public ScreenshotTour(MainWindow window, Stage stage, Path folder) {
        this.window = window;
        this.stage = stage;
        this.folder = folder;
    }

    /** Starts the tour; it runs on the JavaFX thread and exits the app when done. */
    public void start() {
        MainViewModel viewModel = window.viewModel();
        TrainingSettings settings = viewModel.settings();
        stage.setWidth(1600);
        stage.setHeight(1000);
        long[] idleSince = new long[1];
        steps.add(new Step("measure idle", () -> true, () -> {
            window.liveView().setOverlayVisible(true);
            window.meter().resetPeaks();
            idleSince[0] = System.nanoTime();
        }));
        steps.add(new Step("idle frame times", () -> System.nanoTime() - idleSince[0] > 3_000_000_000L,
                () -> recordFrames("idle, no agent")));
        steps.add(new Step("start training", () -> true, () -> {
            window.liveView().requestFocus();
            settings.modelProperty().set(ModelKind.COOPERATOR);
            settings.populationProperty().set(64);
            settings.repsProperty().set(4);
            settings.generationsProperty().set(400);
            settings.compareProperty().set(false);
            viewModel.train();
        }));
        steps.add(new Step("shuffle", () -> generation(viewModel) >= GENERATIONS_BEFORE_SHOT, viewModel.live()::shuffleNow));
        steps.add(new Step("main window", () -> generation(viewModel) >= GENERATIONS_BEFORE_SHOT + 2, () -> {
            window.meter().resetPeaks();
            shoot(window.scene().getRoot(), "main-window-training.png");
        }));
        double[] dividers = new double[2];
        steps.add(new Step("widen inspector", () -> true, () -> {
            double[] positions = window.mainSplit().getDividerPositions();
            dividers[0] = positions[0];
            dividers[1] = positions[1];
            window.mainSplit().setDividerPositions(positions[0], 0.5);
        }));
        steps.add(new Step("inspector", () -> true, () -> {
            shoot(window.inspector().fullContent(), "inspector.png");
            window.mainSplit().setDividerPositions(dividers[0], dividers[1]);
        }));
        long[] loadSince = new long[1];
        steps.add(new Step("measure one run", () -> true, () -> {
            window.meter().resetPeaks();
            loadSince[0] = System.nanoTime();
        }));
        steps.add(new Step("frame times, one run", () -> System.nanoTime() - loadSince[0] > 5_000_000_000L,
                () -> recordFrames("one model training")));
        steps.add(new Step("stop", () -> true, viewModel::stop));
        steps.add(new Step("compare", () -> viewModel.stateProperty().get() == TrainingState.IDLE, () -> {
            settings.compareProperty().set(true);
            viewModel.train();
        }));
        steps.add(new Step("compare shot", () -> generation(viewModel) >= GENERATIONS_BEFORE_SHOT + 2, () -> {
            shoot(window.scene().getRoot(), "compare-mode.png");
            window.meter().resetPeaks();
        }));
        long[] compareSince = new long[1];
        steps.add(new Step("measure compare", () -> true, () -> compareSince[0] = System.nanoTime()));
        steps.add(new Step("frame times, compare", () -> System.nanoTime() - compareSince[0] > 5_000_000_000L,
                () -> recordFrames("two models training (compare mode)")));
        steps.add(new Step("stop compare", () -> true, viewModel::stop));
        Path shipped = SavedAgentsFolder.locate().resolve(SHIPPED_AGENT);
        steps.add(new Step("load shipped agent", () -> viewModel.stateProperty().get() == TrainingState.IDLE, () -> {
            if (Files.isRegularFile(shipped)) {
                window.load(shipped);
            } else {
                LOG.warn("Shipped agent {} is missing; the audit screenshot shows the last trained agent", shipped);
            }
        }));
        steps.add(new Step("audit", () -> !Files.isRegularFile(shipped) || viewModel.slotLabels().stream()
                .anyMatch(label -> label.contains(SHIPPED_AGENT)), () -> {
                    ((javafx.scene.control.ToggleButton) window.scene().lookup("#theme-toggle")).fire();
                    ((javafx.scene.control.TabPane) window.scene().lookup("#charts")).getSelectionModel().select(1);
                    ((javafx.scene.control.Button) window.scene().lookup("#audit-button")).fire();
                }));
        steps.add(new Step("dark shot", () -> !((javafx.scene.control.Label) window.scene().lookup("#audit-verdict"))
                .getText().isEmpty() && viewModel.playbacks().get(0).steps() > 300, () -> {
                    shoot(window.scene().getRoot(), "shipped-agent-dark.png");
                }));
        steps.add(new Step("finish", () -> true, this::finish));

        timeline = new Timeline(new KeyFrame(Duration.millis(200), event -> tick()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    private static int generation(MainViewModel viewModel) {
        var snapshot = viewModel.latestSnapshot();
        return snapshot == null ? 0 : snapshot.generation();
    }

    private void tick() {
        if (current >= steps.size()) {
            return;
        }
        Step step = steps.get(current);
        if (step.ready().getAsBoolean()) {
            LOG.info("Screenshot tour: {}", step.name());
            step.action().run();
            current++;
            checks = 0;
        } else if (++checks > MAX_CHECKS) {
            LOG.error("Screenshot tour gave up waiting for step '{}'", step.name());
            finish();
        }
    }

    private void shoot(Node node, String name) {
        try {
            Files.createDirectories(folder);
            WritableImage image = node.snapshot(null, null);
            Path file = folder.resolve(name);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            LOG.info("Saved {} ({} x {})", file, (int) image.getWidth(), (int) image.getHeight());
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name + " in " + folder, e);
        }
    }

    private void recordFrames(String load) {
        String line = String.format(Locale.ROOT, "%s, %d cores: %s; inspector redraws every %d frames", load,
                Runtime.getRuntime().availableProcessors(), window.meter().summary(), window.budget().stride());
        LOG.info("Frame times under load: {}", line);
        frameLines.add(line);
    }

    private void finish() {
        timeline.stop();
        window.viewModel().stop();
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve("frame-times.txt"), frameLines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("Could not write frame-times.txt in {}", folder, e);
        }
        Platform.exit();
    }
}
