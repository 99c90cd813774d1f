package org.cooperatorlab.model.es;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stop criteria of CMA-ES that depend on the distribution alone. Names and thresholds follow
 * the termination criteria of Hansen's tutorial (arXiv:1604.00772); the flat-fitness and NaN
 * criteria depend on the fitness values and live in {@link CmaEs}.
 */
final class StopCriteria {

    /** ConditionCov: largest accepted condition number of C. */
    static final double MAX_CONDITION_NUMBER = 1e14;
    /** TolX as a fraction of sigma0. */
    static final double TOL_X_FACTOR = 1e-12;
    /** TolUpSigma: largest accepted sigma / (sigma0 sqrt(largest eigenvalue of C)). */
    static final double TOL_UP_SIGMA = 1e20;
    /**
     * A standard normal vector in n dimensions is longer than sqrt(n) + t with probability below
     * exp(-t^2 / 2), so sqrt(n) + 50 bounds every sample that will ever be drawn.
     */
    private static final double SAMPLE_RADIUS_MARGIN = 50;

    private final int n;
    private final double initialSigma;

    StopCriteria(int n, double initialSigma) {
        this.n = n;
        this.initialSigma = initialSigma;
    }

    /**
     * Returns the criteria that fire for this state; no argument is modified. After a failed
     * decomposition only the finiteness tests run, because B and D are then unusable.
     */
    Set<StopReason> test(double[] mean, double sigma, double[] ps, double[] pc, Covariance covariance, int generation,
            boolean decompositionFailed) {
        Set<StopReason> reasons = EnumSet.noneOf(StopReason.class);
        if (!stateFinite(mean, sigma, ps, pc, covariance) || !samplesStayFinite(mean, sigma, covariance)) {
            reasons.add(StopReason.NON_FINITE_STATE);
            return reasons;
        }
        if (decompositionFailed) {
            return reasons;
        }

        double maxEigenvalue = covariance.maxEigenvalue();
        if (maxEigenvalue / covariance.minEigenvalue() > MAX_CONDITION_NUMBER) {
            reasons.add(StopReason.CONDITION_NUMBER);
        }
        if (sigma / initialSigma > TOL_UP_SIGMA * Math.sqrt(maxEigenvalue)) {
            reasons.add(StopReason.SIGMA_TOO_LARGE);
        }

        double tolX = TOL_X_FACTOR * initialSigma;
        boolean allBelowTolX = true;
        boolean coordinateWithoutEffect = false;
        for (int i = 0; i < n; i++) {
            double deviation = sigma * Math.sqrt(covariance.variance(i));
            allBelowTolX &= deviation < tolX && Math.abs(sigma * pc[i]) < tolX;
            coordinateWithoutEffect |= mean[i] + 0.2 * deviation == mean[i];
        }
        if (allBelowTolX) {
            reasons.add(StopReason.SIGMA_TOO_SMALL);
        }
        if (coordinateWithoutEffect) {
            reasons.add(StopReason.NO_EFFECT_COORDINATE);
        }

        // Testing one principal axis per generation, in turn, keeps this test O(n); the
        // CyberAgentAILab cmaes library does the same.
        double[] axis = covariance.principalAxis(generation % n);
        boolean axisWithoutEffect = true;
        for (int j = 0; j < n; j++) {
            axisWithoutEffect &= mean[j] + 0.1 * sigma * axis[j] == mean[j];
        }
        if (axisWithoutEffect) {
            reasons.add(StopReason.NO_EFFECT_AXIS);
        }
        return reasons;
    }

    private static boolean stateFinite(double[] mean, double sigma, double[] ps, double[] pc, Covariance covariance) {
        return Double.isFinite(sigma) && sigma > 0 && NumericalGuards.allFinite(mean) && NumericalGuards.allFinite(ps)
                && NumericalGuards.allFinite(pc) && covariance.isFinite();
    }

    /**
     * Returns true when m + sigma y stays finite for every sample with ||z|| below sqrt(n) + 50,
     * because |y_i| <= D_max ||z||.
     */
    private boolean samplesStayFinite(double[] mean, double sigma, Covariance covariance) {
        double maxAbsMean = 0;
        for (double value : mean) {
            maxAbsMean = Math.max(maxAbsMean, Math.abs(value));
        }
        double radius = Math.sqrt(n) + SAMPLE_RADIUS_MARGIN;
        return Double.isFinite(maxAbsMean + sigma * Math.sqrt(covariance.maxEigenvalue()) * radius);
    }
}
