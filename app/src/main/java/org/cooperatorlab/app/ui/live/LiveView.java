package org.cooperatorlab.app.ui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.cooperatorlab.app.ui.common.CanvasPane;
import org.cooperatorlab.app.ui.common.Palette;
import org.cooperatorlab.physics.Ant2d;
import org.cooperatorlab.physics.Ant3d;
import org.cooperatorlab.physics.CartPoleSwingUp;

/**
 * The live view: one canvas per replayed agent, side by side in compare mode. CartPole is drawn as
 * a cart and pole, the 2D Ant by {@link Ant2dRenderer} and the 3D Ant in an {@link Ant3dView}
 * (whose canvas carries the text over the 3D scene); other environments as bars of the current
 * observation. With the overlay on, the
 * frame statistics are drawn in the top-right corner.
 */
public final class LiveView extends HBox {

    /** One replayed agent and how to label it. */
    public record Entry(LivePlayback playback, String title, int colorSlot) {
    }

    private final CartPoleRenderer cartPole = new CartPoleRenderer();
    private final List<Entry> entries = new ArrayList<>();
    private final Ant2dRenderer ant2d = new Ant2dRenderer();
    private final List<CanvasPane> panes = new ArrayList<>();
    /** The 3D view of each pane, or null where the pane is a plain canvas. */
    private final List<Ant3dView> views3d = new ArrayList<>();
    private FrameMeter meter;
    private boolean overlay;
    private Palette palette = Palette.LIGHT;
    private long drawnKey;

    public LiveView() {
        setId("live-view");
        getStyleClass().add("live-view");
        setSpacing(4);
        setEntries(List.of());
    }

