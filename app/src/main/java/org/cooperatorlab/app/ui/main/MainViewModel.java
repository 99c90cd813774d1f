package org.cooperatorlab.app.ui.main;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.app.training.GenerationSnapshot;
import org.cooperatorlab.app.training.TrainingConfig;
import org.cooperatorlab.app.training.TrainingRun;
import org.cooperatorlab.app.ui.agents.AgentData;
import org.cooperatorlab.app.ui.agents.AgentStore;
import org.cooperatorlab.app.ui.common.BackgroundExecutor;
import org.cooperatorlab.app.ui.common.ErrorListener;
import org.cooperatorlab.app.ui.live.LivePlayback;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.Policy;
import org.cooperatorlab.model.io.TrainingMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state and commands of the main window, free of controls so tests can drive it directly.
 *
 * <p>Training runs on the {@link BackgroundExecutor}, never on the JavaFX thread, and reaches this
 * model only through the snapshots each {@link RunSlot} receives. {@link #frame(double)}, called
 * once per animation frame on the JavaFX thread, moves new statistics into the histories, offers
 * newer best agents to the live playbacks, advances them, and updates the status properties.
 * With a {@link org.cooperatorlab.app.ui.common.SameThreadExecutor} a whole run finishes inside
 * {@link #train()}, so tests need no sleeps.
 */
public final class MainViewModel {

    /** State of the training controls. */
    public enum TrainingState { IDLE, RUNNING, PAUSED, STOPPING }

    /** Steps of history each playback keeps: 4 s at CartPole's 10 ms. */
    static final int HISTORY_STEPS = 400;
    /** Seed of the live episodes; equal for every slot so compared agents play the same episodes. */
    static final long PLAYBACK_SEED = 20_211_206L;

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final TrainingSettings settings = new TrainingSettings();
    private final BackgroundExecutor executor;
    private final Consumer<Runnable> fxThread;
    private final Function<ModelSpec, Policy> policies;
    private final AgentStore store;
    private final ErrorListener errors;

    private final List<RunSlot> slots = new ArrayList<>();
    private final ReadOnlyLongWrapper slotsVersion = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(TrainingState.IDLE);
    private final ReadOnlyStringWrapper generationText = new ReadOnlyStringWrapper("no training yet");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper rolloutsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeLeftText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready. Press Train or load an agent.");

    private final LiveControls live = new LiveControls(this::slots);
    private boolean restartPending;

    /**
     * @param executor runs training and file input/output off the JavaFX thread
     * @param fxThread runs an action on the JavaFX thread ({@code Platform::runLater} in the app)
     * @param policies creates a policy for a model specification
     * @param store reads and writes agent files
     * @param errors shows errors to the user
     */
    public MainViewModel(BackgroundExecutor executor, Consumer<Runnable> fxThread, Function<ModelSpec, Policy> policies,
            AgentStore store, ErrorListener errors) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.store = Objects.requireNonNull(store, "store");
        this.errors = Objects.requireNonNull(errors, "errors");
        settings.modelProperty().addListener((obs, old, kind) -> switchModelWhileTraining());
    }

    /** Restarts a running single-model training with the newly selected model, so one click switches the model. */
    private void switchModelWhileTraining() {
        if (settings.compareProperty().get() || state.get() == TrainingState.IDLE || state.get() == TrainingState.STOPPING) {
            return;
        }
        restartPending = true;
        stop();
        message.set("Switching to " + settings.modelProperty().get().displayName() + "...");
    }

    public TrainingSettings settings() {
        return settings;
    }

    /** The playback and sensor controls, applied to every live agent. */
    public LiveControls live() {
        return live;
    }

    // ---- training commands ----

    /**
     * Starts training the selected model, or Cooperator and Transformer side by side in compare
     * mode, with the same seed and budget. A loaded agent of the selected model is trained further:
     * its parameters become the initial mean. Does nothing while a run is active.
     */
    public void train() {
        if (state.get() != TrainingState.IDLE) {
            return;
        }
        EnvironmentKind environment = settings.environmentProperty().get();
        List<ModelKind> kinds = settings.compareProperty().get()
                ? List.of(ModelKind.COOPERATOR, ModelKind.TRANSFORMER)
                : List.of(settings.modelProperty().get());
        double[] initialMean = continuedParameters(environment, kinds);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / kinds.size());

        List<RunSlot> newSlots = new ArrayList<>();
        for (ModelKind kind : kinds) {
            ModelSpec spec = environment.spec(kind);
            newSlots.add(new RunSlot(environment, spec, kind.displayName(), newPlayback(environment)));
        }
        replaceSlots(newSlots);
        state.set(TrainingState.RUNNING);
        message.set("Training " + String.join(" and ", kinds.stream().map(ModelKind::displayName).toList())
                + " on " + environment.displayName() + ".");
        for (RunSlot slot : newSlots) {
            TrainingConfig config = new TrainingConfig(environment, slot.spec(), settings.generationsProperty().get(),
                    settings.populationProperty().get(), settings.repsProperty().get(), settings.sigmaProperty().get(),
                    settings.seedProperty().get(), threads, environment.defaultSeparable(), false, 0, initialMean);
            TrainingRun run = new TrainingRun(config);
            slot.startTraining(run);
            LOG.info("Starting training of {} on {}: {} generations, population {}, {} reps, sigma {}, seed {}",
                    slot.spec().kind().id(), environment, config.generations(), config.population(), config.reps(),
                    config.sigma(), config.seed());
            executor.execute("training-" + slot.spec().kind().id(), () -> runTraining(slot, run));
        }
    }

    private double[] continuedParameters(EnvironmentKind environment, List<ModelKind> kinds) {
        if (kinds.size() != 1 || slots.isEmpty()) {
            return null;
        }
        RunSlot shown = slots.get(0);
        double[] parameters = shown.playback().parameters();
        if (shown.savedSource() != null && parameters != null && shown.environment() == environment
                && shown.spec().equals(environment.spec(kinds.get(0)))) {
            LOG.info("Training {} further from {}", kinds.get(0).id(), shown.savedSource());
            return parameters;
        }
        return null;
    }

    private static void runTraining(RunSlot slot, TrainingRun run) {
        Throwable failure = null;
        try {
            run.run(slot::publish);
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("Training of {} failed", slot.label(), e);
        } finally {
            slot.finish(failure);
        }
    }

    /** Pauses every active run; rollouts already started finish first. */
    public void pause() {
        if (state.get() == TrainingState.RUNNING) {
            slots.stream().filter(RunSlot::training).forEach(slot -> slot.run().pause());
            state.set(TrainingState.PAUSED);
            message.set("Training paused.");
        }
    }

    public void resume() {
        if (state.get() == TrainingState.PAUSED) {
            slots.stream().filter(RunSlot::training).forEach(slot -> slot.run().resume());
            state.set(TrainingState.RUNNING);
            message.set("Training resumed.");
        }
    }

    /** Space: pauses a running training, resumes a paused one. */
    public void togglePause() {
        if (state.get() == TrainingState.RUNNING) {
            pause();
        } else if (state.get() == TrainingState.PAUSED) {
            resume();
        }
    }

    /** Cancels every active run; the live view keeps the best agent found so far. */
    public void stop() {
        if (state.get() == TrainingState.RUNNING || state.get() == TrainingState.PAUSED) {
            slots.stream().filter(RunSlot::training).forEach(slot -> slot.run().cancel());
            state.set(TrainingState.STOPPING);
            message.set("Stopping; the best agent so far stays in the live view.");
        }
    }

    // ---- per-frame update ----

    /**
     * Called once per frame on the JavaFX thread with the wall-clock time since the last frame:
     * takes the newest snapshots, advances the live playbacks, updates the status.
     *
     * @return the number of generations added to the histories
     */
    public int frame(double elapsedSeconds) {
        int added = 0;
        for (RunSlot slot : slots) {
            added += slot.drainPoints();
            offerNewestAgent(slot);
            slot.playback().advance(elapsedSeconds);
            Throwable failure = slot.takeFailure();
            if (failure != null) {
                errors.report("Training of " + slot.label() + " failed",
                        failure.getMessage() == null ? failure.toString() : failure.getMessage(), failure);
            }
        }
        updateState();
        updateStatus();
        return added;
    }

    /**
     * Offers the run's best agent to the live view when it changed: the distribution mean after the
     * generation with the best population maximum so far, as the reference training code defines it.
     */
    private void offerNewestAgent(RunSlot slot) {
        GenerationSnapshot snapshot = slot.latest();
        if (snapshot == null || snapshot.bestGeneration() <= slot.offeredGeneration()) {
            return;
        }
        slot.setOfferedGeneration(snapshot.bestGeneration());
        String source = String.format(Locale.ROOT, "best agent: mean after generation %d (its best candidate %.1f)",
                snapshot.bestGeneration(), snapshot.bestCandidateFitness());
        LivePlayback playback = slot.playback();
        if (playback.hasAgent()) {
            playback.offerParameters(snapshot.bestAgentParameters(), source);
        } else {
            playback.setAgent(policies.apply(slot.spec()), snapshot.bestAgentParameters(), source);
            live.configure(playback);
        }
    }

    private void updateState() {
        TrainingState current = state.get();
        if (current == TrainingState.IDLE) {
            return;
        }
        boolean anyTraining = slots.stream().anyMatch(RunSlot::training);
        if (!anyTraining) {
            state.set(TrainingState.IDLE);
            GenerationSnapshot last = slots.isEmpty() ? null : slots.get(0).latest();
            String reasons = last == null || last.stopReasons() == null || last.stopReasons().isEmpty() ? ""
                    : " Stop reasons: " + String.join(", ", last.stopReasons()) + ".";
            message.set((current == TrainingState.STOPPING ? "Training stopped." : "Training finished.") + reasons);
            if (restartPending) {
                restartPending = false;
                train();
            }
        }
    }

    private void updateStatus() {
        GenerationSnapshot first = slots.isEmpty() ? null : slots.get(0).latest();
        if (first == null) {
            if (state.get() == TrainingState.IDLE && !slots.isEmpty() && slots.get(0).savedSource() != null) {
                generationText.set("watching " + slots.get(0).savedSource());
                progress.set(0);
                rolloutsText.set("");
                timeLeftText.set("");
            } else if (state.get() != TrainingState.IDLE) {
                TrainingRun run = slots.isEmpty() ? null : slots.get(0).run();
                double within = run == null ? 0 : run.generationProgress();
                generationText.set(String.format(Locale.ROOT, "generation 0 of %d (first generation %.0f %% done)",
                        settings.generationsProperty().get(), 100 * within));
                progress.set(within / Math.max(1, settings.generationsProperty().get()));
                rolloutsText.set(state.get() == TrainingState.PAUSED ? "paused" : "");
                timeLeftText.set("");
            }
            return;
        }
        int generation = first.generation();
        int total = Math.max(1, first.generations());
        generationText.set("generation " + generation + " of " + total);
        progress.set((double) generation / total);
        double rollouts = 0;
        for (RunSlot slot : slots) {
            GenerationSnapshot snapshot = slot.latest();
            if (snapshot != null && slot.training()) {
                rollouts += snapshot.rolloutsPerSecond();
            }
        }
        rolloutsText.set(state.get() == TrainingState.PAUSED ? "paused"
                : rollouts > 0 ? String.format(Locale.ROOT, "%.0f rollouts/s", rollouts) : "");
        if (state.get() == TrainingState.PAUSED) {
            timeLeftText.set("");
        } else if (slots.stream().anyMatch(RunSlot::training) && generation > 0) {
            double perGeneration = first.elapsedSeconds() / generation;
            timeLeftText.set("time left " + formatDuration(perGeneration * (total - generation)));
        } else {
            timeLeftText.set("");
        }
    }

    static String formatDuration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "unknown";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    // ---- agents ----

    /**
     * Reads an agent file on the background executor and shows the agent. While training runs,
     * the loaded agent is watched beside the training agents and the training is left alone;
     * otherwise it replaces what the window shows and Train continues training it. A file that
     * cannot be read or is invalid is reported in a dialog naming the problem, and nothing else
     * changes.
     *
     * @param onLoaded called on the JavaFX thread after a successful load, for the recent list
     */
    public void load(Path path, Consumer<Path> onLoaded) {
        message.set("Loading " + path.getFileName() + "...");
        executor.execute("load-agent", () -> {
            try {
                AgentData agent = store.read(path);
                EnvironmentKind environment = environmentOf(agent.environmentId());
                fxThread.accept(() -> {
                    showLoaded(path, agent, environment);
                    onLoaded.accept(path);
                });
            } catch (Exception e) {
                LOG.warn("Could not load agent file {}", path, e);
                fxThread.accept(() -> {
                    message.set("Could not load " + path.getFileName() + ".");
                    errors.report("Could not load " + path.getFileName(), problem(e), e);
                });
            }
        });
    }

    private static String problem(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text + "\n\nThe file was not loaded; any running training continues unchanged.";
    }

    private static EnvironmentKind environmentOf(String id) {
        for (EnvironmentKind kind : EnvironmentKind.values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("environment '" + id + "' is not available in this app");
    }

    private void showLoaded(Path path, AgentData agent, EnvironmentKind environment) {
        String name = path.getFileName().toString();
        LivePlayback playback = newPlayback(environment);
        RunSlot slot = new RunSlot(environment, agent.spec(), agent.spec().kind().displayName() + " (" + name + ")", playback);
        slot.setSavedSource(name);
        slot.setLoadedTraining(agent.training());
        playback.setAgent(policies.apply(agent.spec()), agent.parameters(), "loaded from " + name);
        live.configure(playback);
        if (state.get() == TrainingState.IDLE) {
            settings.environmentProperty().set(environment);
            settings.modelProperty().set(agent.spec().kind());
            settings.compareProperty().set(false);
            replaceSlots(List.of(slot));
        } else {
            List<RunSlot> next = new ArrayList<>(slots.stream().filter(s -> s.savedSource() == null).toList());
            next.add(slot);
            replaceSlots(next);
        }
        message.set("Loaded " + name + ": " + agent.spec().kind().displayName() + ", "
                + agent.spec().parameterCount() + " parameters.");
        LOG.info("Loaded agent {} ({}, {} parameters)", path, agent.spec().kind().id(), agent.spec().parameterCount());
    }

    /**
     * Returns whether the first live view has an agent to save; if not, sets a status message
     * explaining why nothing can be saved.
     */
    public boolean hasAgentToSave() {
        if (slots.isEmpty() || !slots.get(0).playback().hasAgent()) {
            message.set("Nothing to save yet: train a model or load an agent first.");
            return false;
        }
        return true;
    }

    /**
     * Writes the agent of the first live view to {@code path} on the background executor.
     *
     * @param onSaved called on the JavaFX thread after a successful write
     * @return false if there is no agent to save
     */
    public boolean save(Path path, Consumer<Path> onSaved) {
        if (!hasAgentToSave()) {
            return false;
        }
        RunSlot slot = slots.get(0);
        AgentData agent = new AgentData(slot.environment().id(), slot.spec(), slot.playback().parameters(),
                trainingMetadata(slot), slot.playback().parameterSource());
        executor.execute("save-agent", () -> {
            try {
                store.write(path, agent);
                LOG.info("Saved agent {} to {}", slot.label(), path);
                fxThread.accept(() -> {
                    message.set("Saved " + path.getFileName() + ".");
                    onSaved.accept(path);
                });
            } catch (Exception e) {
                fxThread.accept(() -> errors.report("Could not save " + path.getFileName(),
                        (e.getMessage() == null ? e.toString() : e.getMessage()) + "\n\nNo file was changed.", e));
            }
        });
        return true;
    }

    /** Builds the training record a saved file stores: from the run's snapshot and settings, or the loaded file's. */
    private TrainingMetadata trainingMetadata(RunSlot slot) {
        GenerationSnapshot snapshot = slot.latest();
        TrainingConfig config = slot.run() == null ? null : slot.run().config();
        if (snapshot == null || config == null) {
            return slot.loadedTraining();
        }
        return new TrainingMetadata(snapshot.bestGeneration(), finiteOrZero(snapshot.bestCandidateFitness()),
                finiteOrZero(snapshot.bestGenerationMeanFitness()), config.seed(),
                new TrainingMetadata.EvolutionSettings(config.population(), config.reps(), config.sigma(), config.separable()),
                Instant.now(), null);
    }

    private static double finiteOrZero(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    // ---- playback and sensors ----

    private LivePlayback newPlayback(EnvironmentKind environment) {
        LivePlayback playback = new LivePlayback(environment.create(), HISTORY_STEPS, PLAYBACK_SEED);
        live.configure(playback);
        return playback;
    }

    private void replaceSlots(List<RunSlot> newSlots) {
        for (RunSlot old : slots) {
            if (!newSlots.contains(old)) {
                old.playback().close();
            }
        }
        slots.clear();
        slots.addAll(newSlots);
        slots.forEach(slot -> live.configure(slot.playback()));
        slotsVersion.set(slotsVersion.get() + 1);
    }

    /**
     * The agent of slot {@code index} for the permutation audit, or null when that slot has no agent.
     */
    public org.cooperatorlab.app.ui.audit.AuditView.Target auditTarget(int index) {
        if (index < 0 || index >= slots.size() || !slots.get(index).playback().hasAgent()) {
            return null;
        }
        RunSlot slot = slots.get(index);
        ModelSpec spec = slot.spec();
        EnvironmentKind environment = slot.environment();
        return new org.cooperatorlab.app.ui.audit.AuditView.Target(slot.label(),
                () -> policies.apply(spec), slot.playback().parameters(), environment::create);
    }

    // ---- read-only state for the views ----

    List<RunSlot> slots() {
        return List.copyOf(slots);
    }

    /** The live playbacks, one per slot, in slot order. */
    public List<LivePlayback> playbacks() {
        return slots.stream().map(RunSlot::playback).toList();
    }

    /** The labels of the slots, in slot order. */
    public List<String> slotLabels() {
        return slots.stream().map(RunSlot::label).toList();
    }

    /** The model of each slot, in slot order. */
    public List<ModelSpec> slotSpecs() {
        return slots.stream().map(RunSlot::spec).toList();
    }

    /** Grows whenever the set of slots changes, so the views rebuild their panels. */
    public ReadOnlyLongProperty slotsVersionProperty() {
        return slotsVersion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty generationTextProperty() {
        return generationText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rolloutsTextProperty() {
        return rolloutsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLeftTextProperty() {
        return timeLeftText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Shows a line in the status bar. */
    public void setMessage(String text) {
        message.set(text);
    }

    /** The fitness history of each slot, in slot order. */
    public List<org.cooperatorlab.app.ui.chart.FitnessHistory> histories() {
        return slots.stream().map(RunSlot::history).toList();
    }

    /** The latest snapshot of the first slot, or null. */
    public GenerationSnapshot latestSnapshot() {
        return slots.isEmpty() ? null : slots.get(0).latest();
    }
}
