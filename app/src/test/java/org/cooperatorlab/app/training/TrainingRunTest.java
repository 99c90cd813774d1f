package org.cooperatorlab.app.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.junit.jupiter.api.Test;

class TrainingRunTest {

    private static TrainingConfig smallRun(ModelKind kind, int threads) {
        ModelSpec spec = EnvironmentKind.CARTPOLE_SWINGUP.spec(kind);
        return new TrainingConfig(EnvironmentKind.CARTPOLE_SWINGUP, spec, 3, 8, 2, 0.1, 42, threads, false, false, 0, null);
    }

    private static List<GenerationSnapshot> train(TrainingConfig config) {
        List<GenerationSnapshot> snapshots = new ArrayList<>();
        new TrainingRun(config).run(snapshots::add);
        return snapshots;
    }

    @Test
    void curveIndependentOfThreadCount() {
        for (ModelKind kind : new ModelKind[] {ModelKind.COOPERATOR, ModelKind.TRANSFORMER}) {
            List<GenerationSnapshot> one = train(smallRun(kind, 1));
            List<GenerationSnapshot> two = train(smallRun(kind, 2));
            assertEquals(3, one.size());
            assertEquals(one.size(), two.size());
            for (int g = 0; g < one.size(); g++) {
                String at = kind.id() + " generation " + (g + 1);
                assertEquals(one.get(g).bestFitness(), two.get(g).bestFitness(), 0.0, at + " best");
                assertEquals(one.get(g).meanFitness(), two.get(g).meanFitness(), 0.0, at + " mean");
                assertEquals(one.get(g).worstFitness(), two.get(g).worstFitness(), 0.0, at + " worst");
                assertEquals(one.get(g).sigma(), two.get(g).sigma(), 0.0, at + " sigma");
                assertArrayEquals(one.get(g).bestAgentParameters(), two.get(g).bestAgentParameters(), 0.0, at + " agent");
            }
        }
    }

    @Test
    void snapshotsAreOrderedAndConsistent() {
        List<GenerationSnapshot> snapshots = train(smallRun(ModelKind.COOPERATOR, 2));
        for (int g = 0; g < snapshots.size(); g++) {
            GenerationSnapshot s = snapshots.get(g);
            assertEquals(g + 1, s.generation());
            assertTrue(s.worstFitness() <= s.meanFitness(), "worst <= mean");
            assertTrue(s.meanFitness() <= s.bestFitness(), "mean <= best");
            assertTrue(s.bestCandidateFitness() >= s.bestFitness(), "best candidate ever is at least this generation's best");
            assertEquals(EnvironmentKind.CARTPOLE_SWINGUP.spec(ModelKind.COOPERATOR).parameterCount(), s.bestAgentParameters().length);
            assertTrue(s.rolloutsPerSecond() > 0);
        }
        assertTrue(snapshots.get(snapshots.size() - 1).finished());
    }

    @Test
    void differentSeedsGiveDifferentCurves() {
        GenerationSnapshot a = train(smallRun(ModelKind.TRANSFORMER, 2)).get(0);
        TrainingConfig other = new TrainingConfig(EnvironmentKind.CARTPOLE_SWINGUP,
                EnvironmentKind.CARTPOLE_SWINGUP.spec(ModelKind.TRANSFORMER), 1, 8, 2, 0.1, 43, 2, false, false, 0, null);
        GenerationSnapshot b = train(other).get(0);
        assertTrue(a.bestFitness() != b.bestFitness(), "seeds 42 and 43 should differ");
    }

    @Test
    void cancelReturnsLastSnapshotMarkedCancelled() throws InterruptedException {
        TrainingConfig config = smallRun(ModelKind.TRANSFORMER, 2).withGenerations(1000);
        TrainingRun run = new TrainingRun(config);
        CountDownLatch firstGeneration = new CountDownLatch(1);
        GenerationSnapshot[] result = new GenerationSnapshot[1];
        Thread trainer = new Thread(() -> result[0] = run.run(snapshot -> firstGeneration.countDown()));
        trainer.start();
        assertTrue(firstGeneration.await(60, TimeUnit.SECONDS), "first generation finishes");
        run.cancel();
        trainer.join(60_000);
        assertNotNull(result[0]);
        assertTrue(result[0].cancelled());
        assertTrue(result[0].generation() < 1000);
        assertTrue(result[0].finished());
    }

    @Test
    void pausedRunMakesNoProgressUntilResumed() throws InterruptedException {
        TrainingRun run = new TrainingRun(smallRun(ModelKind.TRANSFORMER, 1).withGenerations(3));
        run.pause();
        List<GenerationSnapshot> seen = new ArrayList<>();
        Thread trainer = new Thread(() -> run.run(seen::add));
        trainer.start();
        trainer.join(300);
        assertTrue(trainer.isAlive(), "a paused run is still running");
        assertTrue(run.latest() == null, "no generation completes while paused from the start");
        run.resume();
        trainer.join(60_000);
        assertEquals(3, seen.size());
    }

    @Test
    void configRejectsBadValuesNamingTheField() {
        ModelSpec spec = EnvironmentKind.CARTPOLE_SWINGUP.spec(ModelKind.COOPERATOR);
        IllegalArgumentException population = assertThrows(IllegalArgumentException.class,
                () -> new TrainingConfig(EnvironmentKind.CARTPOLE_SWINGUP, spec, 5, 1, 2, 0.1, 1, 1, false, false, 0, null));
        assertTrue(population.getMessage().contains("population"), population.getMessage());
        assertTrue(population.getMessage().contains("was 1"), population.getMessage());
        IllegalArgumentException sigma = assertThrows(IllegalArgumentException.class,
                () -> new TrainingConfig(EnvironmentKind.CARTPOLE_SWINGUP, spec, 5, 8, 2, -0.1, 1, 1, false, false, 0, null));
        assertTrue(sigma.getMessage().contains("sigma"), sigma.getMessage());
        ModelSpec feedForward = EnvironmentKind.CARTPOLE_SWINGUP.spec(ModelKind.FEEDFORWARD);
        IllegalArgumentException sensors = assertThrows(IllegalArgumentException.class,
                () -> new TrainingConfig(EnvironmentKind.CARTPOLE_SWINGUP, feedForward, 5, 8, 2, 0.1, 1, 1, false, false, 3, null));
        assertTrue(sensors.getMessage().contains("fixed number of sensors"), sensors.getMessage());
        IllegalArgumentException mean = assertThrows(IllegalArgumentException.class,
                () -> new TrainingConfig(EnvironmentKind.CARTPOLE_SWINGUP, spec, 5, 8, 2, 0.1, 1, 1, false, false, 0, new double[3]));
        assertTrue(mean.getMessage().contains("initial mean"), mean.getMessage());
    }

    @Test
    void noiseChannelsTrainPermutationInvariantModels() {
        TrainingConfig config = new TrainingConfig(EnvironmentKind.CARTPOLE_SWINGUP,
                EnvironmentKind.CARTPOLE_SWINGUP.spec(ModelKind.COOPERATOR), 1, 4, 1, 0.1, 5, 2, false, true, 7, null);
        GenerationSnapshot snapshot = train(config).get(0);
        assertTrue(Double.isFinite(snapshot.bestFitness()));
    }
}
