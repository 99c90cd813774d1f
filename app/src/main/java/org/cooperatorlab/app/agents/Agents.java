package org.cooperatorlab.app.agents;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.app.training.GenerationSnapshot;
import org.cooperatorlab.app.training.TrainingConfig;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.io.AgentFile;
import org.cooperatorlab.model.io.AgentFileException;
import org.cooperatorlab.model.io.AgentFiles;
import org.cooperatorlab.model.io.AtomicFiles;
import org.cooperatorlab.model.io.EnvironmentSpec;
import org.cooperatorlab.model.io.TrainingMetadata;
import org.cooperatorlab.physics.SensorWrapper;

/** Loads and saves agent files for the app and the command line, and ties them to an environment. */
public final class Agents {

    /**
     * An agent file that was read, validated and matched to an environment this build supports.
     *
     * @param path where it was read from
     * @param file the file's content
     * @param environment the environment named by the file
     */
    public record Loaded(Path path, AgentFile file, EnvironmentKind environment) {
        public ModelSpec spec() {
            return file.model();
        }

        /** Returns a copy of the flat parameters. */
        public double[] parameters() {
            return file.parameters();
        }

        /** Returns the file name without folders, for lists and titles. */
        public String name() {
            return String.valueOf(path.getFileName());
        }
    }

    private Agents() {
    }

