package org.cooperatorlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cooperatorlab.app.agents.Agents;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.app.training.GenerationSnapshot;
import org.cooperatorlab.app.training.TrainingConfig;
import org.cooperatorlab.app.training.TrainingLog;
import org.cooperatorlab.app.training.TrainingRun;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: runs CMA-ES and writes the best agent and a per-generation CSV log. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train an agent with CMA-ES and save the best one (the distribution mean of the generation with the best population maximum).")
final class TrainCommand implements Callable<Integer> {

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

    @Option(names = "--threads", description = "Rollout threads. Default: every core (${sys:cooperator.cores}).")
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

    static {
        System.setProperty("cooperator.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        EnvironmentKind environmentKind = EnvironmentKind.fromId(environment);
        ModelKind modelKind = ModelKind.fromId(model);
        int sensors = environmentKind.observationSize() + noiseChannels;
        ModelSpec modelSpec = environmentKind.spec(modelKind, sensors);
        double[] initialMean = null;
        if (init != null) {
            Agents.Loaded start = Agents.load(init);
            if (!start.spec().equals(modelSpec)) {
                throw new IllegalArgumentException("--init agent " + init + " has model " + start.spec().kind().id()
                        + " with " + start.spec().parameterCount() + " parameters, which does not match --model " + model
                        + " on " + environment + " (" + modelSpec.parameterCount() + " parameters)");
            }
            initialMean = start.parameters();
        }
        TrainingConfig config = new TrainingConfig(environmentKind, modelSpec, generations, population, reps, sigma, seed,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                separable == null ? environmentKind.defaultSeparable() : separable, shuffleAtReset, noiseChannels, initialMean);
        Agents.checkWritable(out, "--out");
        Agents.checkWritable(log, "--log");

        stdout.printf(Locale.ROOT, "Training %s on %s: %d parameters, population %d, reps %d, sigma %s, seed %d, %d threads%n",
                modelKind.displayName(), environmentKind.displayName(), modelSpec.parameterCount(), population, reps, sigma, seed,
                config.threads());
        TrainingRun run = new TrainingRun(config);
        Thread interruptHook = new Thread(run::cancel, "cancel-training");
        Runtime.getRuntime().addShutdownHook(interruptHook);
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
            try {
                Runtime.getRuntime().removeShutdownHook(interruptHook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already shutting down because of Ctrl+C; the hook has cancelled the run.
            }
        }
        if (last == null) {
            err.println("error: training was cancelled before the first generation finished; nothing was saved");
            return 1;
        }
        stdout.printf(Locale.ROOT, "Best population maximum %.2f at generation %d; %s%n",
                last.bestCandidateFitness(), last.bestGeneration(),
                last.stopReasons().isEmpty() ? (last.cancelled() ? "cancelled" : "finished") : "stopped: " + last.stopReasons());
        if (out != null) {
            Agents.save(out, config, last);
            stdout.println("Saved agent to " + out);
        }
        return 0;
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
