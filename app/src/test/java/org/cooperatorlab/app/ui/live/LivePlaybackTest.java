package org.cooperatorlab.app.ui.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.Policies;
import org.cooperatorlab.model.Policy;
import org.cooperatorlab.physics.CartPoleSwingUp;
import org.junit.jupiter.api.Test;

class LivePlaybackTest {

    private static final double SAME_ACTION_TOLERANCE = 1e-9;

    static double[] randomParameters(ModelSpec spec, long seed, double scale) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] parameters = new double[spec.parameterCount()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = scale * random.nextGaussian();
        }
        return parameters;
    }

    private static LivePlayback playback(ModelKind kind, long parameterSeed) {
        ModelSpec spec = ModelSpec.forCartPole(kind, 5, 1);
        LivePlayback playback = new LivePlayback(new CartPoleSwingUp(), 400, 7);
        playback.setAgent(Policies.create(spec), randomParameters(spec, parameterSeed, 0.3), "test agent");
        return playback;
    }

    @Test
    void advanceStepsAtRealTime() {
        LivePlayback playback = playback(ModelKind.COOPERATOR, 1);
        assertEquals(10, playback.advance(0.105));
        assertEquals(10, playback.steps());
        assertNotNull(playback.lastTrace());
        assertEquals(10, playback.history().size());
    }

    @Test
    void advanceScalesWithSpeed() {
        LivePlayback playback = playback(ModelKind.COOPERATOR, 1);
        playback.setSpeed(4);
        assertEquals(20, playback.advance(0.0505));
        playback.setSpeed(0.25);
        assertEquals(2, playback.advance(0.0805));
    }

    @Test
    void advanceIsCappedPerCall() {
        LivePlayback playback = playback(ModelKind.COOPERATOR, 1);
        assertEquals(LivePlayback.MAX_STEPS_PER_ADVANCE, playback.advance(5.0));
        assertEquals(1, playback.advance(0.0105));
    }

    @Test
    void pausedPlaybackOnlySingleSteps() {
        LivePlayback playback = playback(ModelKind.TRANSFORMER, 2);
        playback.setPaused(true);
        assertEquals(0, playback.advance(1.0));
        playback.stepOnce();
        assertEquals(1, playback.steps());
    }

    @Test
    void speedOutsideRangeIsRejected() {
        LivePlayback playback = playback(ModelKind.TRANSFORMER, 2);
        assertThrows(IllegalArgumentException.class, () -> playback.setSpeed(16));
        assertThrows(IllegalArgumentException.class, () -> playback.setSpeed(Double.NaN));
    }

    @Test
    void offeredParametersWaitForNextEpisode() {
        ModelSpec spec = ModelSpec.forCartPole(ModelKind.COOPERATOR, 5, 1);
        LivePlayback playback = new LivePlayback(new CartPoleSwingUp(), 100, 3);
        double[] first = randomParameters(spec, 10, 0.3);
        double[] second = randomParameters(spec, 11, 0.3);
        playback.setAgent(Policies.create(spec), first, "generation 1");
        playback.advance(0.2);

        playback.offerParameters(second, "generation 2");

        assertArrayEquals(first, playback.parameters());
        assertEquals("generation 1", playback.parameterSource());
        int guard = 0;
        while (playback.episodes() < 2 && guard++ < 2000) {
            playback.stepOnce();
        }
        assertEquals(2, playback.episodes());
        assertArrayEquals(second, playback.parameters());
        assertEquals("generation 2", playback.parameterSource());
    }

    @Test
    void endedEpisodeIsHeldThenRestarts() {
        LivePlayback playback = playback(ModelKind.COOPERATOR, 4);
        int guard = 0;
        while (playback.episodeRunning() && guard++ < 2000) {
            playback.stepOnce();
        }
        assertNotNull(playback.endReason());
        for (int i = 0; i < LivePlayback.END_HOLD_STEPS; i++) {
            playback.stepOnce();
            assertEquals(1, playback.episodes());
        }
        playback.stepOnce();
        assertEquals(2, playback.episodes());
        assertTrue(playback.episodeRunning());
        assertEquals(0, playback.steps());
    }

    @Test
    void shuffleChangesSensorNames() {
        LivePlayback playback = playback(ModelKind.COOPERATOR, 1);
        List<String> before = playback.sensorNames();
        long version = playback.sensorVersion();
        boolean changed = false;
        for (int i = 0; i < 5 && !changed; i++) {
            playback.shuffleNow();
            changed = !playback.sensorNames().equals(before);
        }
        assertTrue(changed, "five shuffles of five sensors all gave the natural order");
        assertTrue(playback.sensorVersion() > version);
    }

    /** With the state re-aligned, a permutation-invariant agent acts exactly as if nothing changed. */
    @Test
    void realignedShuffleLeavesActionsUnchanged() {
        assertActionsAfterShuffle(true, true);
    }

    /** Without re-alignment the per-sensor state no longer matches its signal, so actions change. */
    @Test
    void shuffleWithoutRealignChangesActions() {
        assertActionsAfterShuffle(false, false);
    }

    private static void assertActionsAfterShuffle(boolean realign, boolean expectSame) {
        LivePlayback shuffled = playback(ModelKind.COOPERATOR, 5);
        LivePlayback reference = playback(ModelKind.COOPERATOR, 5);
        shuffled.setRealignState(realign);
        for (int i = 0; i < 10; i++) {
            shuffled.stepOnce();
            reference.stepOnce();
        }
        shuffled.setPermutation(new int[] {4, 2, 0, 3, 1});
        double largest = 0;
        int compared = 0;
        for (int i = 0; i < 15 && shuffled.episodeRunning() && reference.episodeRunning(); i++) {
            shuffled.stepOnce();
            reference.stepOnce();
            largest = Math.max(largest, Math.abs(shuffled.action()[0] - reference.action()[0]));
            compared++;
        }
        assertTrue(compared >= 10, "steps compared " + compared);
        if (expectSame) {
            assertTrue(largest < SAME_ACTION_TOLERANCE, "largest action change " + largest);
        } else {
            assertTrue(largest > 1e-6, "largest action change " + largest);
        }
    }

    @Test
    void noiseSensorsCanBeAddedMidEpisode() {
        LivePlayback playback = playback(ModelKind.TRANSFORMER, 6);
        playback.advance(0.105);
        playback.setNoiseChannels(3);
        playback.advance(0.105);
        assertEquals(List.of("x", "x_dot", "cos_theta", "sin_theta", "theta_dot", "noise_1", "noise_2", "noise_3"),
                playback.sensorNames());
        assertEquals(8, playback.lastTrace().observation().length);
        playback.setNoiseChannels(0);
        playback.advance(0.105);
        assertEquals(5, playback.lastTrace().observation().length);
    }

    @Test
    void fixedSizeModelDropsNoiseSensors() {
        LivePlayback playback = playback(ModelKind.TRANSFORMER, 6);
        playback.setNoiseChannels(2);
        ModelSpec spec = ModelSpec.forCartPole(ModelKind.FEEDFORWARD, 5, 1);
        Policy policy = Policies.create(spec);
        playback.setAgent(policy, randomParameters(spec, 1, 0.3), "baseline");
        assertEquals(0, playback.environment().noiseChannels());
        assertEquals(10, playback.advance(0.105));
    }

    @Test
    void samePlaybackSeedPlaysSameEpisodes() {
        LivePlayback first = playback(ModelKind.COOPERATOR, 1);
        LivePlayback second = playback(ModelKind.TRANSFORMER, 2);
        assertEquals(first.episodeSeed(), second.episodeSeed());
        assertNotEquals(0, first.episodeSeed());
    }
}
