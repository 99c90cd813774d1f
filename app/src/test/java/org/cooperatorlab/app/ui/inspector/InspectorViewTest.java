package org.cooperatorlab.app.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cooperatorlab.app.ui.live.LivePlayback;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;
import org.cooperatorlab.model.Policies;
import org.cooperatorlab.physics.CartPoleSwingUp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {

    private InspectorView inspector;

    @Start
    void start(Stage stage) {
        inspector = new InspectorView();
        stage.setScene(new Scene(inspector, 420, 800));
        stage.show();
    }

    private static LivePlayback playing(ModelKind kind) {
        ModelSpec spec = ModelSpec.forCartPole(kind, 5, 1);
        double[] parameters = new double[spec.parameterCount()];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = 0.3 * random.nextGaussian();
        }
        LivePlayback playback = new LivePlayback(new CartPoleSwingUp(CartPoleSwingUp.StartMode.EASY), 100, 1);
        playback.setAgent(Policies.create(spec), parameters, "test");
        playback.advance(0.105);
        return playback;
    }

    @Test
    void cooperatorShowsEveryContextTerm(FxRobot robot) {
        LivePlayback playback = playing(ModelKind.COOPERATOR);
        robot.interact(() -> inspector.update(playback, ModelKind.COOPERATOR));

        for (Quantity quantity : Quantity.values()) {
            assertTrue(inspector.heatmap(quantity).isVisible(), quantity.name());
        }
        assertTrue(inspector.heatmap(Quantity.R).colorLimit() > 0);
    }

    @Test
    void transformerHidesTheContext(FxRobot robot) {
        LivePlayback playback = playing(ModelKind.TRANSFORMER);
        robot.interact(() -> inspector.update(playback, ModelKind.TRANSFORMER));

        for (Quantity quantity : List.of(Quantity.P, Quantity.D, Quantity.U, Quantity.C)) {
            assertFalse(inspector.heatmap(quantity).isVisible(), quantity.name());
        }
        for (Quantity quantity : List.of(Quantity.R, Quantity.K, Quantity.ATTENTION, Quantity.MESSAGE, Quantity.ACTION)) {
            assertTrue(inspector.heatmap(quantity).isVisible(), quantity.name());
        }
    }

    @Test
    void feedForwardShowsOnlyTheAction(FxRobot robot) {
        LivePlayback playback = playing(ModelKind.FEEDFORWARD);
        robot.interact(() -> inspector.update(playback, ModelKind.FEEDFORWARD));

        for (Quantity quantity : Quantity.values()) {
            assertEquals(quantity == Quantity.ACTION, inspector.heatmap(quantity).isVisible(), quantity.name());
        }
    }

    @Test
    void hoverShowsTheSignalAndValue(FxRobot robot) {
        LivePlayback playback = playing(ModelKind.COOPERATOR);
        robot.interact(() -> inspector.update(playback, ModelKind.COOPERATOR));
        Heatmap heatmap = inspector.heatmap(Quantity.R);

        robot.moveTo(heatmap);
        robot.moveBy(heatmap.getWidth() / 2 - 10, 0);

        String text = heatmap.hoverText();
        assertTrue(text.matches("(x|x_dot|cos_theta|sin_theta|theta_dot), unit \\d+: -?\\d+\\.\\d{4}"), text);
    }

    @Test
    void clickChoosesTheStripCell(FxRobot robot) {
        LivePlayback playback = playing(ModelKind.COOPERATOR);
        robot.interact(() -> inspector.update(playback, ModelKind.COOPERATOR));
        Heatmap heatmap = inspector.heatmap(Quantity.C);
        robot.interact(() -> inspector.setVvalue(0));

        robot.clickOn(heatmap);

        assertEquals(Quantity.C, inspector.strip().quantity());
        int[] cell = heatmap.cellAt(heatmap.getWidth() / 2, heatmap.getHeight() / 2);
        assertEquals(cell[0], inspector.strip().row());
        assertEquals(cell[1], inspector.strip().column());
    }

    @Test
    void cellOutsideTheGridIsNull() {
        Heatmap heatmap = inspector.heatmap(Quantity.R);
        assertNull(heatmap.cellAt(1, 1));
    }

    @Test
    void colourMapIsDiverging() {
        assertEquals(DivergingColorMap.color(0, 1), DivergingColorMap.color(0, 5));
        assertTrue(DivergingColorMap.color(-1, 1).getBlue() > DivergingColorMap.color(-1, 1).getRed());
        assertTrue(DivergingColorMap.color(1, 1).getRed() > DivergingColorMap.color(1, 1).getBlue());
        assertEquals(DivergingColorMap.color(1, 1), DivergingColorMap.color(7, 1));
        assertEquals(DivergingColorMap.NOT_A_NUMBER, DivergingColorMap.color(Double.NaN, 1));
    }

    @Test
    void transferFunctionsMatchTheirFormulas() {
        assertEquals(0.0, TransferFunctions.apply(ModelKind.COOPERATOR, -1, 0));
        assertEquals(1 + 2 + 2 * 0.5 * 2, TransferFunctions.apply(ModelKind.COOPERATOR, 1, 0.5), 1e-12);
        assertEquals(0.5 * 2 * (1 + Math.exp(1)), TransferFunctions.apply(ModelKind.TM1, 2, 0.5), 1e-12);
        assertEquals(2 + 2 * 0.5, TransferFunctions.apply(ModelKind.TM2, 2, 0.5), 1e-12);
        assertEquals(2 * (1 + Math.tanh(1)), TransferFunctions.apply(ModelKind.TM3, 2, 0.5), 1e-12);
        assertEquals(2 * 2, TransferFunctions.apply(ModelKind.TM4, 2, 0.5), 1e-12);
        assertEquals(6.0, TransferFunctions.apply(ModelKind.COOPERATOR_AUTHORS, 3, 3));
        assertFalse(TransferFunctions.applies(ModelKind.TRANSFORMER));
    }
}
