package org.cooperatorlab.app.ui.live;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cooperatorlab.app.ui.common.Palette;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.Policies;
import org.cooperatorlab.physics.Ant2d;
import org.cooperatorlab.physics.Ant3d;
import org.cooperatorlab.physics.Environment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Renders the 3D Ant with the real JavaFX 3D pipeline (OpenGL ES2; Mesa under Xvfb) on the GTK
 * platform and checks the picture. Runs in its own surefire execution without Monocle, and skips
 * itself with the reason when there is no X display or the platform lacks 3D support.
 */
class Ant3dRenderIT {

    private static final Path SNAPSHOTS = Path.of("target", "test-snapshots");
    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;
    private static final long TIMEOUT_SECONDS = 30;
    private static Stage stage;

    @BeforeAll
    static void startPlatform() throws Exception {
        if (!hasDisplay()) {
            return;
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        if (Platform.isSupported(ConditionalFeature.SCENE3D)) {
            stage = onFx(Stage::new);
        }
    }

    /** Skips each test, so the report lists it as skipped with the reason, when 3D cannot be drawn here. */
    @BeforeEach
    void require3d() {
        assumeTrue(hasDisplay(), "3D rendering test skipped: DISPLAY is not set; run it under an X server, e.g. xvfb-run");
        assumeTrue(Platform.isSupported(ConditionalFeature.SCENE3D),
                "3D rendering test skipped: this JavaFX pipeline has no SCENE3D support (prism.order="
                        + System.getProperty("prism.order", "default") + ")");
    }

    private static boolean hasDisplay() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isEmpty();
    }

    @AfterAll
    static void closeStage() throws Exception {
        if (stage != null) {
            onFx(() -> {
                stage.close();
                return null;
            });
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static WritableImage show(Parent root, Node shot, String file) throws Exception {
        onFx(() -> {
            stage.setScene(new Scene(root, WIDTH, HEIGHT));
            stage.show();
            root.applyCss();
            root.layout();
            return null;
        });
        // Two round trips through the JavaFX queue let the stage finish showing before the snapshot.
        onFx(() -> null);
        onFx(() -> null);
        WritableImage image = onFx(() -> shot.snapshot(null, null));
        Files.createDirectories(SNAPSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SNAPSHOTS.resolve(file).toFile());
        return image;
    }

    /** Pixels whose hue lies within 15 degrees of {@code colour}'s and that are clearly saturated: shaded torso pixels. */
    private static int countHue(WritableImage image, Color colour) {
        PixelReader reader = image.getPixelReader();
        int found = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = reader.getColor(x, y);
                double hueGap = Math.abs(c.getHue() - colour.getHue());
                if (Math.min(hueGap, 360 - hueGap) < 15 && c.getSaturation() > 0.4 && c.getBrightness() > 0.2) {
                    found++;
                }
            }
        }
        return found;
    }

