package org.cooperatorlab.app.ui.common;

import java.util.Objects;

/**
 * Runs each piece of work on a new daemon thread, so a long training run never blocks the JavaFX
 * thread and never keeps the JVM alive after the window closes. Training runs are few and long,
 * which is why a pool would buy nothing here.
 */
public final class DaemonThreadExecutor implements BackgroundExecutor {

    @Override
    public void execute(String name, Runnable work) {
        Objects.requireNonNull(work, "work");
        Thread thread = new Thread(work, "cooperator-lab-" + name);
        thread.setDaemon(true);
        thread.start();
    }
}
