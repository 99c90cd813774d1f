package org.cooperatorlab.app.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.cooperatorlab.model.Policies;
import org.cooperatorlab.model.es.CmaEs;
import org.cooperatorlab.model.es.CmaEsSettings;
import org.cooperatorlab.physics.Environment;
import org.cooperatorlab.physics.SensorWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CMA-ES training run: ask, evaluate every candidate over {@code reps} episodes in parallel,
 * tell, publish a {@link GenerationSnapshot}; repeated for the configured generations.
 *
 * <p>Fitness is maximised. All candidates of a generation meet the same episode seeds, and the
 * result for a seed is the same on any number of threads. {@link #run(Consumer)} blocks the calling
 * thread, which must not be the JavaFX application thread; {@link #pause()}, {@link #resume()},
 * {@link #cancel()} and {@link #latest()} may be called from any thread. A run can be started once.
 */
public final class TrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    private final TrainingConfig config;
    private final RunControl control = new RunControl();
    private final AtomicReference<GenerationSnapshot> latest = new AtomicReference<>();
    private final AtomicInteger candidatesDone = new AtomicInteger();
    private boolean started;

    public TrainingRun(TrainingConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public TrainingConfig config() {
        return config;
    }

    /** Returns the most recent snapshot, or null before the first generation completes. */
    public GenerationSnapshot latest() {
        return latest.get();
    }

    /**
     * Returns the fraction of the current generation's candidates evaluated so far, in [0, 1], so a
     * slow first generation can show progress before its snapshot exists.
     */
    public double generationProgress() {
        return Math.min(1.0, candidatesDone.get() / (double) config.population());
    }

    /** Holds the workers at their next rollout boundary (a few milliseconds for CartPole). */
    public void pause() {
        control.pause();
    }

    public void resume() {
        control.resume();
    }

    public boolean isPaused() {
        return control.isPaused();
    }

    /** Stops at the next rollout boundary; {@link #run} then returns the last completed snapshot. */
    public void cancel() {
        control.cancel();
    }

    /**
     * Runs the training to the end, to an early CMA-ES stop, or to cancellation.
     *
     * @param listener receives every snapshot on the calling thread, in order
     * @return the last snapshot, marked cancelled if the run was cancelled; null if cancelled
     *     before the first generation completed
     */
    public GenerationSnapshot run(Consumer<GenerationSnapshot> listener) {
        synchronized (this) {
            if (started) {
                throw new IllegalStateException("a training run can be started only once");
            }
            started = true;
        }
        int dimension = config.spec().parameterCount();
        double[] initialMean = config.initialMean() == null ? new double[dimension] : config.initialMean();
        CmaEs es = new CmaEs(initialMean, new CmaEsSettings(config.population(), config.sigma(), config.separable(), config.seed()));
        LOG.info("training {} on {}: {} parameters, population {}, reps {}, sigma {}, seed {}, {} threads{}",
                config.spec().kind().id(), config.environment().id(), dimension, config.population(), config.reps(),
                config.sigma(), config.seed(), config.threads(), config.separable() ? ", separable CMA-ES" : "");

        long startNanos = System.nanoTime();
        Best best = new Best();
        try (PopulationEvaluator evaluator = new PopulationEvaluator(config.threads(), this::createEnvironment,
                () -> Policies.create(config.spec()), control)) {
            for (int generation = 1; generation <= config.generations(); generation++) {
                if (es.shouldStop()) {
                    throw new IllegalStateException("CMA-ES stopped before generation " + generation + " (" + es.stopReasons()
                            + "); choose a smaller sigma, such as 0.1");
                }
                long generationStart = System.nanoTime();
                double[][] candidates = es.ask();
                long[] seeds = new long[config.reps()];
                for (int rep = 0; rep < seeds.length; rep++) {
                    seeds[rep] = EpisodeSeeds.training(config.seed(), generation, rep);
                }
                candidatesDone.set(0);
                double[] fitness = evaluator.evaluate(candidates, seeds, true, candidatesDone::incrementAndGet);
                es.tell(candidates, fitness);

                double generationSeconds = (System.nanoTime() - generationStart) / 1e9;
                double elapsed = (System.nanoTime() - startNanos - control.pausedNanos()) / 1e9;
                GenerationSnapshot snapshot = best.update(generation, candidates, fitness, es, elapsed, generationSeconds);
                latest.set(snapshot);
                listener.accept(snapshot);
                if (!snapshot.stopReasons().isEmpty()) {
                    LOG.info("CMA-ES stopped after generation {}: {}", generation, snapshot.stopReasons());
                    break;
                }
            }
        } catch (CancellationException e) {
            GenerationSnapshot last = latest.get();
            LOG.info("training cancelled after {} generations", last == null ? 0 : last.generation());
            if (last != null) {
                GenerationSnapshot cancelled = last.asCancelled();
                latest.set(cancelled);
                listener.accept(cancelled);
                return cancelled;
            }
            return null;
        }
        return latest.get();
    }

    private Environment createEnvironment() {
        SensorWrapper.PermutationMode mode = config.shuffleAtReset()
                ? SensorWrapper.PermutationMode.AT_RESET : SensorWrapper.PermutationMode.NONE;
        return new SensorWrapper(config.environment().create(), mode, 1, config.noiseChannels());
    }

    /** Tracks the best generation and the best single candidate, and builds snapshots. */
    private final class Best {
        private double generationMaximum = Double.NEGATIVE_INFINITY;
        private int generation;
        private double generationMean;
        private double[] agentParameters;
        private double[] candidateParameters;
        private double candidateFitness = Double.NEGATIVE_INFINITY;

        GenerationSnapshot update(int currentGeneration, double[][] candidates, double[] fitness, CmaEs es,
                double elapsed, double generationSeconds) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            double sum = 0;
            int finite = 0;
            int argMax = -1;
            for (int i = 0; i < fitness.length; i++) {
                if (Double.isFinite(fitness[i])) {
                    sum += fitness[i];
                    finite++;
                    min = Math.min(min, fitness[i]);
                    if (fitness[i] > max) {
                        max = fitness[i];
                        argMax = i;
                    }
                }
            }
            if (agentParameters == null || max > generationMaximum) {
                generationMaximum = max;
                generation = currentGeneration;
                generationMean = finite == 0 ? Double.NaN : sum / finite;
                agentParameters = es.mean();
            }
            if (argMax >= 0 && (candidateParameters == null || max > candidateFitness)) {
                candidateFitness = max;
                candidateParameters = candidates[argMax].clone();
            }
            if (candidateParameters == null) {
                candidateParameters = es.mean();
            }
            List<String> reasons = new ArrayList<>();
            es.stopReasons().forEach(reason -> reasons.add(reason.toString()));
            double rollouts = (double) fitness.length * config.reps();
            return new GenerationSnapshot(currentGeneration, config.generations(), finite == 0 ? Double.NaN : max,
                    finite == 0 ? Double.NaN : sum / finite, finite == 0 ? Double.NaN : min, es.sigma(), generation,
                    generationMean, agentParameters, candidateParameters, candidateFitness, elapsed, generationSeconds,
                    rollouts / generationSeconds, reasons, false);
        }
    }
}