    private static int distinctColours(WritableImage image) {
        PixelReader reader = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                colours.add(reader.getArgb(x, y));
            }
        }
        return colours.size();
    }

    private static LivePlayback playing(Environment environment, long seed, int steps) {
        ModelSpec spec = ModelSpec.forAnt(ModelKind.COOPERATOR, environment.observationNames().size(), environment.actionSize());
        LivePlayback playback = new LivePlayback(environment, 50, seed);
        playback.setAgent(Policies.create(spec), LivePlaybackTest.randomParameters(spec, seed, 0.1), "random parameters");
        for (int i = 0; i < steps; i++) {
            playback.stepOnce();
        }
        return playback;
    }

    @Test
    void subSceneRendersZoomsAndOrbits() throws Exception {
        Ant3d ant = AntViewsTest.settledAnt3d();
        Color torso = Palette.LIGHT.primary();
        Ant3dView view = onFx(Ant3dView::new);
        assertTrue(view.threeD(), "SCENE3D is supported, so the view must build the 3D scene");
        assertNotNull(view.subScene());
        onFx(() -> {
            view.draw(new Ant3dView.Frame(ant.pose(), 40, 1000, 3.0, Ant3d.OBSERVATION_NAMES, Ant3d.OBSERVATION_NAMES,
                    "Cooperator", "episode 1", torso), Palette.LIGHT);
            return null;
        });
        WritableImage image = show(view, view, "ant3d-render.png");

        int colours = distinctColours(image);
        assertTrue(colours > 200, "a lit 3D scene has many shades, found " + colours + " colours");
        int torsoPixels = countHue(image, torso);
        assertTrue(torsoPixels > 2000, "the torso should cover a visible area, found " + torsoPixels + " pixels");
        assertTrue(countHue(image, Palette.LIGHT.warning()) > 200, "feet on the ground are highlighted");
        Color corner = image.getPixelReader().getColor(WIDTH - 2, 2);
        assertTrue(Math.abs(corner.getBrightness() - Palette.LIGHT.background().getBrightness()) < 0.05,
                "the sky above the horizon is the palette background, was " + corner);

        // Scrolling forward zooms in, so the torso covers more pixels; a drag orbits the camera.
        onFx(() -> {
            Event.fireEvent(view, new ScrollEvent(ScrollEvent.SCROLL, WIDTH / 2.0, HEIGHT / 2.0, 0, 0, false, false, false,
                    false, false, false, 0, 300, 0, 300, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            return null;
        });
        WritableImage zoomed = onFx(() -> view.snapshot(null, null));
        int zoomedTorso = countHue(zoomed, torso);
        assertTrue(zoomedTorso > 1.5 * torsoPixels, "zoomed in: " + zoomedTorso + " torso pixels, before " + torsoPixels);
        onFx(() -> {
            Event.fireEvent(view, mouse(MouseEvent.MOUSE_PRESSED, 300));
            Event.fireEvent(view, mouse(MouseEvent.MOUSE_DRAGGED, 600));
            return null;
        });
        WritableImage orbited = onFx(() -> view.snapshot(null, null));
        assertTrue(changedPixels(zoomed, orbited) > WIDTH * HEIGHT / 10, "the drag should turn the view");

        onFx(() -> {
            view.resetCamera();
            view.draw(new Ant3dView.Frame(ant.pose(), 40, 1000, 3.0, Ant3d.OBSERVATION_NAMES, Ant3d.OBSERVATION_NAMES,
                    "Cooperator", "episode 1", Palette.DARK.primary()), Palette.DARK);
            return null;
        });
        WritableImage dark = onFx(() -> view.snapshot(null, null));
        Color darkCorner = dark.getPixelReader().getColor(WIDTH - 2, 2);
        assertTrue(Math.abs(darkCorner.getBrightness() - Palette.DARK.background().getBrightness()) < 0.05,
                "the dark palette's background, was " + darkCorner);
        ant.close();
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x) {
        return new MouseEvent(type, x, HEIGHT / 2.0, x, HEIGHT / 2.0, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, false, false, false, null);
    }

    private static int changedPixels(WritableImage first, WritableImage second) {
        int changed = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (first.getPixelReader().getArgb(x, y) != second.getPixelReader().getArgb(x, y)) {
                    changed++;
                }
            }
        }
        return changed;
    }

    @Test
    void liveViewShowsBothAntsForTheScreenshots() throws Exception {
        LivePlayback ant3d = playing(new Ant3d(), 11, 120);
        LiveView live3d = onFx(LiveView::new);
        onFx(() -> {
            live3d.setEntries(List.of(new LiveView.Entry(ant3d, "Cooperator on Ant 3D (random parameters)", 0)));
            return null;
        });
        onFx(() -> {
            live3d.render(Palette.LIGHT);
            return null;
        });
        assertTrue(live3d.view3d(0).threeD());
        WritableImage image3d = show(live3d, live3d, "ant3d-live.png");
        assertTrue(countHue(image3d, Palette.LIGHT.primary()) > 2000);

        LivePlayback ant2d = playing(new Ant2d(), 11, 120);
        LiveView live2d = onFx(LiveView::new);
        onFx(() -> {
            live2d.setEntries(List.of(new LiveView.Entry(ant2d, "Cooperator on Ant 2D (random parameters)", 0)));
            ant2d.shuffleNow();
            return null;
        });
        onFx(() -> {
            live2d.render(Palette.DARK);
            return null;
        });
        WritableImage image2d = show(live2d, live2d, "ant2d-live.png");
        assertTrue(countHue(image2d, Palette.DARK.primary()) > 1000);
        ant3d.close();
        ant2d.close();
    }
}
