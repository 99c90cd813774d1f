package org.cooperatorlab.model.es;

/**
 * A reason for a {@link CmaEs} run to stop. The names TolX, TolUpSigma, NoEffectCoord, NoEffectAxis
 * and ConditionCov and their thresholds are the termination criteria of Hansen's CMA-ES tutorial
 * (arXiv:1604.00772). Each constant documents its own test.
 */
public enum StopReason {

    /** The best and the ceil(0.7 lambda)-th fitness of a generation were equal for several generations in a row. */
    FLAT_FITNESS("flat fitness: the best fitness equalled the ceil(0.7 lambda)-th fitness for "
            + CmaEs.FLAT_FITNESS_GENERATIONS + " generations in a row; make the fitness distinguish the candidates"),

    /** Every fitness of a generation was NaN, so the generation carried no ranking. */
    ALL_FITNESS_NAN("every fitness of the last generation was NaN; check the fitness function"),

    /** TolX: sigma * sqrt(C_ii) and sigma * p_c,i are below 1e-12 sigma0 in every coordinate. */
    SIGMA_TOO_SMALL("step size too small: every coordinate's standard deviation is below 1e-12 times the initial sigma"),

    /** TolUpSigma: sigma / sigma0 is above 1e20 sqrt(largest eigenvalue of C), a sign of divergence. */
    SIGMA_TOO_LARGE("step size too large: sigma grew above 1e20 times the initial sigma; the fitness may be unbounded"),

    /** NoEffectCoord: adding 0.2 standard deviations to some coordinate of the mean leaves it unchanged. */
    NO_EFFECT_COORDINATE("no effect: 0.2 standard deviations added to a coordinate of the mean leave it unchanged"),

    /** NoEffectAxis: adding 0.1 standard deviations along a principal axis of C leaves the mean unchanged. */
    NO_EFFECT_AXIS("no effect: 0.1 standard deviations along a principal axis of C leave the mean unchanged"),

    /** ConditionCov: the condition number of C is above 1e14. */
    CONDITION_NUMBER("covariance matrix ill-conditioned: its condition number is above 1e14"),

    /** The eigendecomposition of C failed or returned non-finite or non-positive eigenvalues. */
    EIGENDECOMPOSITION_FAILED("the eigendecomposition of the covariance matrix failed"),

    /** The mean, sigma, an evolution path or C is not finite, or a sample could overflow to infinity. */
    NON_FINITE_STATE("the mean, step size, evolution paths or covariance matrix is not finite, or a sample could overflow");

    private final String description;

    StopReason(String description) {
        this.description = description;
    }

    /** Returns a sentence for users: what was detected and, where it helps, what to change. */
    public String description() {
        return description;
    }
}
