package org.cooperatorlab.app.ui;

import javafx.application.Application;

/**
 * Starts the desktop app. A plain class, so that a launcher on the class path (not a JavaFX
 * module) can start it; it hands over to {@link CooperatorLabApp}, the {@link Application}.
 *
 * <p>Options: {@code --screenshot DIR} trains briefly, saves screenshots of the main window, the
 * inspector and compare mode into DIR, writes the frame times there, and exits. It exists for the
 * documentation script.
 */
public final class DesktopApp {

    private DesktopApp() {
    }

    /** Opens the main window and returns when it is closed. */
    public static void launch(String[] args) {
        Application.launch(CooperatorLabApp.class, args);
    }

    public static void main(String[] args) {
        launch(args);
    }
}
