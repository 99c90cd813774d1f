package org.cooperatorlab.app.ui.live;

import java.util.Locale;

/**
 * Frame statistics over a sliding one-second window: frames per second, the longest interval
 * between two frames (what the user sees as a stutter) and the longest time spent in the app's own
 * per-frame work. Also keeps the longest interval since {@link #resetPeaks()}.
 *
 * <p>Not thread-safe; fed from the JavaFX animation timer.
 */
public final class FrameMeter {

    private static final long WINDOW_NANOS = 1_000_000_000L;
    /** A frame interval above this counts as slow: 50 ms, the responsiveness target. */
    public static final double SLOW_FRAME_MILLIS = 50;

    private long windowStart = -1;
    private long lastFrame = -1;
    private int framesInWindow;
    private long maxIntervalInWindow;
    private long maxWorkInWindow;

    private double fps;
    private double maxIntervalMillis;
    private double maxWorkMillis;
    private double peakIntervalMillis;
    private double peakWorkMillis;
    private long frames;
    private long framesSinceReset;
    private long slowFramesSinceReset;

    /**
     * Records a frame that started at {@code frameNanos} (the animation timer's timestamp) and
     * whose work took {@code workNanos}.
     */
    public void frame(long frameNanos, long workNanos) {
        frames++;
        framesSinceReset++;
        if (lastFrame >= 0) {
            long interval = frameNanos - lastFrame;
            if (interval / 1e6 > SLOW_FRAME_MILLIS) {
                slowFramesSinceReset++;
            }
            maxIntervalInWindow = Math.max(maxIntervalInWindow, interval);
            peakIntervalMillis = Math.max(peakIntervalMillis, interval / 1e6);
        }
        maxWorkInWindow = Math.max(maxWorkInWindow, workNanos);
        peakWorkMillis = Math.max(peakWorkMillis, workNanos / 1e6);
        lastFrame = frameNanos;
        if (windowStart < 0) {
            windowStart = frameNanos;
        }
        framesInWindow++;
        long elapsed = frameNanos - windowStart;
        if (elapsed >= WINDOW_NANOS) {
            fps = framesInWindow * 1e9 / elapsed;
            maxIntervalMillis = maxIntervalInWindow / 1e6;
            maxWorkMillis = maxWorkInWindow / 1e6;
            windowStart = frameNanos;
            framesInWindow = 0;
            maxIntervalInWindow = 0;
            maxWorkInWindow = 0;
        }
    }

    /** Frames per second over the last complete window. */
    public double fps() {
        return fps;
    }

    /** Maximum interval between frames in the last complete window, ms. */
    public double maxIntervalMillis() {
        return maxIntervalMillis;
    }

    /** Maximum per-frame work in the last complete window, ms. */
    public double maxWorkMillis() {
        return maxWorkMillis;
    }

    /** Maximum interval between frames since the last reset, ms. */
    public double peakIntervalMillis() {
        return peakIntervalMillis;
    }

    /** Maximum per-frame work since the last reset, ms. */
    public double peakWorkMillis() {
        return peakWorkMillis;
    }

    public long frames() {
        return frames;
    }

    /** Frames recorded since the last reset whose interval exceeded {@value #SLOW_FRAME_MILLIS} ms. */
    public long slowFramesSinceReset() {
        return slowFramesSinceReset;
    }

    public long framesSinceReset() {
        return framesSinceReset;
    }

    /**
     * Starts a new measurement: clears the peaks and the frame counts since reset. The interval
     * that ends at the next frame is not counted, because it may span work done before the reset,
     * such as a screenshot.
     */
    public void resetPeaks() {
        lastFrame = -1;
        peakIntervalMillis = 0;
        peakWorkMillis = 0;
        framesSinceReset = 0;
        slowFramesSinceReset = 0;
    }

    /** One line with the last window's rate and maxima and the figures since the last reset. */
    public String summary() {
        return String.format(Locale.ROOT, "%.0f fps; last second: frame interval max %.1f ms, work max %.1f ms; "
                + "since reset: %d frames, %d over %.0f ms, interval peak %.1f ms, work peak %.1f ms",
                fps, maxIntervalMillis, maxWorkMillis, framesSinceReset, slowFramesSinceReset, SLOW_FRAME_MILLIS,
                peakIntervalMillis, peakWorkMillis);
    }
}
