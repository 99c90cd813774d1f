package org.cooperatorlab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.Policies;
import org.cooperatorlab.model.Policy;
import org.cooperatorlab.physics.Environment;
import org.cooperatorlab.physics.StepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: environment-plus-policy steps per second on one core, for each model, both per
 * wall-clock second and per second of CPU time the thread received. Each model
 * runs whole episodes with random parameters (N(0, 0.5^2), fixed seed) on the calling thread, first
 * for a warm-up period so the JIT compiles the hot path, then for the measured period.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure environment-plus-policy steps per second on one core for each model.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--env", defaultValue = "cartpole-swingup", description = "Environment: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = TrainCommand.EnvironmentIds.class)
    String environment;

    @Option(names = "--models", split = ",", description = "Comma-separated models to measure. Default: all.")
    List<String> models;

    @Option(names = "--seconds", defaultValue = "3", description = "Measured seconds per model. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--warmup", defaultValue = "2", description = "Warm-up seconds per model. Default: ${DEFAULT-VALUE}.")
    double warmup;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    /**
     * One model's measurement.
     *
     * @param seconds wall-clock time of the measured period
     * @param cpuSeconds CPU time the measuring thread got in that period; on a busy machine it is
     *     less than {@code seconds}, and steps per CPU second is then the fairer per-core figure
     */
    record Measurement(ModelKind model, int parameters, long steps, double seconds, double cpuSeconds) {
        double stepsPerSecond() {
            return steps / seconds;
        }

        double stepsPerCpuSecond() {
            return steps / cpuSeconds;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!(seconds > 0) || seconds > 600 || !(warmup >= 0) || warmup > 600) {
            throw new IllegalArgumentException("--seconds must be in (0, 600] and --warmup in [0, 600], were " + seconds + " and " + warmup);
        }
        EnvironmentKind kind = EnvironmentKind.fromId(environment);
        List<ModelKind> kinds = new ArrayList<>();
        if (models == null || models.isEmpty()) {
            kinds.addAll(List.of(ModelKind.values()));
        } else {
            for (String id : models) {
                kinds.add(ModelKind.fromId(id.trim()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Measurement> results = new ArrayList<>();
        for (ModelKind model : kinds) {
            if (!json) {
                err.printf(Locale.ROOT, "measuring %s ...%n", model.id());
            }
            results.add(measure(kind, kind.spec(model)));
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("environment", kind.id());
            root.put("threads", 1);
            root.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            root.put("available_processors", Runtime.getRuntime().availableProcessors());
            ArrayNode rows = root.putArray("results");
            for (Measurement m : results) {
                rows.addObject().put("model", m.model().id()).put("parameters", m.parameters())
                        .put("steps", m.steps()).put("seconds", m.seconds()).put("cpu_seconds", m.cpuSeconds())
                        .put("steps_per_second", Math.round(m.stepsPerSecond()))
                        .put("steps_per_cpu_second", Math.round(m.stepsPerCpuSecond()));
            }
            out.println(mapper.writeValueAsString(root));
        } else {
            out.printf(Locale.ROOT, "%s, one thread (%s %s)%n", kind.displayName(), System.getProperty("java.vm.name"),
                    System.getProperty("java.version"));
            out.printf(Locale.ROOT, "%-20s %10s %16s %16s%n", "model", "parameters", "steps/s (wall)", "steps/CPU-s");
            for (Measurement m : results) {
                out.printf(Locale.ROOT, "%-20s %10d %,16.0f %,16.0f%n", m.model().id(), m.parameters(), m.stepsPerSecond(),
                        m.stepsPerCpuSecond());
            }
        }
        return 0;
    }

    private Measurement measure(EnvironmentKind kind, ModelSpec modelSpec) {
        try (Environment env = kind.create()) {
            return measure(env, modelSpec);
        }
    }

    private Measurement measure(Environment env, ModelSpec modelSpec) {
        Policy policy = Policies.create(modelSpec);
        SplittableRandom random = new SplittableRandom(7);
        double[] parameters = new double[modelSpec.parameterCount()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = 0.5 * random.nextGaussian();
        }
        policy.setParameters(parameters);
        double[] action = new double[env.actionSize()];
        run(env, policy, action, (long) (warmup * 1e9), 0);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long steps = run(env, policy, action, (long) (seconds * 1e9), 1000);
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Measurement(modelSpec.kind(), modelSpec.parameterCount(), steps, elapsed, cpu);
    }

    /** Runs episodes for about {@code nanos} and returns the number of steps taken. */
    private static long run(Environment env, Policy policy, double[] action, long nanos, long seedOffset) {
        long deadline = System.nanoTime() + nanos;
        long steps = 0;
        long episode = seedOffset;
        while (System.nanoTime() < deadline) {
            policy.reset();
            double[] observation = env.reset(episode++);
            boolean done = false;
            while (!done) {
                policy.act(observation, action);
                StepResult result = env.step(action);
                observation = result.observation();
                done = result.done();
                steps++;
            }
        }
        return steps;
    }
}
