package org.cooperatorlab.app.ui.main;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Generation x of N with a progress bar, rollouts per second, time left, and the latest message. */
final class StatusBar extends HBox {

    final Label generation = new Label();
    final ProgressBar progress = new ProgressBar(0);
    final Label rollouts = new Label();
    final Label timeLeft = new Label();
    final Label message = new Label();

    StatusBar(MainViewModel viewModel) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        generation.setId("generation-label");
        generation.textProperty().bind(viewModel.generationTextProperty());
        generation.setTooltip(new Tooltip("Generations done of the run's budget."));
        progress.setId("generation-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        rollouts.setId("rollouts-label");
        rollouts.textProperty().bind(viewModel.rolloutsTextProperty());
        rollouts.setTooltip(new Tooltip("Episodes simulated per second by training, over every core."));
        timeLeft.setId("time-left-label");
        timeLeft.textProperty().bind(viewModel.timeLeftTextProperty());
        timeLeft.setTooltip(new Tooltip("Estimated from the mean time per generation so far."));
        message.setId("status-message");
        message.textProperty().bind(viewModel.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(generation, progress, rollouts, timeLeft, spacer, message);
    }
}
