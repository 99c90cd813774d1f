package org.cooperatorlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cooperatorlab.app.agents.Agents;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.app.training.GenerationSnapshot;
import org.cooperatorlab.app.training.TrainingConfig;
import org.cooperatorlab.app.training.TrainingLog;
import org.cooperatorlab.app.training.TrainingRun;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.physics.SensorWrapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: runs CMA-ES and writes the best agent and a per-generation CSV log. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train an agent with CMA-ES and save the best one: the distribution mean of the generation with the best population maximum.",
            "Fitness is the mean training return over --reps episodes. For the Ants it sums max(0, reward without the alive bonus) per step, "
                + "as the reference training does, so it differs from the raw return that evaluate reports."})
final class TrainCommand implements Callable<Integer> {

    /** How long Ctrl+C waits for the best agent so far to be written. */
    private static final long SAVE_ON_INTERRUPT_SECONDS = 30;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--env", defaultValue = "cartpole-swingup", description = "Environment: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = EnvironmentIds.class)
    String environment;

    @Option(names = "--model", defaultValue = "cooperator", description = "Sensory layer: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = ModelIds.class)
    String model;

    @Option(names = "--generations", defaultValue = "50", description = "CMA-ES generations. Default: ${DEFAULT-VALUE}.")
    int generations;

    @Option(names = "--population", defaultValue = "128", description = "Candidates per generation. Default: ${DEFAULT-VALUE}.")
    int population;

    @Option(names = "--reps", defaultValue = "16", description = "Episodes per candidate; fitness is their mean return. Default: ${DEFAULT-VALUE}.")
    int reps;

    @Option(names = "--sigma", defaultValue = "0.1", description = "Initial CMA-ES step size. Default: ${DEFAULT-VALUE}.")
    double sigma;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the candidates and episodes. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", description = "Rollout threads. Default: every core.")
    Integer threads;

    @Option(names = "--separable", negatable = true, description = "Use the diagonal CMA-ES. Default: on for the Ants, off for CartPole.")
    Boolean separable;

    @Option(names = "--shuffle-at-reset", description = "Draw a new sensor order for every training episode.")
    boolean shuffleAtReset;

    @Option(names = "--noise-channels", defaultValue = "0", description = "Noise sensors added during training, 0 to 1000. Default: ${DEFAULT-VALUE}.")
    int noiseChannels;

    @Option(names = "--init", description = "Continue from this agent file: its parameters become the initial mean.")
    Path init;

    @Option(names = "--out", description = "Agent file to write (JSON). Default: none.")
    Path out;

    @Option(names = "--log", description = "CSV file with one row per generation. Default: none.")
    Path log;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        EnvironmentKind environmentKind = EnvironmentKind.fromId(environment);
        ModelKind modelKind = ModelKind.fromId(model);
        if (noiseChannels < 0 || noiseChannels > SensorWrapper.MAX_NOISE_CHANNELS) {
            throw new IllegalArgumentException("--noise-channels must be between 0 and " + SensorWrapper.MAX_NOISE_CHANNELS
                    + ", was " + noiseChannels);
        }
        int sensors = environmentKind.observationSize() + noiseChannels;
        ModelSpec modelSpec = environmentKind.spec(modelKind, sensors);
        double[] initialMean = null;
        if (init != null) {
            Agents.Loaded start = Agents.load(init);
            if (!start.spec().equals(modelSpec)) {
                throw new IllegalArgumentException("--init agent " + init + " was built as " + describe(start.spec())
                        + " on " + start.environment().id() + ", but these options build " + describe(modelSpec) + " on "
                        + environment + "; match --env, --model and --noise-channels to the agent (see info --agent)");
            }
            initialMean = start.parameters();
        }
        TrainingConfig config = new TrainingConfig(environmentKind, modelSpec, generations, population, reps, sigma, seed,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                separable == null ? environmentKind.defaultSeparable() : separable, shuffleAtReset, noiseChannels, initialMean);
        Agents.checkWritable(out, "--out");
        Agents.checkWritable(log, "--log");
        Agents.checkDistinct(out, "--out", log, "--log");

        stdout.printf(Locale.ROOT, "Training %s on %s: %d parameters, population %d, reps %d, sigma %s, seed %d, %d threads%n",
                modelKind.displayName(), environmentKind.displayName(), modelSpec.parameterCount(), population, reps, sigma, seed,
                config.threads());
        TrainingRun run = new TrainingRun(config);
        // Ctrl+C cancels the run at the next rollout boundary; the hook then waits for the best
        // agent so far to be saved, because the JVM exits as soon as its shutdown hooks return.
        CountDownLatch saved = new CountDownLatch(1);
        Thread interruptHook = new Thread(() -> {
            run.cancel();
            try {
                saved.await(SAVE_ON_INTERRUPT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cancel-training");
        Runtime.getRuntime().addShutdownHook(interruptHook);
        try {
            return train(config, run, stdout, err);
        } finally {
            saved.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(interruptHook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already shutting down because of Ctrl+C, and the hook is waiting for this save.
            }
        }
    }

    private int train(TrainingConfig config, TrainingRun run, PrintWriter stdout, PrintWriter err) throws IOException {
        ProgressBar bar = new ProgressBar(err, generations);
        GenerationSnapshot last;
        try (TrainingLog csv = log == null ? null : TrainingLog.create(log)) {
            last = run.run(snapshot -> {
                if (csv != null) {
                    csv.append(snapshot);
                }
                bar.update(snapshot.generation(), String.format(Locale.ROOT, "gen %d/%d best %.1f mean %.1f sigma %.4f %.1fs/gen left %s",
                        snapshot.generation(), snapshot.generations(), snapshot.bestFitness(), snapshot.meanFitness(),
                        snapshot.sigma(), snapshot.generationSeconds(), ProgressBar.duration(snapshot.secondsLeft())));
            });
        } finally {
            bar.finish();
        }
        if (last == null) {
            err.println("error: training was cancelled before the first generation finished; no agent was saved");
            return 1;
        }
        if (!Double.isFinite(last.bestCandidateFitness())) {
            err.println("error: no candidate produced a finite return (CMA-ES stopped: " + last.stopReasons()
                    + "); no agent was saved. Try a smaller --sigma, such as 0.1");
            return 1;
        }
        String outcome = "finished";
        if (!last.stopReasons().isEmpty()) {
            outcome = "stopped: " + last.stopReasons();
        } else if (last.cancelled()) {
            outcome = "cancelled";
        }
        stdout.printf(Locale.ROOT, "Best population maximum %.2f at generation %d; %s%n",
                last.bestCandidateFitness(), last.bestGeneration(), outcome);
        if (out != null) {
            Agents.save(out, config, last);
            stdout.println("Saved the distribution mean of generation " + last.bestGeneration() + " to " + out);
        } else {
            stdout.println("No --out given, so the trained agent was not saved");
        }
        return 0;
    }

    private static String describe(ModelSpec spec) {
        return spec.kind().id() + " for " + spec.observationSize() + " sensors (" + spec.parameterCount() + " parameters)";
    }

    /** Completion candidates for --env. */
    static final class EnvironmentIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(EnvironmentKind.values()).map(EnvironmentKind::id).iterator();
        }
    }

    /** Completion candidates for --model. */
    static final class ModelIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ModelKind.values()).map(ModelKind::id).iterator();
        }
    }
}
