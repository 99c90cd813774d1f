package org.cooperatorlab.app.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cooperatorlab.model.Policy;
import org.cooperatorlab.physics.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates candidates in parallel. Each worker thread owns one environment and one policy; a
 * candidate's fitness depends only on its parameters and the episode seeds, never on the thread
 * that ran it, so results are identical for any thread count.
 */
final class PopulationEvaluator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PopulationEvaluator.class);

    /** One thread's environment, policy and action buffer. */
    private record Worker(Environment environment, Policy policy, double[] action) {
    }

    private final List<Worker> workers = new ArrayList<>();
    private final ExecutorService executor;
    private final RunControl control;

    /**
     * @param threads number of worker threads
     * @param environments creates one environment per worker
     * @param policies creates one policy per worker
     */
    PopulationEvaluator(int threads, Supplier<Environment> environments, Supplier<Policy> policies, RunControl control) {
        for (int i = 0; i < threads; i++) {
            Environment environment = environments.get();
            workers.add(new Worker(environment, policies.get(), new double[environment.actionSize()]));
        }
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "rollout-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
        this.control = control;
    }

    /**
     * Returns, for each candidate, the mean return over the given episode seeds. A candidate whose
     * rollout fails (for example a NaN action) gets NaN, which CMA-ES ranks last.
     *
     * @param training whether to sum the environment's training reward instead of the raw reward
     * @throws CancellationException if the run is cancelled meanwhile
     */
    double[] evaluate(double[][] candidates, long[] episodeSeeds, boolean training) {
        return evaluate(candidates, episodeSeeds, training, () -> { });
    }

    /** Same as {@link #evaluate(double[][], long[], boolean)}, calling {@code onCandidate} after each candidate, from a worker. */
    double[] evaluate(double[][] candidates, long[] episodeSeeds, boolean training, Runnable onCandidate) {
        double[] fitness = new double[candidates.length];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (Worker worker : workers) {
            futures.add(executor.submit(() -> {
                for (int i = next.getAndIncrement(); i < candidates.length; i = next.getAndIncrement()) {
                    fitness[i] = meanReturn(worker, candidates[i], episodeSeeds, training);
                    onCandidate.run();
                }
            }));
        }
        await(futures);
        return fitness;
    }

    /**
     * Runs {@code episodes} rollouts of one parameter vector, spread over the workers, and returns
     * every episode's raw or training return in episode order.
     *
     * @param seedOf the seed of each episode index
     */
    double[] returns(double[] parameters, int episodes, Function<Integer, Long> seedOf, boolean training,
            Runnable onEpisode) {
        double[] returns = new double[episodes];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (Worker worker : workers) {
            futures.add(executor.submit(() -> {
                worker.policy().setParameters(parameters);
                for (int e = next.getAndIncrement(); e < episodes; e = next.getAndIncrement()) {
                    control.checkpoint();
                    returns[e] = Rollout.run(worker.environment(), worker.policy(), seedOf.apply(e), training, worker.action());
                    onEpisode.run();
                }
            }));
        }
        await(futures);
        return returns;
    }

    private double meanReturn(Worker worker, double[] parameters, long[] seeds, boolean training) {
        worker.policy().setParameters(parameters);
        double sum = 0;
        for (long seed : seeds) {
            control.checkpoint();
            try {
                sum += Rollout.run(worker.environment(), worker.policy(), seed, training, worker.action());
            } catch (IllegalArgumentException | IllegalStateException e) {
                LOG.warn("rollout failed with seed {}; the candidate gets fitness NaN: {}", seed, e.getMessage());
                return Double.NaN;
            }
        }
        return sum / seeds.length;
    }

    private void await(List<Future<?>> futures) {
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            control.cancel();
            throw new CancellationException("training interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException cancellation) {
                throw cancellation;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("rollout worker failed", e.getCause());
        } finally {
            for (Future<?> future : futures) {
                future.cancel(false);
            }
        }
    }

    /** Stops the worker threads and closes the environments. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Worker worker : workers) {
            worker.environment().close();
        }
    }
}
