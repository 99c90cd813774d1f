package org.cooperatorlab.app.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FitnessChartTest {

    private FitnessChart chart;

    @Start
    void start(Stage stage) {
        chart = new FitnessChart();
        stage.setScene(new Scene(chart, 600, 300));
        stage.show();
    }

    @Test
    void longRunDrawsBoundedPoints(FxRobot robot) {
        FitnessHistory history = new FitnessHistory("Cooperator");
        for (int generation = 1; generation <= 10_000; generation++) {
            history.add(generation, 900 * (1 - Math.exp(-generation / 2000.0)) + (generation == 7777 ? 80 : 0),
                    400 * (1 - Math.exp(-generation / 2000.0)), 0);
        }

        robot.interact(() -> chart.track(history));

        XYChart.Series<Number, Number> best = chart.lineChart().getData().get(0);
        assertTrue(chart.drawnBestPoints(0) <= 2 * FitnessChart.BUCKETS + 2, "drawn " + chart.drawnBestPoints(0));
        assertEquals(1, best.getData().get(0).getXValue().intValue());
        assertEquals(10_000, best.getData().get(best.getData().size() - 1).getXValue().intValue());
        assertTrue(best.getData().stream().anyMatch(point -> point.getXValue().intValue() == 7777),
                "the spike at generation 7777 was decimated away");
    }

    @Test
    void refreshAddsNewGenerations(FxRobot robot) {
        FitnessHistory history = new FitnessHistory("Transformer");
        robot.interact(() -> chart.track(history));
        assertEquals(0, chart.drawnBestPoints(0));

        history.add(1, 10, 5, 1);
        history.add(2, 20, 8, 2);
        robot.interact(chart::refresh);

        assertEquals(2, chart.drawnBestPoints(0));
        assertEquals(2, chart.lineChart().getData().size());
    }
}