    /** Shows these agents, one canvas each; an empty list shows a hint. */
    public void setEntries(List<Entry> newEntries) {
        entries.clear();
        entries.addAll(newEntries);
        panes.clear();
        views3d.clear();
        getChildren().clear();
        int count = Math.max(1, entries.size());
        for (int i = 0; i < count; i++) {
            boolean ant3d = i < entries.size() && entries.get(i).playback().environment().inner() instanceof Ant3d;
            Ant3dView view = ant3d ? new Ant3dView() : null;
            CanvasPane pane = ant3d ? view.overlay() : new CanvasPane(640, 360);
            pane.getStyleClass().add("live-canvas");
            pane.setOnResize(() -> redraw(palette));
            HBox.setHgrow(ant3d ? view : pane, Priority.ALWAYS);
            panes.add(pane);
            views3d.add(view);
            getChildren().add(ant3d ? view : pane);
        }
        redraw(palette);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public void setFrameMeter(FrameMeter frameMeter) {
        meter = frameMeter;
    }

    public void setOverlayVisible(boolean visible) {
        overlay = visible;
    }

    public boolean overlayVisible() {
        return overlay;
    }

    /**
     * Draws every canvas from the playbacks' current state, unless nothing visible changed since
     * the last call: no step, episode, sensor order, speed, agent or palette, and no new overlay
     * figures.
     */
    public void render(Palette newPalette) {
        long key = stateKey(newPalette);
        if (key == drawnKey) {
            return;
        }
        drawnKey = key;
        redraw(newPalette);
    }

    private long stateKey(Palette newPalette) {
        long key = newPalette.hashCode() * 31L + panes.size();
        for (Entry entry : entries) {
            LivePlayback playback = entry.playback();
            key = key * 31 + playback.episodes();
            key = key * 31 + playback.steps();
            key = key * 31 + playback.sensorVersion();
            key = key * 31 + Double.hashCode(playback.speed());
            key = key * 31 + (playback.paused() ? 1 : 0) + (playback.hasAgent() ? 2 : 0) + (playback.episodeRunning() ? 4 : 0);
            key = key * 31 + playback.parameterSource().hashCode();
        }
        if (overlay && meter != null) {
            key = key * 31 + Double.hashCode(meter.fps()) + 7 * Double.hashCode(meter.maxIntervalMillis());
        }
        return key * 31 + (overlay ? 1 : 0);
    }

    private void redraw(Palette newPalette) {
        palette = newPalette;
        for (int i = 0; i < panes.size(); i++) {
            CanvasPane pane = panes.get(i);
            GraphicsContext g = pane.canvas().getGraphicsContext2D();
            double width = pane.canvas().getWidth();
            double height = pane.canvas().getHeight();
            if (width <= 0 || height <= 0) {
                continue;
            }
            if (i >= entries.size() || !entries.get(i).playback().hasAgent()) {
                drawHint(g, width, height, "Train a model or load an agent to watch it here.");
            } else {
                drawEntry(g, width, height, entries.get(i), views3d.get(i));
            }
            if (overlay && meter != null && i == panes.size() - 1) {
                drawOverlay(g, width, height);
            }
        }
    }

    private void drawEntry(GraphicsContext g, double width, double height, Entry entry, Ant3dView view3d) {
        LivePlayback playback = entry.playback();
        Color color = entry.colorSlot() == 0 ? palette.primary() : palette.secondary();
        String status = status(playback);
        if (playback.environment().inner() instanceof CartPoleSwingUp cart) {
            double[] state = cart.state();
            double[] action = playback.action();
            cartPole.draw(g, width, height, new CartPoleRenderer.Frame(state[0], state[2], action[0], playback.steps(),
                    cart.maxSteps(), playback.episodeReturn(), playback.sensorNames(), entry.title(), status, color), palette);
        } else if (playback.environment().inner() instanceof Ant2d ant) {
            ant2d.draw(g, width, height, new Ant2dRenderer.Frame(ant.pose(), Ant2dRenderer.farLegs(Ant2d.LEG_NAMES),
                    playback.steps(), ant.maxSteps(), playback.episodeReturn(), playback.sensorNames(),
                    ant.observationNames(), entry.title(), status, color), palette);
        } else if (playback.environment().inner() instanceof Ant3d ant && view3d != null) {
            view3d.draw(new Ant3dView.Frame(ant.pose(), playback.steps(), ant.maxSteps(), playback.episodeReturn(),
                    playback.sensorNames(), ant.observationNames(), entry.title(), status, color), palette);
        } else {
            drawObservationBars(g, width, height, entry, status, color);
        }
    }

    private static String status(LivePlayback playback) {
        String speed = playback.paused() ? "paused" : String.format(Locale.ROOT, "%sx real time", formatSpeed(playback.speed()));
        String end = playback.endReason() == null ? "" : "    ended: " + playback.endReason();
        return playback.parameterSource() + "\nepisode " + playback.episodes() + "    " + speed + end;
    }

    private static String formatSpeed(double speed) {
        return speed == Math.rint(speed) ? String.valueOf((int) speed) : String.valueOf(speed);
    }

    private void drawObservationBars(GraphicsContext g, double width, double height, Entry entry, String status, Color color) {
        LivePlayback playback = entry.playback();
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        g.setFill(palette.foreground());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font(14));
        g.fillText(entry.title(), 12, 10);
        g.setFont(Font.font(12));
        g.fillText(String.format(Locale.ROOT, "step %d    return %.1f    %s", playback.steps(), playback.episodeReturn(), status), 12, 32);
        if (playback.lastTrace() == null) {
            return;
        }
        double[] observation = playback.lastTrace().observation();
        List<String> names = playback.sensorNames();
        double top = 60;
        double rowHeight = Math.max(4, Math.min(18, (height - top - 10) / observation.length));
        double mid = width * 0.6;
        double half = width * 0.35;
        g.setStroke(palette.grid());
        g.strokeLine(mid, top, mid, top + rowHeight * observation.length);
        for (int i = 0; i < observation.length; i++) {
            double v = Math.max(-1, Math.min(1, observation[i] / 5.0));
            double y = top + i * rowHeight;
            g.setFill(color);
            g.fillRect(Math.min(mid, mid + v * half), y + 1, Math.abs(v * half), rowHeight - 2);
            if (rowHeight >= 10) {
                g.setFill(palette.foreground());
                g.fillText(i < names.size() ? names.get(i) : "slot " + i, 12, y);
            }
        }
    }

    private void drawHint(GraphicsContext g, double width, double height, String text) {
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        g.setFill(palette.grid().interpolate(palette.foreground(), 0.5));
        g.setFont(Font.font(15));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, width / 2, height / 2);
    }

    private void drawOverlay(GraphicsContext g, double width, double height) {
        String text = String.format(Locale.ROOT, "%.0f fps\nframe max %.1f ms\nwork max %.1f ms", meter.fps(),
                meter.maxIntervalMillis(), meter.maxWorkMillis());
        g.setFill(palette.background().deriveColor(0, 1, 1, 0.85));
        double top = height - 66;
        g.fillRect(width - 150, top, 142, 58);
        g.setFill(palette.foreground());
        g.setFont(Font.font("Monospaced", 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text, width - 144, top + 4);
    }

    /** Returns the canvas of the {@code index}-th entry, for snapshots. Over an {@link Ant3dView} it carries only the text. */
    public CanvasPane pane(int index) {
        return panes.get(index);
    }

    /** Returns the 3D view of the {@code index}-th entry, or null if that entry is drawn on a plain canvas. */
    public Ant3dView view3d(int index) {
        return views3d.get(index);
    }
}
