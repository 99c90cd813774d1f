package org.cooperatorlab.app.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.cooperatorlab.app.ui.agents.AgentFileStore;
import org.cooperatorlab.app.ui.agents.RecentAgents;
import org.cooperatorlab.app.ui.agents.SavedAgentsFolder;
import org.cooperatorlab.app.ui.common.DaemonThreadExecutor;
import org.cooperatorlab.app.ui.common.ErrorReporter;
import org.cooperatorlab.app.ui.inspector.Quantity;
import org.cooperatorlab.app.ui.main.MainViewModel.TrainingState;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.Policies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window under Monocle headless, with real training, policies and agent files. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final long TIMEOUT_SECONDS = 60;
    private static final Path SNAPSHOTS = Path.of("target", "test-snapshots");

    private MainWindow window;
    private Preferences preferences;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        ErrorReporter errors = new ErrorReporter();
        DaemonThreadExecutor executor = new DaemonThreadExecutor();
        MainViewModel viewModel = new MainViewModel(executor, Platform::runLater, Policies::create, new AgentFileStore(), errors);
        preferences = Preferences.userRoot().node("org/cooperatorlab/test/main-window-" + System.nanoTime());
        window = new MainWindow(viewModel, executor, errors, new RecentAgents(preferences), SavedAgentsFolder.locate());
        TrainingSettings settings = viewModel.settings();
        settings.populationProperty().set(8);
        settings.repsProperty().set(1);
        settings.generationsProperty().set(2);
        window.show(stage);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> window.viewModel().stop());
        preferences.removeNode();
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new TimeoutException("timed out waiting for " + what);
        }
    }

    private void trainTwoGenerations(FxRobot robot) throws TimeoutException {
        robot.clickOn("#train-button");
        waitFor("two chart points", () -> window.chart().trackedRuns() == 1 && window.chart().drawnBestPoints(0) == 2);
        waitFor("the live agent", () -> !window.viewModel().playbacks().isEmpty()
                && window.viewModel().playbacks().get(0).hasAgent() && window.viewModel().playbacks().get(0).steps() > 0);
    }

    @Test
    void windowOpensWithItsControls(FxRobot robot) {
        assertEquals("Cooperator Lab", robot.window(0).getScene().getWindow() instanceof Stage stage ? stage.getTitle() : "");
        for (String id : new String[] {"#train-button", "#pause-button", "#stop-button", "#live-view", "#inspector",
                "#fitness-chart", "#sensor-panel", "#shipped-agents", "#status-bar", "#audit-button"}) {
            assertNotNull(robot.lookup(id).query(), id);
        }
    }

    @Test
    void twoGenerationsAddPointsToTheChart(FxRobot robot) throws TimeoutException {
        trainTwoGenerations(robot);

        assertEquals(2, window.chart().drawnBestPoints(0));
        waitFor("the run to end", () -> window.viewModel().stateProperty().get() == TrainingState.IDLE);
        assertEquals("generation 2 of 2", robot.lookup("#generation-label").queryAs(Label.class).getText());
    }

    @Test
    void shuffleChangesTheSensorOrderLabel(FxRobot robot) throws TimeoutException {
        trainTwoGenerations(robot);
        Label order = robot.lookup("#sensor-order-label").queryAs(Label.class);
        waitFor("the sensor order", () -> order.getText().contains("x_dot"));
        String before = order.getText();

        for (int i = 0; i < 5 && order.getText().equals(before); i++) {
            robot.clickOn("#shuffle-button");
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertNotEquals(before, order.getText());
    }

    @Test
    void keysShuffleAndPause(FxRobot robot) throws TimeoutException {
        window.viewModel().settings().generationsProperty().set(1000);
        robot.clickOn("#train-button");
        waitFor("the live agent", () -> !window.viewModel().playbacks().isEmpty()
                && window.viewModel().playbacks().get(0).hasAgent());
        Label order = robot.lookup("#sensor-order-label").queryAs(Label.class);
        waitFor("the sensor order", () -> order.getText().contains("x_dot"));
        String before = order.getText();

        for (int i = 0; i < 5 && order.getText().equals(before); i++) {
            robot.type(KeyCode.S);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertNotEquals(before, order.getText());

        robot.type(KeyCode.SPACE);
        assertEquals(TrainingState.PAUSED, window.viewModel().stateProperty().get());
        robot.type(KeyCode.SPACE);
        assertEquals(TrainingState.RUNNING, window.viewModel().stateProperty().get());
    }

    @Test
    void switchingModelRestartsTraining(FxRobot robot) throws TimeoutException {
        window.viewModel().settings().generationsProperty().set(1000);
        robot.clickOn("#train-button");
        waitFor("the first generation", () -> window.viewModel().latestSnapshot() != null);

        robot.interact(() -> window.viewModel().settings().modelProperty().set(ModelKind.TRANSFORMER));

        waitFor("the Transformer run", () -> window.viewModel().slotSpecs().get(0).kind() == ModelKind.TRANSFORMER
                && window.viewModel().stateProperty().get() == TrainingState.RUNNING
                && window.viewModel().latestSnapshot() != null);
        assertEquals(1, window.viewModel().slotSpecs().size());
    }

    @Test
    void agentLoadedDuringTrainingIsWatchedBesideIt(FxRobot robot) throws TimeoutException {
        window.viewModel().settings().generationsProperty().set(1000);
        robot.clickOn("#train-button");
        waitFor("the first generation", () -> window.viewModel().latestSnapshot() != null);
        Path shipped = SavedAgentsFolder.locate().resolve("cartpole-transformer-tang-ha-2021.json");

        robot.interact(() -> window.load(shipped));

        waitFor("the watched agent", () -> window.viewModel().slotLabels().size() == 2);
        assertEquals(TrainingState.RUNNING, window.viewModel().stateProperty().get());
        assertTrue(window.viewModel().slotLabels().get(1).contains("cartpole-transformer-tang-ha-2021.json"));
        int generation = window.viewModel().latestSnapshot().generation();
        waitFor("training to go on", () -> window.viewModel().latestSnapshot().generation() > generation);
    }

    @Test
    void shippedAgentLoads(FxRobot robot) throws TimeoutException {
        Path shipped = SavedAgentsFolder.locate().resolve("cartpole-transformer-tang-ha-2021.json");
        assertTrue(Files.isRegularFile(shipped), "shipped agent missing: " + shipped);

        // The list shows a few rows at a time, so scroll the shipped agent into view before clicking it.
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Path> list = robot.lookup("#shipped-agents").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.scrollTo(list.getItems().indexOf(list.getItems().stream()
                .filter(item -> item.toString().endsWith("cartpole-transformer-tang-ha-2021.json")).findFirst().orElseThrow())));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#shipped-agents .list-cell").match((Node cell) -> cell instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null && c.getItem().toString().endsWith("cartpole-transformer-tang-ha-2021.json"))
                .queryAs(Node.class));

        waitFor("the loaded agent", () -> window.viewModel().slotLabels().stream()
                .anyMatch(label -> label.contains("cartpole-transformer-tang-ha-2021.json")));
        assertEquals(913, window.viewModel().slotSpecs().get(0).parameterCount());
        waitFor("the agent to play", () -> window.viewModel().playbacks().get(0).steps() > 0);
    }

    @Test
    void corruptFileShowsDialogWhileTrainingContinues(FxRobot robot) throws TimeoutException, IOException {
        window.viewModel().settings().generationsProperty().set(1000);
        robot.clickOn("#train-button");
        waitFor("the first generation", () -> window.viewModel().latestSnapshot() != null);
        Path corrupt = folder.resolve("corrupt.json");
        Files.writeString(corrupt, "{\"format\": \"cooperator-lab-agent\", \"version\": 1, \"model\": [", StandardCharsets.UTF_8);

        robot.interact(() -> window.load(corrupt));

        waitFor("the error dialog", () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().contains("corrupt.json"), dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("model"), dialog.getContentText());
        int generationAtError = window.viewModel().latestSnapshot().generation();
        waitFor("training to go on", () -> window.viewModel().latestSnapshot().generation() > generationAtError);
        assertEquals(TrainingState.RUNNING, window.viewModel().stateProperty().get());
        robot.interact(() -> ((Window) dialog.getScene().getWindow()).hide());
    }

    @Test
    void liveViewAndHeatmapSnapshotsAreNotBlank(FxRobot robot) throws TimeoutException, IOException {
        trainTwoGenerations(robot);
        waitFor("a traced step", () -> window.viewModel().playbacks().get(0).lastTrace() != null);

        BufferedImage live = snapshot(robot, window.liveView().pane(0), "live-view.png");
        BufferedImage heatmap = snapshot(robot, window.inspector().heatmap(Quantity.K), "heatmap-k.png");

        assertTrue(distinctColours(live) > 20, "live view colours: " + distinctColours(live));
        assertTrue(distinctColours(heatmap) > 20, "heatmap colours: " + distinctColours(heatmap));
    }

    private static BufferedImage snapshot(FxRobot robot, Node node, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
        Files.createDirectories(SNAPSHOTS);
        ImageIO.write(buffered, "png", SNAPSHOTS.resolve(name).toFile());
        assertTrue(Files.size(SNAPSHOTS.resolve(name)) > 0);
        return buffered;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
