package org.cooperatorlab.app.ui.live;

import java.util.List;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.Cylinder;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import org.cooperatorlab.app.ui.common.CanvasPane;
import org.cooperatorlab.app.ui.common.Palette;
import org.cooperatorlab.physics.Ant3d;
import org.cooperatorlab.physics.AntPose3d;
import org.cooperatorlab.physics.BodyPose3d;

/**
 * The live view of the 3D Ant: a {@link SubScene} with a depth buffer, a perspective camera that
 * follows the torso, ambient and point light, a ground grid with a line every metre, and the
 * ant's sphere torso and capsule legs; the lower legs and a disc under each foot light up while
 * the foot touches the ground. Dragging with the mouse orbits the camera, the scroll wheel zooms
 * and a double click resets the camera. A transparent canvas on top carries the text block.
 *
 * <p>Where the platform has no 3D support ({@link ConditionalFeature#SCENE3D}, for example on
 * the software renderer), the view draws the pose projected onto the x-z plane with
 * {@link Ant2dRenderer} instead and writes a notice at the bottom.
 *
 * <p>Physics coordinates (ode4j, metres) have z up; JavaFX has y down. A physics point (x, y, z)
 * is drawn at JavaFX (x, -z, y), a proper rotation, so the walking direction +x points right in the
 * default view and the ant's left side (+y) points away from the camera.
 */
public final class Ant3dView extends Region {

    /** The notice shown in the side view when 3D is missing. */
    public static final String NO_3D_NOTICE = "3D is not supported by this graphics pipeline: side view (x-z plane)";
    private static final double DEFAULT_YAW = -30;
    private static final double DEFAULT_PITCH = -24;
    private static final double DEFAULT_DISTANCE = 4.0;
    /** Half the side of the ground grid, in metres. The grid moves with the ant in whole metres. */
    private static final int GRID_HALF_SIZE = 12;
    private static final double GRID_LINE_WIDTH = 0.015;
    /** Width of the translucent panel behind the text block, in pixels, so the text stays readable over the grid. */
    private static final double TEXT_PANEL_WIDTH = 560;
    /** Height at which the camera aims, in metres above the ground. */
    private static final double AIM_HEIGHT = 0.3;

    private final boolean threeD;
    private final CanvasPane overlay = new CanvasPane(640, 360);
    private final Ant2dRenderer sideView = new Ant2dRenderer();
    private SubScene subScene;
    private final Translate aim = new Translate();
    private final Rotate yaw = new Rotate(DEFAULT_YAW, Rotate.Y_AXIS);
    private final Rotate pitch = new Rotate(DEFAULT_PITCH, Rotate.X_AXIS);
    private final Translate zoom = new Translate(0, 0, -DEFAULT_DISTANCE);
    private final Group grid = new Group();
    private final Group floor = new Group();
    /* The 3D parts exist only in the 3D view: creating them without 3D support logs a warning each. */
    private PhongMaterial torsoMaterial;
    private PhongMaterial legMaterial;
    private PhongMaterial contactMaterial;
    private PhongMaterial groundMaterial;
    private PhongMaterial gridMaterial;
    private AntModel3d ant;
    private double pressX;
    private double pressY;
    private Palette shownPalette;
    private Color shownColor;

    /** Creates a view that uses 3D where the platform supports it. */
    public Ant3dView() {
        this(supported());
    }

    /**
     * @param use3d whether to build the 3D scene; false draws the side view, as on a platform
     *     without 3D support
     */
    public Ant3dView(boolean use3d) {
        threeD = use3d;
        getStyleClass().add("ant3d-view");
        setPrefSize(640, 360);
        setMinSize(60, 40);
        if (threeD) {
            overlay.getStyleClass().remove("canvas-pane");
            overlay.setMouseTransparent(true);
            subScene = buildScene();
            applyColours(Palette.LIGHT.primary(), Palette.LIGHT);
            getChildren().addAll(subScene, overlay);
            installMouse();
        } else {
            getChildren().add(overlay);
        }
    }

