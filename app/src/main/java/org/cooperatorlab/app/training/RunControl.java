package org.cooperatorlab.app.training;

import java.util.concurrent.CancellationException;

/**
 * Cooperative pause and cancellation for a run. Workers call {@link #checkpoint()} between
 * rollouts, so a pause or a cancellation takes effect within one rollout. Thread-safe.
 */
public final class RunControl {

    private boolean paused;
    private volatile boolean cancelled;
    private long pausedNanos;
    private long pauseStartedNanos;

    public synchronized void pause() {
        if (!paused) {
            paused = true;
            pauseStartedNanos = System.nanoTime();
        }
    }

    public synchronized void resume() {
        if (paused) {
            paused = false;
            pausedNanos += System.nanoTime() - pauseStartedNanos;
            notifyAll();
        }
    }

    public void cancel() {
        cancelled = true;
        synchronized (this) {
            notifyAll();
        }
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Total time spent paused, in nanoseconds, including a pause in progress. */
    public synchronized long pausedNanos() {
        return pausedNanos + (paused ? System.nanoTime() - pauseStartedNanos : 0);
    }

    /**
     * Blocks while paused.
     *
     * @throws CancellationException if the run was cancelled, before or during the pause
     */
    public void checkpoint() {
        if (cancelled) {
            throw new CancellationException("training cancelled");
        }
        synchronized (this) {
            while (paused && !cancelled) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                }
            }
        }
        if (cancelled) {
            throw new CancellationException("training cancelled");
        }
    }
}
