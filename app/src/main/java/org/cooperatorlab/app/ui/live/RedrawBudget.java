package org.cooperatorlab.app.ui.live;

/**
 * Decides how often the secondary views (inspector, input traces) redraw, so that frames stay
 * short on slow renderers. With JavaFX's software pipeline every redrawn canvas is rasterised on
 * the CPU, so redrawing all of them on every frame can take hundreds of milliseconds on a busy
 * machine. The live view itself always redraws.
 *
 * <p>The stride starts at 1 (every frame). An exponential moving average of the frame interval
 * (weight 0.1) is checked every {@value #ADJUST_EVERY} frames: above {@value #SLOW_MILLIS} ms the
 * stride grows by one, up to {@value #MAX_STRIDE}; below {@value #FAST_MILLIS} ms it shrinks by one.
 */
public final class RedrawBudget {

    static final double SLOW_MILLIS = 40;
    static final double FAST_MILLIS = 25;
    static final int MAX_STRIDE = 8;
    static final int ADJUST_EVERY = 15;

    private double averageMillis = 16;
    private int stride = 1;
    private long frames;

    /** Records one frame's interval and returns whether the secondary views should redraw on it. */
    public boolean frame(double intervalMillis) {
        if (Double.isFinite(intervalMillis) && intervalMillis > 0) {
            averageMillis = 0.9 * averageMillis + 0.1 * intervalMillis;
        }
        frames++;
        if (frames % ADJUST_EVERY == 0) {
            if (averageMillis > SLOW_MILLIS && stride < MAX_STRIDE) {
                stride++;
            } else if (averageMillis < FAST_MILLIS && stride > 1) {
                stride--;
            }
        }
        return frames % stride == 0;
    }

    /** Redraw every this many frames: 1 on a fast renderer. */
    public int stride() {
        return stride;
    }
}
