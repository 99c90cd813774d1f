package org.cooperatorlab.app.ui.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cooperatorlab.app.env.EnvironmentKind;
import org.cooperatorlab.app.ui.common.Palette;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each environment's drawing, saved as PNG under target/test-snapshots and checked to be non-blank. */
@ExtendWith(ApplicationExtension.class)
class LiveViewTest {

    private static final Path SNAPSHOTS = Path.of("target", "test-snapshots");
    private LiveView view;

    @Start
    void start(Stage stage) {
        view = new LiveView();
        stage.setScene(new Scene(view, 640, 360));
        stage.show();
    }

    private int drawnColours(FxRobot robot, EnvironmentKind environment, String name) throws IOException {
        ModelSpec spec = environment.spec(ModelKind.COOPERATOR);
        LivePlayback playback = new LivePlayback(environment.create(), 50, 2);
        playback.setAgent(Policies.create(spec), LivePlaybackTest.randomParameters(spec, 9, 0.2), "random agent");
        playback.advance(0.1);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            view.setEntries(List.of(new LiveView.Entry(playback, environment.displayName(), 0)));
            view.render(Palette.LIGHT);
            image[0] = view.pane(0).snapshot(null, null);
        });
        BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
        Files.createDirectories(SNAPSHOTS);
        ImageIO.write(buffered, "png", SNAPSHOTS.resolve(name).toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < buffered.getHeight(); y += 2) {
            for (int x = 0; x < buffered.getWidth(); x += 2) {
                colours.add(buffered.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void cartPoleIsDrawn(FxRobot robot) throws IOException {
        int colours = drawnColours(robot, EnvironmentKind.CARTPOLE_SWINGUP, "live-cartpole.png");
        assertTrue(colours > 20, "colours " + colours);
    }

    @Test
    void ant2dIsDrawn(FxRobot robot) throws IOException {
        int colours = drawnColours(robot, EnvironmentKind.ANT2D, "live-ant2d.png");
        assertTrue(colours > 20, "colours " + colours);
    }

    @Test
    void ant3dIsDrawn(FxRobot robot) throws IOException {
        int colours = drawnColours(robot, EnvironmentKind.ANT3D, "live-ant3d.png");
        assertTrue(colours > 20, "colours " + colours);
    }
}
