package org.cooperatorlab.model.es;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CMA-ES with an ask/tell interface, after Hansen, "The CMA Evolution Strategy: A Tutorial"
 * (arXiv:1604.00772); equation numbers below refer to its algorithm summary. This class
 * <b>maximises</b> fitness: the candidates with the highest fitness are selected.
 *
 * <p>Only the ranking of the fitness values is used, so any strictly increasing transformation of
 * the fitness (such as f - 100 or 1e-6 f) gives the same candidate sequence for the same seed. A
 * NaN fitness ranks below every other value, including negative infinity, and equal values rank by
 * candidate index. So when more than lambda - mu fitness values are NaN, some NaN candidates are
 * among the mu recombined ones, like any other worst-ranked candidate.
 *
 * <p>With {@link CmaEsSettings#separable()} the covariance matrix is diagonal (sep-CMA-ES).
 * Otherwise it is full, and its eigendecomposition is refreshed lazily.
 *
 * <p>The run stops, rather than fail or sample a non-finite value, when a {@link StopReason}
 * fires: after that {@link #ask()} throws. A candidate returned by {@link #ask()} is always finite.
 * Not thread-safe; a training loop calls ask and tell from one thread.
 */
public final class CmaEs {

    /** Consecutive flat generations after which the run stops with {@link StopReason#FLAT_FITNESS}. */
    public static final int FLAT_FITNESS_GENERATIONS = 10;

    /** Dimension from which a full covariance matrix is slow enough to mention the separable variant. */
    private static final int LARGE_FULL_DIMENSION = 2500;

    private static final Logger LOG = LoggerFactory.getLogger(CmaEs.class);

    private final CmaEsSettings settings;
    private final CmaEsParameters p;
    private final SplittableRandom random;
    private final Covariance covariance;
    private final StopCriteria stopCriteria;

    private final double[] mean;
    private double sigma;
    /** p_sigma, the conjugate evolution path of the step-size control. */
    private final double[] ps;
    /** p_c, the evolution path of the rank-one update of C. */
    private final double[] pc;
    private int generation;
    private boolean awaitingTell;
    private int flatGenerations;
    private final EnumSet<StopReason> stopReasons = EnumSet.noneOf(StopReason.class);

    private double[] bestCandidate;
    private double bestFitness = Double.NaN;

    /**
     * Starts a run at {@code initialMean} (copied) with C = I and sigma = sigma0.
     *
     * @throws IllegalArgumentException if the mean is empty or has a non-finite component
     */
    public CmaEs(double[] initialMean, CmaEsSettings settings) {
        if (initialMean == null || initialMean.length == 0) {
            throw new IllegalArgumentException("initialMean must have at least one component");
        }
        for (int i = 0; i < initialMean.length; i++) {
            if (!Double.isFinite(initialMean[i])) {
                throw new IllegalArgumentException("initialMean[" + i + "] must be finite, was " + initialMean[i]);
            }
        }
        this.settings = Objects.requireNonNull(settings, "settings");
        int n = initialMean.length;
        this.p = new CmaEsParameters(n, settings.populationSize(), settings.separable(), settings.eigenInterval());
        this.random = new SplittableRandom(settings.seed());
        this.covariance = settings.separable() ? new DiagonalCovariance(n) : new FullCovariance(n, p.eigenInterval);
        this.mean = initialMean.clone();
        this.sigma = settings.initialSigma();
        this.ps = new double[n];
        this.pc = new double[n];
        this.stopCriteria = new StopCriteria(n, settings.initialSigma());
        if (!settings.separable() && n >= LARGE_FULL_DIMENSION) {
            LOG.info("full-covariance CMA-ES in {} dimensions stores {} MB per n x n matrix and decomposes it every {} "
                    + "generations; the separable variant costs O(n)", n, 8L * n * n >> 20, p.eigenInterval);
        }
        checkStop(null);
    }

    /**
     * Samples a new generation x_k = m + sigma B D z_k with z_k ~ N(0, I), equations (38) to (40).
     *
     * @return lambda new arrays of n finite values each, owned by the caller
     * @throws IllegalStateException if the run has stopped, or the fitness of the previous
     *     candidates has not been passed to tell()
     */
    public double[][] ask() {
        if (shouldStop()) {
            throw new IllegalStateException("CMA-ES has stopped (" + stopReasons + "); check shouldStop() before ask()");
        }
        if (awaitingTell) {
            throw new IllegalStateException("tell() the fitness of the previous candidates before asking again");
        }
        int n = p.n;
        DMatrixRMaj z = new DMatrixRMaj(p.lambda, n);
        for (int i = 0; i < z.data.length; i++) {
            z.data[i] = random.nextGaussian();
        }
        DMatrixRMaj y = covariance.sample(z);
        double[][] candidates = new double[p.lambda][n];
        for (int k = 0; k < p.lambda; k++) {
            for (int j = 0; j < n; j++) {
                double x = mean[j] + sigma * y.unsafe_get(k, j);
                if (!Double.isFinite(x)) {
                    // The overflow test of StopCriteria makes this unreachable for finite states.
                    stop(StopReason.NON_FINITE_STATE);
                    throw new IllegalStateException("CMA-ES sampled a non-finite value and stopped: " + stopReasons);
                }
                candidates[k][j] = x;
            }
        }
        awaitingTell = true;
        return candidates;
    }

    /**
     * Updates the distribution from the fitness of the last {@link #ask()}: rank, recombine the
     * mean, cumulate both paths, adapt C and sigma, then test the stop criteria.
     *
     * @param candidates the lambda candidates, usually exactly those returned by ask(); not modified
     * @param fitness their fitness, higher is better; NaN ranks last; not modified
     * @throws IllegalStateException if no ask() is waiting for this tell
     * @throws IllegalArgumentException naming the index of a wrong size or non-finite candidate
     */
    public void tell(double[][] candidates, double[] fitness) {
        if (!awaitingTell) {
            throw new IllegalStateException("tell() must follow ask()");
        }
        checkTellArguments(candidates, fitness);
        awaitingTell = false;
        generation++;

        int[] order = Ranking.bestFirst(fitness);
        if (Double.isNaN(fitness[order[0]])) {
            stop(StopReason.ALL_FITNESS_NAN);
            return;
        }
        recordBest(candidates[order[0]], fitness[order[0]]);

        double[][] selected = selectedSteps(candidates, order);
        double[] yw = recombine(selected);
        moveMean(yw);
        double psNorm = cumulateSigmaPath(yw);
        boolean hsig = stallIndicator(psNorm);
        cumulateCovariancePath(yw, hsig);
        adaptCovariance(selected, hsig);
        adaptSigma(psNorm);
        handleFlatFitness(fitness, order);

        checkStop(covariance.decomposeIfDue(false));
    }

    /** y_i:lambda = (x_i:lambda - m) / sigma for the mu best candidates. */
    private double[][] selectedSteps(double[][] candidates, int[] order) {
        double[][] selected = new double[p.mu][p.n];
        for (int i = 0; i < p.mu; i++) {
            double[] x = candidates[order[i]];
            for (int j = 0; j < p.n; j++) {
                selected[i][j] = (x[j] - mean[j]) / sigma;
            }
        }
        return selected;
    }

    /** Equation (41): the weighted mean step, sum w_i y_i:lambda. */
    private double[] recombine(double[][] selected) {
        double[] yw = new double[p.n];
        for (int i = 0; i < p.mu; i++) {
            for (int j = 0; j < p.n; j++) {
                yw[j] += p.weights[i] * selected[i][j];
            }
        }
        return yw;
    }

    /** Equation (42) with c_m = 1: m <- m + sigma yw. */
    private void moveMean(double[] yw) {
        for (int j = 0; j < p.n; j++) {
            mean[j] += sigma * yw[j];
        }
    }

    /** Equation (43): p_sigma <- (1 - c_sigma) p_sigma + sqrt(c_sigma (2 - c_sigma) mu_eff) C^(-1/2) yw; returns its length. */
    private double cumulateSigmaPath(double[] yw) {
        double[] whitened = covariance.inverseSqrtTimes(yw);
        double factor = Math.sqrt(p.cs * (2 - p.cs) * p.mueff);
        double squaredNorm = 0;
        for (int j = 0; j < p.n; j++) {
            ps[j] = (1 - p.cs) * ps[j] + factor * whitened[j];
            squaredNorm += ps[j] * ps[j];
        }
        return Math.sqrt(squaredNorm);
    }

    /** h_sigma: stalls the rank-one update while p_sigma is long, as after a sharp sigma increase. */
    private boolean stallIndicator(double psNorm) {
        double correction = Math.sqrt(1 - Math.pow(1 - p.cs, 2.0 * generation));
        return psNorm / correction < (1.4 + 2.0 / (p.n + 1)) * p.chiN;
    }

    /** Equation (45): p_c <- (1 - c_c) p_c + h_sigma sqrt(c_c (2 - c_c) mu_eff) yw. */
    private void cumulateCovariancePath(double[] yw, boolean hsig) {
        double factor = hsig ? Math.sqrt(p.cc * (2 - p.cc) * p.mueff) : 0;
        for (int j = 0; j < p.n; j++) {
            pc[j] = (1 - p.cc) * pc[j] + factor * yw[j];
        }
    }

    /** Equation (47): C <- (1 + c1 delta(h_sigma) - c1 - c_mu) C + c1 p_c p_c^T + c_mu sum w_i y_i y_i^T. */
    private void adaptCovariance(double[][] selected, boolean hsig) {
        double delta = hsig ? 0 : p.cc * (2 - p.cc);
        double decay = 1 + p.c1 * delta - p.c1 - p.cmu;
        covariance.update(decay, p.c1, pc, p.cmu, p.weights, selected);
    }

    /** Equation (44): sigma <- sigma exp((c_sigma / d_sigma) (||p_sigma|| / E||N(0, I)|| - 1)). */
    private void adaptSigma(double psNorm) {
        sigma *= Math.exp((p.cs / p.damps) * (psNorm / p.chiN - 1));
    }

    /**
     * When the best and the ceil(0.7 lambda)-th fitness are equal the ranking carries almost no
     * information, so sigma grows by exp(0.2 + c_sigma / d_sigma) to escape the plateau, as in the
     * tutorial's reference code; after {@link #FLAT_FITNESS_GENERATIONS} such generations the run stops.
     */
    private void handleFlatFitness(double[] fitness, int[] order) {
        int rank = (int) Math.ceil(0.7 * p.lambda) - 1;
        if (fitness[order[0]] != fitness[order[rank]]) {
            flatGenerations = 0;
            return;
        }
        flatGenerations++;
        sigma *= Math.exp(0.2 + p.cs / p.damps);
        LOG.debug("flat fitness in generation {}: sigma raised to {}", generation, sigma);
        if (flatGenerations >= FLAT_FITNESS_GENERATIONS) {
            stop(StopReason.FLAT_FITNESS);
        }
    }

    /** Records every stop criterion that fires on the current state; {@code decompositionFailure} comes from the last decomposition. */
    private void checkStop(StopReason decompositionFailure) {
        if (decompositionFailure != null) {
            stop(decompositionFailure);
        }
        for (StopReason reason : stopCriteria.test(mean, sigma, ps, pc, covariance, generation,
                decompositionFailure != null)) {
            stop(reason);
        }
    }

    private void stop(StopReason reason) {
        if (stopReasons.add(reason)) {
            LOG.info("CMA-ES stopped in generation {}: {}", generation, reason.description());
        }
    }

    private void recordBest(double[] candidate, double fitness) {
        if (Double.isNaN(bestFitness) || fitness > bestFitness) {
            bestFitness = fitness;
            bestCandidate = candidate.clone();
        }
    }

    private void checkTellArguments(double[][] candidates, double[] fitness) {
        if (candidates == null || candidates.length != p.lambda) {
            throw new IllegalArgumentException("candidates must have " + p.lambda + " rows, was "
                    + (candidates == null ? "null" : candidates.length));
        }
        if (fitness == null || fitness.length != p.lambda) {
            throw new IllegalArgumentException("fitness must have " + p.lambda + " values, was "
                    + (fitness == null ? "null" : fitness.length));
        }
        for (int k = 0; k < p.lambda; k++) {
            if (candidates[k] == null || candidates[k].length != p.n) {
                throw new IllegalArgumentException("candidates[" + k + "] must have " + p.n + " values, was "
                        + (candidates[k] == null ? "null" : candidates[k].length));
            }
            for (int j = 0; j < p.n; j++) {
                if (!Double.isFinite(candidates[k][j])) {
                    throw new IllegalArgumentException(
                            "candidates[" + k + "][" + j + "] must be finite, was " + candidates[k][j]);
                }
            }
        }
    }

    /** Returns a copy of the current mean m. */
    public double[] mean() {
        return mean.clone();
    }

    /** Returns the current step size sigma. */
    public double sigma() {
        return sigma;
    }

    /** Number of completed tell() calls. */
    public int generation() {
        return generation;
    }

    /** Returns the reasons that fired, in declaration order, or an empty list while the run continues. */
    public List<StopReason> stopReasons() {
        return List.copyOf(stopReasons);
    }

    public boolean shouldStop() {
        return !stopReasons.isEmpty();
    }

    /** Returns a copy of the candidate with the highest fitness passed to tell() so far, or null before any. */
    public double[] bestCandidate() {
        return bestCandidate == null ? null : bestCandidate.clone();
    }

    /** Returns the highest fitness passed to tell() so far, or NaN before any or while every fitness was NaN. */
    public double bestFitness() {
        return bestFitness;
    }

    /** Per-coordinate standard deviations sigma sqrt(C_ii) of the current distribution. */
    public double[] standardDeviations() {
        double[] deviations = new double[p.n];
        for (int i = 0; i < p.n; i++) {
            deviations[i] = sigma * Math.sqrt(covariance.variance(i));
        }
        return deviations;
    }

    /** Condition number of C at the last eigendecomposition, largest over smallest eigenvalue. */
    public double conditionNumber() {
        return covariance.maxEigenvalue() / covariance.minEigenvalue();
    }

    /** Number of eigendecompositions computed so far (diagonal square roots in the separable variant). */
    public int decompositionCount() {
        return covariance.decompositionCount();
    }

    public CmaEsParameters parameters() {
        return p;
    }

    public CmaEsSettings settings() {
        return settings;
    }

    public int dimension() {
        return p.n;
    }

    @Override
    public String toString() {
        return "CmaEs[n=" + p.n + ", lambda=" + p.lambda + ", generation=" + generation + ", sigma=" + sigma
                + ", stop=" + stopReasons + ", mean[0..]=" + Arrays.toString(Arrays.copyOf(mean, Math.min(3, p.n))) + "]";
    }
}
