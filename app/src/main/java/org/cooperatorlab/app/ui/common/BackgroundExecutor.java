package org.cooperatorlab.app.ui.common;

/**
 * Runs work off the JavaFX application thread. The app uses {@link DaemonThreadExecutor}; view-model
 * tests use {@link SameThreadExecutor}, which runs the work before {@link #execute} returns, so the
 * tests need no sleeps.
 */
public interface BackgroundExecutor {

    /**
     * Starts {@code work}. The name labels the thread and the log lines of the work.
     * An exception thrown by the work goes to the thread's uncaught-exception handler.
     */
    void execute(String name, Runnable work);
}
