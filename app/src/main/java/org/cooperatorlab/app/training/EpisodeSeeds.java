package org.cooperatorlab.app.training;

/**
 * Derives episode seeds from a run seed, so that every candidate of a generation meets the same
 * episodes (common random numbers) and the seeds do not depend on which thread runs a rollout.
 */
public final class EpisodeSeeds {

    private EpisodeSeeds() {
    }

    /** Seed of training episode {@code rep} of {@code generation}. */
    public static long training(long runSeed, int generation, int rep) {
        return mix(mix(runSeed ^ 0x5851F42D4C957F2DL) + generation * 0x9E3779B97F4A7C15L + rep);
    }

    /** Seed of evaluation episode {@code episode}. */
    public static long evaluation(long seed, int episode) {
        return mix(mix(seed ^ 0x14057B7EF767814FL) + episode);
    }

    /** Mixes the bits of {@code z} with the SplitMix64 finaliser (Steele, Lea and Flood 2014), a bijection that spreads nearby inputs apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
