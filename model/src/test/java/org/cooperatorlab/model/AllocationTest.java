package org.cooperatorlab.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The training path allocates nothing per step once its buffers have grown, also while the number
 * of sensors alternates. The JVM itself can allocate a few hundred bytes on the thread while it
 * compiles the loop, so the check allows less than one byte per step on average. A single array
 * per step would be at least 16 bytes per step. Measured with the JDK's per-thread allocation counter, so
 * it is skipped on a JVM without one.
 */
class AllocationTest {

    private static final int STEPS = 5_000;

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void actAllocatesNothingPerStep(ModelKind kind) {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        Policy policy = Fixtures.policy(ModelSpec.forCartPole(kind, 5, 1), new Random(8));
        double[] five = {0.1, -0.2, 0.3, 0.4, -0.5};
        double[] seven = {0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.7};
        double[][] observations = kind.permutationInvariant() ? new double[][] {five, seven} : new double[][] {five, five};
        double[] action = new double[1];
        runSteps(policy, observations, action);

        long before = threads.getCurrentThreadAllocatedBytes();
        runSteps(policy, observations, action);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated < STEPS, kind.id() + " allocated " + allocated + " bytes over " + STEPS + " steps");
    }

    private static void runSteps(Policy policy, double[][] observations, double[] action) {
        for (int t = 0; t < STEPS; t++) {
            if (t % 500 == 0) {
                policy.reset();
            }
            policy.act(observations[t % 2], action);
        }
    }
}
