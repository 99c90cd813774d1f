package org.cooperatorlab.app.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.app.training.GenerationSnapshot;
import org.cooperatorlab.app.ui.chart.FitnessChart;
import org.cooperatorlab.app.ui.live.LivePlayback;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 10,000-generation run as the window sees it: every snapshot carries a full parameter vector,
 * but the window keeps only the latest one and three numbers per generation.
 */
class LongRunMemoryTest {

    private static final Logger LOG = LoggerFactory.getLogger(LongRunMemoryTest.class);
    private static final int GENERATIONS = 10_000;
    /** Allowed growth of the retained heap from generation 1,000 to 10,000; the histories need about 216 KB. */
    private static final long MAX_GROWTH_BYTES = 8L << 20;

    @Test
    void historyGrowsByNumbersOnly() {
        ModelSpec spec = EnvironmentKind.CARTPOLE_SWINGUP.spec(ModelKind.COOPERATOR);
        RunSlot slot = new RunSlot(EnvironmentKind.CARTPOLE_SWINGUP, spec, "Cooperator",
                new LivePlayback(EnvironmentKind.CARTPOLE_SWINGUP.create(), MainViewModel.HISTORY_STEPS, 1));
        long retainedAtThousand = 0;

        for (int generation = 1; generation <= GENERATIONS; generation++) {
            double[] parameters = new double[spec.parameterCount()];
            parameters[0] = generation;
            slot.publish(new GenerationSnapshot(generation, GENERATIONS, generation, generation / 2.0, 0, 0.1, generation,
                    generation / 2.0, parameters, parameters, generation, generation, 0.1, 1000, List.of(), false));
            if (generation % 10 == 0) {
                slot.drainPoints();
                slot.history().best().decimate(FitnessChart.BUCKETS);
            }
            if (generation == 1000) {
                retainedAtThousand = retainedHeap();
            }
        }
        long retainedAtEnd = retainedHeap();

        LOG.info("Retained heap after 1,000 generations {} KB, after 10,000 {} KB", retainedAtThousand >> 10, retainedAtEnd >> 10);
        assertEquals(GENERATIONS, slot.history().size());
        assertEquals(GENERATIONS, (int) slot.latest().bestAgentParameters()[0]);
        assertTrue(retainedAtEnd - retainedAtThousand < MAX_GROWTH_BYTES,
                "heap grew by " + ((retainedAtEnd - retainedAtThousand) >> 10) + " KB");
    }

    private static long retainedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
