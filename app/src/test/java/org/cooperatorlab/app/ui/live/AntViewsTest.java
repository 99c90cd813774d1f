package org.cooperatorlab.app.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cooperatorlab.app.ui.common.Palette;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.Policies;
import org.cooperatorlab.physics.Ant2d;
import org.cooperatorlab.physics.Ant3d;
import org.cooperatorlab.physics.AntPose2d;
import org.cooperatorlab.physics.BodyPose2d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Ant views drawn from the real physics under Monocle headless, where 3D is missing. */
@ExtendWith(ApplicationExtension.class)
class AntViewsTest {

    private static final Path SNAPSHOTS = Path.of("target", "test-snapshots");
    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;
    /** Steps of zero action after which the walker rests on its feet. */
    private static final int SETTLE_STEPS = 40;

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, WIDTH, HEIGHT));
        stage.show();
    }

    static Ant2d settledAnt2d() {
        Ant2d ant = new Ant2d();
        ant.reset(3);
        for (int i = 0; i < SETTLE_STEPS; i++) {
            ant.step(new double[ant.actionSize()]);
        }
        return ant;
    }

    static Ant3d settledAnt3d() {
        Ant3d ant = new Ant3d();
        ant.reset(3);
        for (int i = 0; i < SETTLE_STEPS; i++) {
            ant.step(new double[ant.actionSize()]);
        }
        return ant;
    }

    private static Ant2dRenderer.Frame frame2d(AntPose2d pose, Color color) {
        return new Ant2dRenderer.Frame(pose, Ant2dRenderer.farLegs(Ant2d.LEG_NAMES), SETTLE_STEPS, 1000, 12.5,
                Ant2d.OBSERVATION_NAMES, Ant2d.OBSERVATION_NAMES, "Cooperator, random parameters", "episode 1", color);
    }

    private static WritableImage snapshot(FxRobot robot, Node node, String file) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        Files.createDirectories(SNAPSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", SNAPSHOTS.resolve(file).toFile());
        return image[0];
    }

    static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.04 && Math.abs(a.getGreen() - b.getGreen()) < 0.04
                && Math.abs(a.getBlue() - b.getBlue()) < 0.04;
    }

    static int count(WritableImage image, Color color) {
        PixelReader reader = image.getPixelReader();
        int found = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (near(reader.getColor(x, y), color)) {
                    found++;
                }
            }
        }
        return found;
    }

    static int distinctColours(WritableImage image) {
        PixelReader reader = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y += 2) {
            for (int x = 0; x < (int) image.getWidth(); x += 2) {
                colours.add(reader.getArgb(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void ant2dTorsoFollowedByCamera(FxRobot robot) throws IOException {
        Ant2d ant = settledAnt2d();
        AntPose2d pose = ant.pose();
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        Color torso = Palette.LIGHT.primary();
        robot.interact(() -> {
            root.getChildren().setAll(canvas);
            new Ant2dRenderer().draw(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, frame2d(pose, torso), Palette.LIGHT);
        });
        WritableImage image = snapshot(robot, canvas, "ant2d-renderer.png");

        double scale = Ant2dRenderer.scale(WIDTH, HEIGHT);
        int torsoY = (int) Math.round(Ant2dRenderer.groundLine(HEIGHT) - pose.torso().y() * scale);
        Color centre = image.getPixelReader().getColor(WIDTH / 2, torsoY);
        assertTrue(near(centre, torso), "the torso centre pixel should have the torso colour, was " + centre);
        assertTrue(near(image.getPixelReader().getColor(WIDTH - 3, HEIGHT / 3), Palette.LIGHT.background()));
        assertTrue(count(image, torso) > 1000, "too few torso pixels: " + count(image, torso));
        assertTrue(distinctColours(image) > 20);
        assertTrue(pose.footContacts().contains(true), "the settled walker should stand on at least one foot");
        assertTrue(count(image, Palette.LIGHT.warning()) > 30, "a foot contact marker should be drawn");

        // Ten metres further on, the camera keeps the torso in the centre of the canvas.
        BodyPose2d t = pose.torso();
        AntPose2d moved = new AntPose2d(new BodyPose2d(t.x() + 10, t.y(), t.angle(), t.halfLength(), t.halfWidth()),
                shift(pose.upperLegs(), 10), shift(pose.lowerLegs(), 10), pose.footContacts(), pose.distance() + 10);
        robot.interact(() -> new Ant2dRenderer().draw(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, frame2d(moved, torso),
                Palette.DARK));
        WritableImage far = snapshot(robot, canvas, "ant2d-renderer-dark.png");
        assertTrue(near(far.getPixelReader().getColor(WIDTH / 2, torsoY), torso));
        assertTrue(near(far.getPixelReader().getColor(WIDTH - 3, HEIGHT / 3), Palette.DARK.background()));
    }

    private static List<BodyPose2d> shift(List<BodyPose2d> parts, double dx) {
        return parts.stream().map(p -> new BodyPose2d(p.x() + dx, p.y(), p.angle(), p.halfLength(), p.halfWidth())).toList();
    }

    @Test
    void ant3dViewFallbackShowsNotice(FxRobot robot) throws IOException {
        assertFalse(Ant3dView.supported(), "Monocle with the software renderer has no 3D");
        Ant3d ant = settledAnt3d();
        Ant3dView[] view = new Ant3dView[1];
        Color torso = Palette.LIGHT.secondary();
        robot.interact(() -> {
            view[0] = new Ant3dView();
            root.getChildren().setAll(view[0]);
        });
        robot.interact(() -> view[0].draw(new Ant3dView.Frame(ant.pose(), SETTLE_STEPS, 1000, 3.0, Ant3d.OBSERVATION_NAMES,
                Ant3d.OBSERVATION_NAMES, "Transformer", "episode 1", torso), Palette.LIGHT));
        assertFalse(view[0].threeD());
        assertNull(view[0].subScene());
        WritableImage image = snapshot(robot, view[0], "ant3d-fallback.png");

        double scale = Ant2dRenderer.scale(WIDTH, HEIGHT);
        int torsoY = (int) Math.round(Ant2dRenderer.groundLine(HEIGHT) - ant.pose().torso().z() * scale);
        assertTrue(near(image.getPixelReader().getColor(WIDTH / 2, torsoY), torso), "torso at the centre of the side view");
        assertTrue(count(image, Palette.LIGHT.warning()) > 40, "the notice and the foot contacts use the warning colour");
        int noticeRow = 0;
        for (int y = HEIGHT - 24; y < HEIGHT; y++) {
            for (int x = 12; x < 300; x++) {
                if (near(image.getPixelReader().getColor(x, y), Palette.LIGHT.warning())) {
                    noticeRow++;
                }
            }
        }
        assertTrue(noticeRow > 20, "the notice should be written at the bottom left");
        ant.close();
    }

    @Test
    void liveViewDrawsBothAntsFromTheirPlaybacks(FxRobot robot) throws IOException {
        LiveView live = new LiveView();
        LivePlayback walker = playing(new Ant2d(), Ant2d.OBSERVATION_NAMES.size());
        LivePlayback ant = playing(new Ant3d(), Ant3d.OBSERVATION_NAMES.size());
        robot.interact(() -> {
            root.getChildren().setAll(live);
            live.setEntries(List.of(new LiveView.Entry(walker, "Ant 2D", 0), new LiveView.Entry(ant, "Ant 3D", 1)));
        });
        robot.interact(() -> live.render(Palette.LIGHT));
        assertNull(live.view3d(0));
        assertNotNull(live.view3d(1));
        assertEquals(Ant3dView.supported(), live.view3d(1).threeD());
        WritableImage left = snapshot(robot, live.pane(0), "ants-live-2d.png");
        WritableImage right = snapshot(robot, live.view3d(1), "ants-live-3d.png");
        assertTrue(count(left, Palette.LIGHT.primary()) > 300, "the 2D walker in the first model's colour");
        assertTrue(count(right, Palette.LIGHT.secondary()) > 300, "the 3D ant in the second model's colour");
        walker.close();
        ant.close();
    }

    private static LivePlayback playing(org.cooperatorlab.physics.Environment environment, int sensors) {
        ModelSpec spec = ModelSpec.forAnt(ModelKind.COOPERATOR, sensors, 8);
        LivePlayback playback = new LivePlayback(environment, 50, 5);
        playback.setAgent(Policies.create(spec), LivePlaybackTest.randomParameters(spec, 4, 0.05), "test agent");
        for (int i = 0; i < 10; i++) {
            playback.stepOnce();
        }
        return playback;
    }
}
