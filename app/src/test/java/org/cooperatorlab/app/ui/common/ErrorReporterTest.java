package org.cooperatorlab.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ErrorReporterTest {

    private Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage stage) {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        ErrorReporter reporter = new ErrorReporter();
        reporter.setOwner(stage);
        reporter.install();
        stage.setScene(new Scene(new Label("owner"), 200, 100));
        stage.show();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    @Test
    void uncaughtExceptionOpensDialogWithDetails(FxRobot robot) throws TimeoutException, InterruptedException {
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("rollout worker broke");
        }, "test-worker");
        worker.start();
        worker.join();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertEquals("Unexpected error", dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("test-worker"), dialog.getContentText());
        TextArea details = (TextArea) dialog.getExpandableContent();
        assertTrue(details.getText().contains("rollout worker broke"), details.getText());
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}
