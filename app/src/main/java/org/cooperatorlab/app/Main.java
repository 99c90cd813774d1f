package org.cooperatorlab.app;

import org.cooperatorlab.app.cli.CooperatorLabCommand;

/**
 * Entry point of {@code cooperator-lab.jar}: with no arguments it opens the desktop window,
 * otherwise it runs a command-line subcommand. It deliberately does not extend
 * {@code javafx.application.Application}, so the JavaFX runtime can start from a plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            LogFile.install();
            org.cooperatorlab.app.ui.DesktopApp.launch(args);
            return;
        }
        System.exit(CooperatorLabCommand.execute(args));
    }
}
