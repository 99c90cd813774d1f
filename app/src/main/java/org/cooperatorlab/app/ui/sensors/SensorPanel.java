package org.cooperatorlab.app.ui.sensors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The sensor controls: the list of sensor slots with the signal each carries (drag a row to move
 * its signal), "Shuffle now", auto-shuffle every K steps, re-align the state, the number of noise
 * sensors, and a label with the current order.
 */
public final class SensorPanel extends VBox {

    /** Most noise sensors the panel offers. */
    public static final int MAX_NOISE = 20;

    private static final DataFormat SLOT_FORMAT = new DataFormat("application/x-cooperator-lab-sensor-slot");

    private final ObservableList<String> rows = FXCollections.observableArrayList();
    private final ListView<String> list = new ListView<>(rows);
    private final Label orderLabel = new Label("order: -");
    private final Spinner<Integer> noise = new Spinner<>(0, MAX_NOISE, 0);
    private static final int AUTO_SHUFFLE_MAX = 10_000;
    private final Spinner<Integer> autoShuffle = new Spinner<>(0, AUTO_SHUFFLE_MAX, 0, 50);
    private final CheckBox realign = new CheckBox("Re-align state");
    private final Button shuffle = new Button("Shuffle now");
    private SensorActions actions;
    private int realSensors;
    private boolean updating;

    public SensorPanel(SensorActions sensorActions) {
        actions = Objects.requireNonNull(sensorActions, "sensorActions");
        setId("sensor-panel");
        getStyleClass().add("sensor-panel");
        setSpacing(6);

        Label heading = new Label("Sensors");
        heading.getStyleClass().add("section-heading");
        orderLabel.setId("sensor-order-label");
        orderLabel.setWrapText(true);
        // Four lines at most: the Ants' 25 or 28 names would push the controls down, and the list below names every slot.
        orderLabel.setMaxHeight(4 * 17);
        orderLabel.setTooltip(new Tooltip("The signal each sensor slot carries now, in slot order."));

        shuffle.setId("shuffle-button");
        shuffle.setTooltip(new Tooltip("Draw a new random sensor order now; the recurrent state is kept "
                + "unless 'Re-align state' is on (S)."));
        shuffle.setOnAction(event -> actions.shuffleNow());

        realign.setId("realign-check");
        realign.setTooltip(new Tooltip("Move each sensor's recurrent state with its signal when the order changes, "
                + "which makes the change invisible to a permutation-invariant layer."));
        realign.selectedProperty().addListener((obs, old, on) -> actions.setRealignState(on));

        autoShuffle.setId("auto-shuffle-spinner");
        autoShuffle.setEditable(true);
        autoShuffle.setPrefWidth(90);
        autoShuffle.setTooltip(new Tooltip("Shuffle the sensors every K steps of the live episode; 0 turns it off."));
        autoShuffle.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                actions.setAutoShuffle(Math.max(0, Math.min(AUTO_SHUFFLE_MAX, value)));
            }
        });

        noise.setId("noise-spinner");
        noise.setEditable(true);
        noise.setPrefWidth(80);
        noise.setTooltip(new Tooltip("Noise sensors of pure N(0, 0.1^2) noise appended after the real ones (0 to "
                + MAX_NOISE + "); only permutation-invariant models accept them."));
        // A typed value reaches this listener before the value factory clamps it to its range,
        // so it is clamped here too.
        noise.valueProperty().addListener((obs, old, value) -> {
            if (!updating && value != null) {
                actions.setNoiseChannels(Math.max(0, Math.min(MAX_NOISE, value)));
            }
        });

        list.setId("sensor-list");
        list.setPrefHeight(170);
        list.setTooltip(new Tooltip("Sensor slots and the signal each carries now. Drag a row to move its signal "
                + "to another slot."));
        list.setCellFactory(view -> new SlotCell());

        HBox autoRow = new HBox(6, new Label("Auto-shuffle every"), autoShuffle, new Label("steps"));
        HBox noiseRow = new HBox(6, new Label("Noise sensors"), noise);
        autoRow.getStyleClass().add("form-row");
        noiseRow.getStyleClass().add("form-row");
        getChildren().addAll(heading, orderLabel, new HBox(6, shuffle, realign), autoRow, noiseRow, list);
    }

    /**
     * Shows the current slots: {@code names.get(i)} is the signal slot i carries; the first
     * {@code realCount} are real sensors, the rest noise.
     */
    public void showSensors(List<String> names, int realCount) {
        realSensors = realCount;
        List<String> labelled = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            labelled.add("slot " + i + ": " + names.get(i));
        }
        rows.setAll(labelled);
        orderLabel.setText("order: " + String.join(", ", names.subList(0, Math.min(realCount, names.size())))
                + (names.size() > realCount ? " + " + (names.size() - realCount) + " noise" : ""));
        updating = true;
        noise.getValueFactory().setValue(names.size() - realCount);
        updating = false;
    }

    /** Enables the noise spinner only for models that accept a changing number of sensors. */
    public void setNoiseAllowed(boolean allowed) {
        noise.setDisable(!allowed);
    }

    public Label orderLabel() {
        return orderLabel;
    }

    public ListView<String> list() {
        return list;
    }

    /** A list row that can be dragged onto another row to move its signal there. */
    private final class SlotCell extends ListCell<String> {
        SlotCell() {
            setOnDragDetected(event -> {
                if (isEmpty() || getIndex() >= realSensors) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(SLOT_FORMAT, getIndex());
                board.setContent(content);
                event.consume();
            });
            setOnDragOver(event -> {
                if (event.getDragboard().hasContent(SLOT_FORMAT) && getIndex() < realSensors) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragDropped(event -> {
                Object from = event.getDragboard().getContent(SLOT_FORMAT);
                boolean done = false;
                if (from instanceof Integer fromSlot && getIndex() < realSensors) {
                    actions.moveSensor(fromSlot, Math.min(getIndex(), realSensors - 1));
                    done = true;
                }
                event.setDropCompleted(done);
                event.consume();
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            getStyleClass().remove("noise-slot");
            if (!empty && getIndex() >= realSensors) {
                getStyleClass().add("noise-slot");
            }
        }
    }
}
