package org.cooperatorlab.app.ui.main;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.app.training.GenerationSnapshot;
import org.cooperatorlab.app.training.TrainingRun;
import org.cooperatorlab.app.ui.chart.FitnessHistory;
import org.cooperatorlab.app.ui.live.LivePlayback;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.io.TrainingMetadata;

/**
 * One agent the window shows: its live playback, its fitness history and, while it trains, its
 * training run.
 *
 * <p>Threading: the training thread only calls {@link #publish(GenerationSnapshot)} and sets the
 * volatile end fields. Everything else is read and written on the JavaFX thread. Snapshots reach
 * the JavaFX thread through two channels: the latest snapshot, with its parameters, through an
 * {@link AtomicReference} that a newer one overwrites (so a slow frame never queues parameter
 * vectors), and the per-generation statistics through a queue of small records, so the chart
 * loses no generation however far the frames fall behind.
 */
final class RunSlot {

    /** The statistics of one generation, without parameters. */
    record Point(int generation, double best, double mean, double worst) {
    }

    private final EnvironmentKind environment;
    private final ModelSpec spec;
    private final String label;
    private final FitnessHistory history;
    private final LivePlayback playback;
    private final AtomicReference<GenerationSnapshot> latest = new AtomicReference<>();
    private final ConcurrentLinkedQueue<Point> points = new ConcurrentLinkedQueue<>();
    private TrainingRun run;
    private volatile boolean finished = true;
    private volatile Throwable failure;
    private boolean failureReported;
    private int offeredGeneration;
    private String savedSource;
    private TrainingMetadata loadedTraining;

    RunSlot(EnvironmentKind environment, ModelSpec spec, String label, LivePlayback playback) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.label = label;
        this.history = new FitnessHistory(label);
        this.playback = Objects.requireNonNull(playback, "playback");
    }

    EnvironmentKind environment() {
        return environment;
    }

    ModelSpec spec() {
        return spec;
    }

    String label() {
        return label;
    }

    FitnessHistory history() {
        return history;
    }

    LivePlayback playback() {
        return playback;
    }

    /** Called on the training thread for every generation. */
    void publish(GenerationSnapshot snapshot) {
        points.add(new Point(snapshot.generation(), snapshot.bestFitness(), snapshot.meanFitness(), snapshot.worstFitness()));
        latest.set(snapshot);
    }

    /** Moves the queued generation statistics into the history; returns how many were added. */
    int drainPoints() {
        int added = 0;
        Point point;
        while ((point = points.poll()) != null) {
            if (history.add(point.generation(), point.best(), point.mean(), point.worst())) {
                added++;
            }
        }
        return added;
    }

    GenerationSnapshot latest() {
        return latest.get();
    }

    void startTraining(TrainingRun newRun) {
        run = newRun;
        failure = null;
        failureReported = false;
        finished = false;
    }

    TrainingRun run() {
        return run;
    }

    boolean training() {
        return run != null && !finished;
    }

    /** Called on the training thread when the run returns or throws. */
    void finish(Throwable error) {
        failure = error;
        finished = true;
    }

    boolean finished() {
        return finished;
    }

    /** The error that ended training, once, or null. */
    Throwable takeFailure() {
        if (failure == null || failureReported) {
            return null;
        }
        failureReported = true;
        return failure;
    }

    int offeredGeneration() {
        return offeredGeneration;
    }

    void setOfferedGeneration(int generation) {
        offeredGeneration = generation;
    }

    /** Where a loaded agent came from, or null for an agent trained in this window. */
    String savedSource() {
        return savedSource;
    }

    void setSavedSource(String source) {
        savedSource = source;
    }

    /** The training record of a loaded agent, or null. */
    TrainingMetadata loadedTraining() {
        return loadedTraining;
    }

    void setLoadedTraining(TrainingMetadata training) {
        loadedTraining = training;
    }
}
