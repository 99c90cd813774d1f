package org.cooperatorlab.app.training;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.Policies;
import org.cooperatorlab.physics.SensorWrapper;

/**
 * Scores one parameter vector over many episodes with the raw reward, optionally with shuffled
 * sensors and noise sensors, in parallel. Episode e uses {@link EpisodeSeeds#evaluation(long, int)},
 * so results do not depend on the thread count.
 */
public final class Evaluation {

    /**
     * Evaluation settings.
     *
     * @param episodes number of episodes, at least 1
     * @param seed seed of the episode seeds
     * @param shuffle when the sensor order is redrawn
     * @param shuffleInterval steps between redraws for {@link SensorWrapper.PermutationMode#EVERY_K_STEPS}
     * @param noiseChannels noise sensors appended to every observation
     * @param threads worker threads
     */
    public record Settings(int episodes, long seed, SensorWrapper.PermutationMode shuffle, int shuffleInterval,
            int noiseChannels, int threads) {
        public Settings {
            Objects.requireNonNull(shuffle, "shuffle");
            if (episodes < 1 || episodes > 10_000_000) {
                throw new IllegalArgumentException("episodes must be between 1 and 10000000, was " + episodes);
            }
            if (threads < 1 || threads > 1024) {
                throw new IllegalArgumentException("threads must be between 1 and 1024, was " + threads);
            }
            if (noiseChannels < 0 || noiseChannels > SensorWrapper.MAX_NOISE_CHANNELS) {
                throw new IllegalArgumentException("noise channels must be between 0 and " + SensorWrapper.MAX_NOISE_CHANNELS
                        + ", was " + noiseChannels);
            }
            if (shuffle == SensorWrapper.PermutationMode.EVERY_K_STEPS && shuffleInterval < 1) {
                throw new IllegalArgumentException("shuffle interval must be at least 1 step, was " + shuffleInterval);
            }
        }
    }

    /**
     * The outcome of an evaluation.
     *
     * @param mean mean return
     * @param standardDeviation population standard deviation of the returns (divisor n, as numpy's default)
     * @param returns every episode's return, in episode order
     */
    public record Result(double mean, double standardDeviation, double[] returns) {
        public Result {
            returns = returns.clone();
        }

        @Override
        public double[] returns() {
            return returns.clone();
        }

        public int episodes() {
            return returns.length;
        }

        /** Standard error of the mean, standard deviation / sqrt(n). */
        public double standardError() {
            return standardDeviation / Math.sqrt(returns.length);
        }
    }

    private Evaluation() {
    }

    /**
     * Evaluates {@code parameters} for {@code spec} on {@code environment}.
     *
     * @param progress receives the number of finished episodes after each one, from worker threads
     * @throws IllegalArgumentException if a fixed-size model does not match the sensor count
     */
    public static Result evaluate(EnvironmentKind environment, ModelSpec spec, double[] parameters, Settings settings,
            IntConsumer progress) {
        int sensors = environment.observationSize() + settings.noiseChannels();
        if (!spec.kind().permutationInvariant() && spec.observationSize() != sensors) {
            throw new IllegalArgumentException(spec.kind().displayName() + " was built for " + spec.observationSize()
                    + " sensors and cannot take " + sensors + " (" + settings.noiseChannels() + " noise channels); use "
                    + (spec.observationSize() - environment.observationSize()) + " noise channels");
        }
        AtomicInteger finished = new AtomicInteger();
        RunControl control = new RunControl();
        try (PopulationEvaluator evaluator = new PopulationEvaluator(settings.threads(),
                () -> new SensorWrapper(environment.create(), settings.shuffle(), Math.max(1, settings.shuffleInterval()),
                        settings.noiseChannels()),
                () -> Policies.create(spec), control)) {
            double[] returns = evaluator.returns(parameters, settings.episodes(),
                    e -> EpisodeSeeds.evaluation(settings.seed(), e), false,
                    () -> progress.accept(finished.incrementAndGet()));
            return summarise(returns);
        }
    }

    static Result summarise(double[] returns) {
        double sum = 0;
        for (double value : returns) {
            sum += value;
        }
        double mean = sum / returns.length;
        double squares = 0;
        for (double value : returns) {
            squares += (value - mean) * (value - mean);
        }
        return new Result(mean, Math.sqrt(squares / returns.length), returns);
    }
}
