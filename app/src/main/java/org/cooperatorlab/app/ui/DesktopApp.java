package org.cooperatorlab.app.ui;

/** Starts the desktop window. */
public final class DesktopApp {

    private DesktopApp() {
    }

    public static void launch(String[] args) {
        throw new UnsupportedOperationException("the desktop window is not part of this build yet; use a subcommand, see --help");
    }
}