    /** Returns whether the platform can draw 3D scenes. */
    public static boolean supported() {
        return Platform.isSupported(ConditionalFeature.SCENE3D);
    }

    /** Returns whether this view draws the 3D scene (true) or the side view fallback (false). */
    public boolean threeD() {
        return threeD;
    }

    /** Returns the canvas on top of the view: the text block in 3D, the whole side view otherwise. */
    public CanvasPane overlay() {
        return overlay;
    }

    /** Returns the 3D scene, or null in the side view. */
    public SubScene subScene() {
        return subScene;
    }

    /**
     * The ant and the episode figures to draw.
     *
     * @param pose the ant's parts, in physics coordinates
     * @param step steps taken in this episode
     * @param maxSteps steps of a full episode
     * @param episodeReturn sum of rewards so far
     * @param sensorOrder the signal each sensor slot carries now, in slot order
     * @param observationNames the environment's observations in their natural order
     * @param title a heading such as the model name and where its parameters come from
     * @param status further lines, for example the speed or the end of an episode
     * @param color the colour of the torso
     */
    public record Frame(AntPose3d pose, int step, int maxSteps, double episodeReturn, List<String> sensorOrder,
            List<String> observationNames, String title, String status, Color color) {

        public Frame {
            sensorOrder = List.copyOf(sensorOrder);
            observationNames = List.copyOf(observationNames);
        }
    }

    /** Shows {@code frame}: moves the 3D parts and the camera, or redraws the side view. */
    public void draw(Frame frame, Palette palette) {
        GraphicsContext g = overlay.canvas().getGraphicsContext2D();
        double width = overlay.canvas().getWidth();
        double height = overlay.canvas().getHeight();
        if (threeD) {
            draw3d(g, width, height, frame, palette);
        } else {
            drawSideView(g, width, height, frame, palette);
        }
    }

    private void drawSideView(GraphicsContext g, double width, double height, Frame frame, Palette palette) {
        sideView.draw(g, width, height, new Ant2dRenderer.Frame(AntModel3d.sideView(frame.pose()),
                Ant2dRenderer.farLegs(Ant3d.LEG_NAMES), frame.step(), frame.maxSteps(), frame.episodeReturn(),
                frame.sensorOrder(), frame.observationNames(), frame.title(), frame.status(), frame.color()), palette);
        g.setFill(palette.warning());
        g.setFont(Font.font(13));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(NO_3D_NOTICE, 12, height - 8, width - 24);
    }

    private void draw3d(GraphicsContext g, double width, double height, Frame frame, Palette palette) {
        applyColours(frame.color(), palette);
        ant.update(frame.pose());
        BodyPose3d torso = frame.pose().torso();
        aim.setX(torso.x());
        aim.setY(-AIM_HEIGHT);
        aim.setZ(torso.y());
        floor.setTranslateX(Math.floor(torso.x()));
        floor.setTranslateZ(Math.floor(torso.y()));

        g.clearRect(0, 0, width, height);
        int statusLines = frame.status() == null || frame.status().isEmpty() ? 0 : frame.status().split("\n").length;
        g.setFill(palette.background().deriveColor(0, 1, 1, 0.8));
        g.fillRoundRect(4, 4, Math.min(width - 8, TEXT_PANEL_WIDTH), 70 + 18 * statusLines, 10, 10);
        String info = Ant2dRenderer.infoLine(frame.step(), frame.maxSteps(), frame.episodeReturn(), frame.pose().distance());
        Ant2dRenderer.drawText(g, width, frame.title(), info,
                Ant2dRenderer.sensorOrderText(frame.sensorOrder(), frame.observationNames()), frame.status(), palette);
        g.setFill(palette.grid().interpolate(palette.foreground(), 0.6));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("drag to orbit, scroll to zoom, double-click to reset    grid 1 m", width - 10, height - 8);
    }

