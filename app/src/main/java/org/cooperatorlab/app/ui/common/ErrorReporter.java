package org.cooperatorlab.app.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows errors to the user and writes them to the log, so nothing fails silently.
 *
 * <p>{@link #install()} makes it the default uncaught-exception handler of every thread. Errors
 * from other threads are shown on the JavaFX thread. While one error dialog is open, further
 * uncaught errors only go to the log, with a count, so an error repeated on every frame cannot
 * bury the window under dialogs.
 */
public final class ErrorReporter implements ErrorListener {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final AtomicInteger suppressed = new AtomicInteger();
    private volatile Window owner;
    private volatile Alert openDialog;

    /** Sets the window that owns the dialogs; null for none. */
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Makes this reporter the default uncaught-exception handler of all threads. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught(thread.getName(), error));
    }

    /** Logs an uncaught error and shows it unless an error dialog is already open. */
    public void uncaught(String threadName, Throwable error) {
        LOG.error("Uncaught exception on thread {}", threadName, error);
        runOnFxThread(() -> {
            if (openDialog != null && openDialog.isShowing()) {
                int count = suppressed.incrementAndGet();
                LOG.warn("{} further uncaught errors not shown while the error dialog is open", count);
                return;
            }
            suppressed.set(0);
            openDialog = show("Unexpected error", "An unexpected error occurred on thread " + threadName
                    + ". The details are also in the log.", error);
        });
    }

    /**
     * Logs a handled error and shows it in a dialog with a headline, an explanation and the
     * details. Does not block; from another thread the dialog opens a moment later.
     */
    @Override
    public void report(String headline, String explanation, Throwable error) {
        LOG.warn("{}: {}", headline, explanation, error);
        runOnFxThread(() -> show(headline, explanation, error));
    }

    private Alert show(String headline, String explanation, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Cooperator Lab");
        alert.setHeaderText(headline);
        alert.setContentText(explanation);
        if (error != null) {
            TextArea details = new TextArea(stackTrace(error));
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(14);
            alert.getDialogPane().setExpandableContent(details);
        }
        Window window = owner;
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.getDialogPane().setId("error-dialog");
        alert.show();
        return alert;
    }

    private static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static void runOnFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
