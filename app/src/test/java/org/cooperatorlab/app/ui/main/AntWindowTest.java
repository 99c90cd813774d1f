package org.cooperatorlab.app.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.app.ui.agents.AgentFileStore;
import org.cooperatorlab.app.ui.agents.RecentAgents;
import org.cooperatorlab.app.ui.agents.SavedAgentsFolder;
import org.cooperatorlab.app.ui.common.DaemonThreadExecutor;
import org.cooperatorlab.app.ui.common.ErrorReporter;
import org.cooperatorlab.app.ui.inspector.Quantity;
import org.cooperatorlab.app.ui.live.Ant3dView;
import org.cooperatorlab.app.ui.live.LivePlayback;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.Policies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Training, replaying and inspecting a Cooperator on each Ant through the real main window. The
 * permutation audit with the Ants' sensors is in {@code AntPermutationAuditTest}: the window's
 * audit of 50 permutations takes too long for a unit test on a busy machine.
 */
@ExtendWith(ApplicationExtension.class)
class AntWindowTest {

    private static final long TIMEOUT_SECONDS = 60;
    private static final Path SNAPSHOTS = Path.of("target", "test-snapshots");

    private MainWindow window;
    private Preferences preferences;

    @Start
    void start(Stage stage) {
        ErrorReporter errors = new ErrorReporter();
        DaemonThreadExecutor executor = new DaemonThreadExecutor();
        MainViewModel viewModel = new MainViewModel(executor, Platform::runLater, Policies::create, new AgentFileStore(), errors);
        preferences = Preferences.userRoot().node("org/cooperatorlab/test/ant-window-" + System.nanoTime());
        window = new MainWindow(viewModel, executor, errors, new RecentAgents(preferences), SavedAgentsFolder.locate());
        TrainingSettings settings = viewModel.settings();
        settings.populationProperty().set(6);
        settings.repsProperty().set(1);
        settings.generationsProperty().set(1);
        settings.modelProperty().set(ModelKind.COOPERATOR);
        window.show(stage);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> window.viewModel().stop());
        preferences.removeNode();
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new TimeoutException("timed out waiting for " + what);
        }
    }

    @ParameterizedTest
    @EnumSource(value = EnvironmentKind.class, names = {"ANT2D", "ANT3D"})
    @SuppressWarnings("unchecked")
    void antTrainsPlaysAndIsInspected(EnvironmentKind kind, FxRobot robot) throws TimeoutException, IOException {
        ComboBox<EnvironmentKind> choice = robot.lookup("#environment-choice").queryAs(ComboBox.class);
        assertTrue(choice.getItems().contains(kind), "the toolbar offers " + kind);
        robot.interact(() -> choice.getSelectionModel().select(kind));
        assertEquals(kind, window.viewModel().settings().environmentProperty().get());

        robot.clickOn("#train-button");
        waitFor("the live agent", () -> !window.viewModel().playbacks().isEmpty()
                && window.viewModel().playbacks().get(0).hasAgent() && window.viewModel().playbacks().get(0).steps() > 2);
        LivePlayback playback = window.viewModel().playbacks().get(0);
        assertEquals(kind.observationSize(), playback.sensorNames().size());
        assertEquals(kind == EnvironmentKind.ANT3D, window.liveView().view3d(0) != null, "a 3D view only for the 3D ant");
        if (kind == EnvironmentKind.ANT3D) {
            assertEquals(Ant3dView.supported(), window.liveView().view3d(0).threeD());
        }

        ListView<String> sensors = robot.lookup("#sensor-list").queryAs(ListView.class);
        waitFor("the sensor list", () -> sensors.getItems().size() == kind.observationSize());
        robot.clickOn("#shuffle-button");
        waitFor("a traced step after the shuffle", () -> playback.lastTrace() != null);
        robot.interact(() -> window.inspector().update(playback, ModelKind.COOPERATOR));
        assertTrue(window.inspector().heatmap(Quantity.K).isVisible());
        assertTrue(window.inspector().heatmap(Quantity.R).colorLimit() > 0, "the R heatmap has data for every sensor");
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.scene().getRoot().snapshot(null, null));
        Files.createDirectories(SNAPSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", SNAPSHOTS.resolve("main-window-" + kind.id() + ".png").toFile());
    }
}
