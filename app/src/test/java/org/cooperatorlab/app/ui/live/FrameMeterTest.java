package org.cooperatorlab.app.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrameMeterTest {

    private static final long MILLISECOND = 1_000_000L;

    @Test
    void sixtyFramesPerSecondAreCounted() {
        FrameMeter meter = new FrameMeter();
        for (int i = 0; i <= 61; i++) {
            meter.frame(i * 16_666_667L, 2 * MILLISECOND);
        }
        assertEquals(60, meter.fps(), 1.0);
        assertEquals(16.7, meter.maxIntervalMillis(), 0.1);
        assertEquals(2.0, meter.maxWorkMillis(), 1e-9);
        assertEquals(0, meter.slowFramesSinceReset());
    }

    @Test
    void slowFrameIsCountedAndPeaks() {
        FrameMeter meter = new FrameMeter();
        meter.frame(0, MILLISECOND);
        meter.frame(16 * MILLISECOND, MILLISECOND);
        meter.frame(96 * MILLISECOND, 30 * MILLISECOND);
        assertEquals(1, meter.slowFramesSinceReset());
        assertEquals(80.0, meter.peakIntervalMillis(), 1e-9);
        assertEquals(30.0, meter.peakWorkMillis(), 1e-9);
    }

    @Test
    void resetSkipsTheIntervalAcrossIt() {
        FrameMeter meter = new FrameMeter();
        meter.frame(0, MILLISECOND);
        meter.resetPeaks();
        meter.frame(2_000 * MILLISECOND, MILLISECOND);
        meter.frame(2_016 * MILLISECOND, MILLISECOND);
        assertEquals(0, meter.slowFramesSinceReset());
        assertEquals(16.0, meter.peakIntervalMillis(), 1e-9);
        assertEquals(2, meter.framesSinceReset());
    }
}
