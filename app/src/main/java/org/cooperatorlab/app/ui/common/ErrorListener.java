package org.cooperatorlab.app.ui.common;

/** Receives errors that the user must see; {@link ErrorReporter} shows them in a dialog and logs them. */
@FunctionalInterface
public interface ErrorListener {

    /**
     * Reports a handled error.
     *
     * @param headline what failed, for example {@code Could not load agent.json}
     * @param explanation the problem and what was or was not changed
     * @param error the cause, or null
     */
    void report(String headline, String explanation, Throwable error);
}