    private void applyColours(Color color, Palette palette) {
        if (palette.equals(shownPalette) && color.equals(shownColor)) {
            return;
        }
        shownPalette = palette;
        shownColor = color;
        subScene.setFill(palette.background());
        torsoMaterial.setDiffuseColor(color);
        torsoMaterial.setSpecularColor(Color.gray(0.6));
        legMaterial.setDiffuseColor(color.interpolate(palette.foreground(), 0.35));
        contactMaterial.setDiffuseColor(palette.warning());
        boolean dark = palette.background().getBrightness() < 0.5;
        groundMaterial.setDiffuseColor(dark ? Color.gray(0.22) : Color.gray(0.86));
        gridMaterial.setDiffuseColor(dark ? Color.gray(0.42) : Color.gray(0.62));
    }

    private SubScene buildScene() {
        torsoMaterial = new PhongMaterial();
        legMaterial = new PhongMaterial();
        contactMaterial = new PhongMaterial();
        groundMaterial = new PhongMaterial();
        gridMaterial = new PhongMaterial();
        ant = new AntModel3d(torsoMaterial, legMaterial, contactMaterial);
        Box ground = new Box(2 * GRID_HALF_SIZE + 2, 0.02, 2 * GRID_HALF_SIZE + 2);
        ground.setMaterial(groundMaterial);
        ground.setTranslateY(0.01);
        for (int i = -GRID_HALF_SIZE; i <= GRID_HALF_SIZE; i++) {
            Box alongX = new Box(2 * GRID_HALF_SIZE, 0.004, GRID_LINE_WIDTH);
            alongX.setTranslateZ(i);
            Box alongZ = new Box(GRID_LINE_WIDTH, 0.004, 2 * GRID_HALF_SIZE);
            alongZ.setTranslateX(i);
            alongX.setMaterial(gridMaterial);
            alongZ.setMaterial(gridMaterial);
            grid.getChildren().addAll(alongX, alongZ);
        }
        grid.setTranslateY(-0.002);
        floor.getChildren().addAll(ground, grid);

        PerspectiveCamera camera = new PerspectiveCamera(true);
        camera.setNearClip(0.05);
        camera.setFieldOfView(35);
        camera.setFarClip(200);
        camera.getTransforms().add(zoom);
        PointLight light = new PointLight(Color.gray(0.75));
        light.getTransforms().add(new Translate(-2, -5, -4));
        Group rig = new Group(camera, light);
        rig.getTransforms().addAll(aim, yaw, pitch);
        AmbientLight ambient = new AmbientLight(Color.gray(0.45));

        Group world = new Group(floor, ant.root(), rig, ambient);
        SubScene scene = new SubScene(world, 640, 360, true, SceneAntialiasing.BALANCED);
        scene.setCamera(camera);
        return scene;
    }

    private void installMouse() {
        setOnMousePressed(event -> {
            pressX = event.getX();
            pressY = event.getY();
        });
        setOnMouseDragged(event -> {
            yaw.setAngle(yaw.getAngle() + 0.3 * (event.getX() - pressX));
            pitch.setAngle(Math.max(-85, Math.min(-3, pitch.getAngle() - 0.3 * (event.getY() - pressY))));
            pressX = event.getX();
            pressY = event.getY();
        });
        setOnScroll(event -> zoom.setZ(-Math.max(1, Math.min(25, -zoom.getZ() * Math.exp(-0.002 * event.getDeltaY())))));
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                resetCamera();
            }
        });
    }

    /** Puts the camera back at its starting angle and distance. */
    public void resetCamera() {
        yaw.setAngle(DEFAULT_YAW);
        pitch.setAngle(DEFAULT_PITCH);
        zoom.setZ(-DEFAULT_DISTANCE);
    }

    /** Orbits the camera to the given angles in degrees and distance in metres, as a drag and scroll would. */
    public void setCamera(double yawDegrees, double pitchDegrees, double distance) {
        yaw.setAngle(yawDegrees);
        pitch.setAngle(pitchDegrees);
        zoom.setZ(-distance);
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (subScene != null) {
            subScene.setWidth(width);
            subScene.setHeight(height);
        }
        overlay.resizeRelocate(0, 0, width, height);
    }
}
