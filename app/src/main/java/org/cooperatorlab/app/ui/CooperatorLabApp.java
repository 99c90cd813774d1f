package org.cooperatorlab.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.cooperatorlab.app.ui.agents.AgentFileStore;
import org.cooperatorlab.app.ui.agents.RecentAgents;
import org.cooperatorlab.app.ui.agents.SavedAgentsFolder;
import org.cooperatorlab.app.ui.common.DaemonThreadExecutor;
import org.cooperatorlab.app.ui.common.ErrorReporter;
import org.cooperatorlab.app.ui.main.MainViewModel;
import org.cooperatorlab.app.ui.main.MainWindow;
import org.cooperatorlab.app.ui.main.ScreenshotTour;
import org.cooperatorlab.model.Policies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: wires the view model to the real executor, policies and agent files. */
public final class CooperatorLabApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CooperatorLabApp.class);

    @Override
    public void start(Stage stage) {
        ErrorReporter errors = new ErrorReporter();
        errors.install();
        DaemonThreadExecutor executor = new DaemonThreadExecutor();
        MainViewModel viewModel = new MainViewModel(executor, Platform::runLater, Policies::create, new AgentFileStore(), errors);
        Path agentsFolder = SavedAgentsFolder.locate();
        MainWindow window = new MainWindow(viewModel, executor, errors, RecentAgents.forUser(), agentsFolder);
        window.show(stage);
        LOG.info("Main window open; agents folder {}", agentsFolder);

        List<String> raw = getParameters().getRaw();
        int index = raw.indexOf("--screenshot");
        if (index >= 0) {
            if (index + 1 >= raw.size()) {
                throw new IllegalArgumentException("--screenshot needs a folder, for example --screenshot docs/images");
            }
            new ScreenshotTour(window, stage, Path.of(raw.get(index + 1))).start();
        }
    }
}