    /**
     * Reads an agent file and checks that this build can run it.
     *
     * @throws AgentFileException if the content is rejected, with a message that names the field
     * @throws IOException if the file is missing or unreadable, with a message that names it
     */
    public static Loaded load(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("agent file not found: " + path);
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException("agent file is not a regular file: " + path);
        }
        AgentFile file = AgentFiles.read(path);
        EnvironmentKind environment;
        try {
            environment = EnvironmentKind.fromId(file.environment().id());
        } catch (IllegalArgumentException e) {
            throw new IOException(path.getFileName() + ": environment.id " + e.getMessage());
        }
        checkObservationNames(path, file, environment);
        ModelSpec spec = file.model();
        if (spec.actionSize() != environment.actionSize()) {
            throw new IOException(path.getFileName() + ": model.actionSize is " + spec.actionSize() + " but "
                    + environment.displayName() + " takes " + environment.actionSize() + " actions");
        }
        if (!spec.kind().permutationInvariant() && spec.observationSize() < environment.observationSize()) {
            throw new IOException(path.getFileName() + ": model.observationSize is " + spec.observationSize() + " but "
                    + environment.displayName() + " has " + environment.observationSize() + " sensors");
        }
        return new Loaded(path, file, environment);
    }

    /**
     * Checks that the file names the environment's sensors in their natural order, followed by
     * {@code noise_1}, {@code noise_2} and so on for the noise sensors the model was built with.
     */
    private static void checkObservationNames(Path path, AgentFile file, EnvironmentKind environment) throws IOException {
        List<String> names = file.environment().observationNames();
        List<String> expected = environment.observationNames();
        if (names.size() < expected.size()) {
            throw new IOException(path.getFileName() + ": environment.observationNames has " + names.size() + " names but "
                    + environment.displayName() + " has " + expected.size() + " sensors: " + expected);
        }
        for (int i = 0; i < names.size(); i++) {
            String want = i < expected.size() ? expected.get(i) : "noise_" + (i - expected.size() + 1);
            if (!names.get(i).equals(want)) {
                throw new IOException(path.getFileName() + ": environment.observationNames[" + i + "] is '" + names.get(i)
                        + "' but " + environment.id() + " expects '" + want + "' there");
            }
        }
        int noise = names.size() - expected.size();
        if (noise > SensorWrapper.MAX_NOISE_CHANNELS) {
            throw new IOException(path.getFileName() + ": environment.observationNames lists " + noise
                    + " noise sensors, more than the " + SensorWrapper.MAX_NOISE_CHANNELS + " supported");
        }
    }

    /**
     * Writes the run's best agent (the distribution mean of its best generation) atomically, with the
     * training metadata.
     */
    public static void save(Path path, TrainingConfig config, GenerationSnapshot snapshot) throws IOException {
        save(path, config, snapshot, snapshot.bestAgentParameters(), null);
    }

    /**
     * Writes an agent file atomically: a failure leaves any existing file unchanged.
     *
     * @param parameters the parameters to store, in {@code config.spec()} layout
     * @param name a name for the agent, or null
     */
    public static void save(Path path, TrainingConfig config, GenerationSnapshot snapshot, double[] parameters, String name)
            throws IOException {
        TrainingMetadata training = new TrainingMetadata(snapshot.bestGeneration(), finiteOrZero(snapshot.bestCandidateFitness()),
                finiteOrZero(snapshot.bestGenerationMeanFitness()), config.seed(),
                new TrainingMetadata.EvolutionSettings(config.population(), config.reps(), config.sigma(), config.separable()),
                Instant.now(), name);
        AgentFile file = new AgentFile(config.spec(), environmentSpec(config.environment(), config.spec()), parameters, training, null);
        AgentFiles.write(path, file);
    }

    /** Returns the environment description stored in a file: its sensors, then the noise sensors the model was built for. */
    public static EnvironmentSpec environmentSpec(EnvironmentKind environment, ModelSpec spec) {
        List<String> names = new ArrayList<>(environment.observationNames());
        for (int q = 1; names.size() < spec.observationSize(); q++) {
            names.add("noise_" + q);
        }
        return new EnvironmentSpec(environment.id(), names.subList(0, spec.observationSize()));
    }

    private static double finiteOrZero(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    /** Lines describing an agent: environment, model, sizes, parameter count, training and provenance. */
    public static List<String> describe(Loaded agent) {
        AgentFile file = agent.file();
        ModelSpec spec = file.model();
        List<String> lines = new ArrayList<>();
        lines.add("file:         " + agent.path());
        lines.add("environment:  " + agent.environment().id() + " (" + agent.environment().displayName() + ")");
        lines.add("observations: " + String.join(", ", file.environment().observationNames()));
        lines.add("model:        " + spec.kind().id() + " (" + spec.kind().displayName() + ", "
                + (spec.kind().permutationInvariant() ? "permutation invariant" : "not permutation invariant") + ")");
        lines.add("parameters:   " + spec.parameterCount());
        lines.add(String.format(Locale.ROOT, "sizes:        N = %d sensors, A = %d actions, M = %d queries, d = %d, E = %d, "
                + "%d hidden head layers, projection bias %s, 1/sqrt(d) scaling %s",
                spec.observationSize(), spec.actionSize(), spec.queries(), spec.messageSize(), spec.encodingSize(),
                spec.headHiddenLayers(), spec.projectionBias() ? "on" : "off", spec.scaled() ? "on" : "off"));
        if (spec.kind().hasContext() && spec.kind() != org.cooperatorlab.model.ModelKind.COOPERATOR_AUTHORS) {
            lines.add("context:      " + spec.context().code() + " (P proximal, D distal, U universal)");
        }
        if (spec.kind() == org.cooperatorlab.model.ModelKind.FEEDFORWARD) {
            lines.add("hidden:       2 x " + spec.feedForwardHidden() + " units");
        }
        TrainingMetadata training = file.training();
        if (training != null) {
            lines.add(String.format(Locale.ROOT, "training:     distribution mean after generation %d, whose population had best "
                    + "fitness %.2f and mean fitness %.2f; seed %d, saved %s%s",
                    training.generation(), training.bestFitness(), training.meanFitness(), training.seed(), training.date(),
                    training.modelName() == null ? "" : ", name " + training.modelName()));
            TrainingMetadata.EvolutionSettings es = training.evolution();
            lines.add(String.format(Locale.ROOT, "evolution:    %sCMA-ES, population %d, reps %d, initial sigma %s",
                    es.separable() ? "separable " : "", es.populationSize(), es.reps(), es.initialSigma()));
        }
        if (file.provenance() != null) {
            if (file.provenance().description() != null) {
                lines.add("description:  " + file.provenance().description());
            }
            if (file.provenance().source() != null) {
                lines.add("source:       " + file.provenance().source());
            }
            if (file.provenance().licence() != null) {
                lines.add("licence:      " + file.provenance().licence());
            }
        }
        return lines;
    }

    /**
     * Checks before a long run that an output file can be written later: its folder exists and is
     * writable, and the path is not a folder, a device or a pipe.
     *
     * @param option the command-line option or field that named the path, for the message
     * @throws IOException naming the option and the path when it cannot be written
     */
    public static void checkWritable(Path path, String option) throws IOException {
        if (path == null) {
            return;
        }
        if (path.toString().isBlank()) {
            throw new IOException(option + " is empty; give a file name");
        }
        try {
            AtomicFiles.checkTarget(path);
        } catch (FileSystemException e) {
            throw new IOException(option + " " + path + ": " + e.getReason(), e);
        }
    }

    /**
     * Checks that two output options do not name the same file.
     *
     * @throws IOException naming both options
     */
    public static void checkDistinct(Path first, String firstOption, Path second, String secondOption) throws IOException {
        if (first != null && second != null && AtomicFiles.checkTarget(first).equals(AtomicFiles.checkTarget(second))) {
            throw new IOException(firstOption + " and " + secondOption + " name the same file, " + first + "; give two different files");
        }
    }
}
