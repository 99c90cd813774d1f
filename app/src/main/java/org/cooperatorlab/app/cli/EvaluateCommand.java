package org.cooperatorlab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cooperatorlab.app.agents.Agents;
import org.cooperatorlab.app.training.Evaluation;
import org.cooperatorlab.physics.SensorWrapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: scores an agent file over many episodes with the raw reward. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate an agent over many episodes and print the mean and standard deviation of the return.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--agent", required = true, description = "Agent file (JSON).")
    Path agent;

    @Option(names = "--episodes", defaultValue = "100", description = "Episodes to run. Default: ${DEFAULT-VALUE}.")
    int episodes;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the episode seeds. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--shuffle", defaultValue = "none",
            description = "Sensor order: none, reset (new order each episode) or every:K (new order every K steps). Default: ${DEFAULT-VALUE}.")
    String shuffle;

    @Option(names = "--noise-channels", defaultValue = "0", description = "Noise sensors to append, 0 to 1000. Default: ${DEFAULT-VALUE}.")
    int noiseChannels;

    @Option(names = "--threads", description = "Worker threads. Default: every core.")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ShuffleOption shuffleOption = ShuffleOption.parse(shuffle);
        Agents.Loaded loaded = Agents.load(agent);
        Evaluation.Settings settings = new Evaluation.Settings(episodes, seed, shuffleOption.mode(), shuffleOption.interval(),
                noiseChannels, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = json ? null : new ProgressBar(err, episodes);
        Evaluation.Result result = Evaluation.evaluate(loaded.environment(), loaded.spec(), loaded.parameters(), settings,
                done -> {
                    if (bar != null) {
                        bar.update(done, done + "/" + episodes + " episodes");
                    }
                });
        if (bar != null) {
            bar.finish();
        }

        PrintWriter out = spec.commandLine().getOut();
        double[] returns = result.returns();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = mapper.createObjectNode();
            node.put("agent", agent.toString());
            node.put("environment", loaded.environment().id());
            node.put("model", loaded.spec().kind().id());
            node.put("episodes", result.episodes());
            node.put("mean", result.mean());
            node.put("sd", result.standardDeviation());
            node.put("standard_error", result.standardError());
            node.put("min", Arrays.stream(returns).min().orElse(Double.NaN));
            node.put("max", Arrays.stream(returns).max().orElse(Double.NaN));
            node.put("seed", seed);
            node.put("shuffle", shuffle);
            node.put("noise_channels", noiseChannels);
            out.println(mapper.writeValueAsString(node));
        } else {
            out.printf(Locale.ROOT, "%s on %s, %d episodes, shuffle %s, %d noise channels%n", loaded.spec().kind().displayName(),
                    loaded.environment().displayName(), result.episodes(), shuffle, noiseChannels);
            out.printf(Locale.ROOT, "return: mean %.1f, sd %.1f (standard error of the mean %.1f), min %.1f, max %.1f%n",
                    result.mean(), result.standardDeviation(), result.standardError(),
                    Arrays.stream(returns).min().orElse(Double.NaN), Arrays.stream(returns).max().orElse(Double.NaN));
        }
        return 0;
    }

    /** A parsed {@code --shuffle} value. */
    record ShuffleOption(SensorWrapper.PermutationMode mode, int interval) {
        static ShuffleOption parse(String text) {
            String value = text.trim().toLowerCase(Locale.ROOT);
            if (value.equals("none")) {
                return new ShuffleOption(SensorWrapper.PermutationMode.NONE, 1);
            }
            if (value.equals("reset")) {
                return new ShuffleOption(SensorWrapper.PermutationMode.AT_RESET, 1);
            }
            if (value.startsWith("every:")) {
                try {
                    int k = Integer.parseInt(value.substring("every:".length()));
                    if (k >= 1) {
                        return new ShuffleOption(SensorWrapper.PermutationMode.EVERY_K_STEPS, k);
                    }
                } catch (NumberFormatException e) {
                    // Reported below with the accepted forms.
                }
            }
            throw new IllegalArgumentException("invalid --shuffle '" + text + "'; use none, reset or every:K with K a positive whole number of steps");
        }
    }
}
