package org.cooperatorlab.app.ui.inspector;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.cooperatorlab.app.ui.common.Palette;
import org.cooperatorlab.app.ui.live.LivePlayback;
import org.cooperatorlab.model.LayerTrace;
import org.cooperatorlab.model.ModelKind;

/**
 * The inspector: heatmaps of every neuron quantity of the live agent's last step, a time strip of
 * one chosen cell, and the transfer-function surface with the live neurons on it. Quantities that
 * the model does not compute are hidden.
 */
public final class InspectorView extends ScrollPane {

    private static final double WIDE = 330;

    private final Map<Quantity, Heatmap> heatmaps = new EnumMap<>(Quantity.class);
    private final NeuronStrip strip = new NeuronStrip();
    private final CooperationSurface surface = new CooperationSurface();
    private final Label heading = new Label("Inspector");
    private List<String> sensorNames = List.of();
    private List<String> queryNames = List.of();
    private ModelKind kind;
    private LayerTrace drawnTrace;
    private boolean drawnOnce;
    private boolean stripChosen;
    private final Label surfaceHeading = new Label("Transfer function and live neurons");
    private long drawnSensorVersion = -1;

    public InspectorView() {
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        heading.getStyleClass().add("section-heading");
        FlowPane grid = new FlowPane(6, 6);
        grid.getStyleClass().add("heatmap-grid");
        for (Quantity quantity : Quantity.values()) {
            Heatmap heatmap = new Heatmap(quantity.title(), quantity.columnName());
            heatmap.setId("heatmap-" + quantity.name().toLowerCase(java.util.Locale.ROOT));
            heatmap.setPrefSize(WIDE, preferredHeight(quantity));
            heatmap.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            heatmap.setOnCellSelected((row, column) -> select(quantity, row, column));
            heatmaps.put(quantity, heatmap);
            grid.getChildren().add(heatmap);
        }
        grid.setPrefWrapLength(2 * WIDE + 6);
        strip.setId("neuron-strip");
        strip.setPrefWidth(2 * WIDE + 6);
        surface.setId("cooperation-surface");
        surface.setPrefSize(WIDE, WIDE);
        Label stripHeading = new Label("Time strip of the chosen cell");
        stripHeading.getStyleClass().add("section-heading");
        surfaceHeading.getStyleClass().add("section-heading");
        VBox content = new VBox(6, heading, grid, stripHeading, strip, surfaceHeading, surface);
        content.getStyleClass().add("inspector-content");
        setContent(content);
    }

    private static double preferredHeight(Quantity quantity) {
        if (quantity.rowsAreSensors()) {
            return 140;
        }
        return quantity == Quantity.ATTENTION ? 240 : 72;
    }

    private void select(Quantity quantity, int row, int column) {
        stripChosen = true;
        List<String> labels = List.of("all");
        if (quantity.rowsAreSensors()) {
            labels = sensorNames;
        } else if (quantity == Quantity.ATTENTION) {
            labels = queryNames;
        }
        strip.select(quantity, row, column, row < labels.size() ? labels.get(row) : "row " + row);
    }

    /**
     * Shows the last step of {@code playback}, whose policy is a {@code modelKind}; null clears the
     * view. Does nothing when neither the step nor the sensor order changed since the last call.
     */
    public void update(LivePlayback playback, ModelKind modelKind) {
        if (modelKind != kind) {
            kind = modelKind;
            drawnOnce = false;
            surface.setKind(modelKind);
            boolean hasSurface = modelKind != null && TransferFunctions.applies(modelKind);
            surface.setVisible(hasSurface);
            surface.setManaged(hasSurface);
            surfaceHeading.setVisible(hasSurface);
            surfaceHeading.setManaged(hasSurface);
            heading.setText(modelKind == null ? "Inspector" : "Inspector: " + modelKind.displayName());
        }
        LayerTrace trace = playback == null ? null : playback.lastTrace();
        long version = playback == null ? -1 : playback.sensorVersion();
        if (drawnOnce && trace == drawnTrace && version == drawnSensorVersion) {
            return;
        }
        drawnOnce = true;
        drawnTrace = trace;
        drawnSensorVersion = version;
        sensorNames = playback == null ? List.of() : playback.sensorNames();
        for (Map.Entry<Quantity, Heatmap> entry : heatmaps.entrySet()) {
            Quantity quantity = entry.getKey();
            Heatmap heatmap = entry.getValue();
            double[][] matrix = quantity.of(trace);
            boolean shown = trace == null ? quantity == Quantity.R : matrix != null;
            heatmap.setVisible(shown);
            heatmap.setManaged(shown);
            if (!shown) {
                continue;
            }
            if (quantity == Quantity.ATTENTION) {
                queryNames = names("q", matrix == null ? 0 : matrix.length);
                heatmap.setData(matrix, queryNames, sensorNames);
            } else if (quantity.rowsAreSensors()) {
                heatmap.setData(matrix, sensorNames);
            } else {
                heatmap.setData(matrix, List.of(quantity == Quantity.MESSAGE ? "m" : "a"));
            }
        }
        if (!stripChosen) {
            Quantity quantity = kind != null && kind.hasContext() ? Quantity.K : Quantity.R;
            strip.select(quantity, 0, 0, sensorNames.isEmpty() ? "slot 0" : sensorNames.get(0));
        }
        surface.setNeurons(trace == null ? null : trace.receptiveField(), trace == null ? null : trace.context());
        strip.draw(playback == null ? null : playback.history());
    }

    private static List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(prefix + i);
        }
        return names;
    }

    public void setPalette(Palette palette) {
        drawnOnce = false;
        heatmaps.values().forEach(h -> h.setPalette(palette));
        strip.setPalette(palette);
        surface.setPalette(palette);
    }

    /** The scrolled content, for a snapshot of the whole inspector. */
    public javafx.scene.Node fullContent() {
        return getContent();
    }

    public Heatmap heatmap(Quantity quantity) {
        return heatmaps.get(quantity);
    }

    public NeuronStrip strip() {
        return strip;
    }

    public CooperationSurface surface() {
        return surface;
    }
}
