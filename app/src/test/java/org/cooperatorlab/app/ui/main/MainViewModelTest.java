package org.cooperatorlab.app.ui.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cooperatorlab.app.ui.agents.AgentFileStore;
import org.cooperatorlab.app.ui.common.ErrorListener;
import org.cooperatorlab.app.ui.common.SameThreadExecutor;
import org.cooperatorlab.app.ui.main.MainViewModel.TrainingState;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.Policies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view model on a same-thread executor: a whole training run completes inside
 * {@link MainViewModel#train()}, so each test is deterministic and needs no sleeps.
 */
class MainViewModelTest {

    private final List<String> reported = new ArrayList<>();
    private MainViewModel viewModel;

    @TempDir
    Path folder;

    @BeforeEach
    void createViewModel() {
        ErrorListener errors = (headline, explanation, error) -> reported.add(headline + ": " + explanation);
        viewModel = new MainViewModel(new SameThreadExecutor(), Runnable::run, Policies::create, new AgentFileStore(), errors);
        TrainingSettings settings = viewModel.settings();
        settings.populationProperty().set(6);
        settings.repsProperty().set(1);
        settings.generationsProperty().set(2);
        settings.seedProperty().set(5);
    }

    @Test
    void trainingAddsOnePointPerGeneration() {
        viewModel.train();

        int added = viewModel.frame(0.0);

        assertEquals(2, added);
        assertEquals(2, viewModel.histories().get(0).size());
        assertEquals(TrainingState.IDLE, viewModel.stateProperty().get());
        assertEquals("generation 2 of 2", viewModel.generationTextProperty().get());
        assertEquals(1.0, viewModel.progressProperty().get());
        assertTrue(viewModel.messageProperty().get().startsWith("Training finished"), viewModel.messageProperty().get());
        assertTrue(reported.isEmpty(), reported.toString());
    }

    @Test
    void liveViewPlaysTheBestAgent() {
        viewModel.train();
        viewModel.frame(0.0);

        var playback = viewModel.playbacks().get(0);
        assertTrue(playback.hasAgent());
        assertArrayEquals(viewModel.latestSnapshot().bestAgentParameters(), playback.parameters());
        viewModel.frame(0.105);
        assertEquals(10, playback.steps());
    }

    @Test
    void compareTrainsBothModelsWithTheSameBudget() {
        viewModel.settings().compareProperty().set(true);
        viewModel.train();
        viewModel.frame(0.0);

        assertEquals(List.of(ModelKind.COOPERATOR, ModelKind.TRANSFORMER),
                viewModel.slotSpecs().stream().map(spec -> spec.kind()).toList());
        assertEquals(2, viewModel.histories().get(0).size());
        assertEquals(2, viewModel.histories().get(1).size());
        assertEquals(viewModel.playbacks().get(0).episodeSeed(), viewModel.playbacks().get(1).episodeSeed());
    }

    @Test
    void shuffleAppliesToEveryLiveAgent() {
        viewModel.settings().compareProperty().set(true);
        viewModel.train();
        viewModel.frame(0.0);
        List<String> before = viewModel.playbacks().get(0).sensorNames();

        for (int i = 0; i < 5 && viewModel.playbacks().get(0).sensorNames().equals(before); i++) {
            viewModel.live().shuffleNow();
        }

        assertNotEquals(before, viewModel.playbacks().get(0).sensorNames());
        assertEquals(viewModel.playbacks().get(0).sensorNames(), viewModel.playbacks().get(1).sensorNames());
    }

    @Test
    void moveSensorReordersTheSlots() {
        viewModel.train();
        viewModel.frame(0.0);

        viewModel.live().moveSensor(0, 4);

        assertEquals(List.of("x_dot", "cos_theta", "sin_theta", "theta_dot", "x"), viewModel.playbacks().get(0).sensorNames());
    }

    @Test
    void noiseSensorsReachTheLiveAgent() {
        viewModel.train();
        viewModel.frame(0.0);

        viewModel.live().setNoiseChannels(3);
        viewModel.frame(0.105);

        var playback = viewModel.playbacks().get(0);
        assertEquals(8, playback.sensorNames().size());
        assertEquals("noise_3", playback.sensorNames().get(7));
        assertEquals(8, playback.lastTrace().observation().length);
    }

    @Test
    void savedAgentLoadsBack() {
        viewModel.train();
        viewModel.frame(0.0);
        double[] trained = viewModel.playbacks().get(0).parameters();
        Path file = folder.resolve("agent.json");
        List<Path> saved = new ArrayList<>();

        assertTrue(viewModel.save(file, saved::add));
        assertEquals(List.of(file), saved);

        List<Path> loaded = new ArrayList<>();
        viewModel.load(file, loaded::add);

        assertEquals(List.of(file), loaded);
        assertTrue(reported.isEmpty(), reported.toString());
        assertEquals(1, viewModel.playbacks().size());
        assertArrayEquals(trained, viewModel.playbacks().get(0).parameters());
        assertTrue(viewModel.slotLabels().get(0).contains("agent.json"));
    }

    @Test
    void loadedAgentTrainsFurther() {
        viewModel.train();
        viewModel.frame(0.0);
        Path file = folder.resolve("agent.json");
        viewModel.save(file, path -> { });
        viewModel.load(file, path -> { });
        double[] loaded = viewModel.playbacks().get(0).parameters();

        viewModel.train();

        RunSlot slot = viewModel.slots().get(0);
        assertArrayEquals(loaded, slot.run().config().initialMean());
    }

    @Test
    void corruptFileIsReportedAndChangesNothing() throws IOException {
        viewModel.train();
        viewModel.frame(0.0);
        List<RunSlot> before = viewModel.slots();
        Path corrupt = folder.resolve("corrupt.json");
        Files.writeString(corrupt, "{\"format\": \"cooperator-lab-agent\", \"version\": 1, \"model\": {\"kind\": 7",
                StandardCharsets.UTF_8);
        List<Path> loaded = new ArrayList<>();

        viewModel.load(corrupt, loaded::add);

        assertTrue(loaded.isEmpty());
        assertEquals(1, reported.size());
        assertTrue(reported.get(0).startsWith("Could not load corrupt.json"), reported.get(0));
        assertTrue(reported.get(0).contains("training continues unchanged"), reported.get(0));
        assertEquals(before, viewModel.slots());
    }

    @Test
    void missingFileIsReported() {
        viewModel.load(folder.resolve("missing.json"), path -> { });

        assertEquals(1, reported.size());
        assertTrue(reported.get(0).contains("not found"), reported.get(0));
    }

    @Test
    void saveWithoutAgentIsRefused() {
        assertFalse(viewModel.save(folder.resolve("nothing.json"), path -> { }));
        assertFalse(Files.exists(folder.resolve("nothing.json")));
    }

    @Test
    void auditTargetNeedsAnAgent() {
        assertEquals(null, viewModel.auditTarget(0));
        viewModel.train();
        viewModel.frame(0.0);
        assertNotNull(viewModel.auditTarget(0));
    }

    @Test
    void durationsAreReadable() {
        assertEquals("42 s", MainViewModel.formatDuration(42));
        assertEquals("2 min 05 s", MainViewModel.formatDuration(125));
        assertEquals("1 h 01 min", MainViewModel.formatDuration(3700));
        assertEquals("unknown", MainViewModel.formatDuration(Double.NaN));
    }
}
