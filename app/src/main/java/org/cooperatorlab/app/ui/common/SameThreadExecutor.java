package org.cooperatorlab.app.ui.common;

/** Runs work on the calling thread before returning; for deterministic view-model tests. */
public final class SameThreadExecutor implements BackgroundExecutor {

    @Override
    public void execute(String name, Runnable work) {
        work.run();
    }
}
