package org.cooperatorlab.app.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * Best and mean fitness per generation of one or two runs, overlaid. The chart keeps the whole
 * history but draws at most about {@code 2 * BUCKETS + 2} points per curve, chosen by min/max
 * decimation, so drawing cost stays flat however long the run.
 */
public final class FitnessChart extends StackPane {

    /** Buckets of the min/max decimation: at most 2 * 300 + 2 drawn points per curve. */
    public static final int BUCKETS = 300;

    private final LineChart<Number, Number> chart;
    private final List<Tracked> tracked = new ArrayList<>();

    public FitnessChart() {
        NumberAxis generations = new NumberAxis();
        generations.setLabel("generation");
        generations.setForceZeroInRange(false);
        generations.setMinorTickVisible(false);
        generations.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return Math.abs(v - Math.rint(v)) < 1e-9 ? String.valueOf((long) Math.rint(v)) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        NumberAxis fitness = new NumberAxis();
        fitness.setLabel("fitness (mean return)");
        fitness.setForceZeroInRange(true);
        chart = new LineChart<>(generations, fitness);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(true);
        chart.setId("fitness-chart");
        chart.getStyleClass().add("fitness-chart");
        Tooltip.install(chart, new Tooltip("Best (solid) and mean (dashed) fitness per generation. "
                + "The whole history is kept; long runs are drawn with min/max decimation."));
        getChildren().add(chart);
    }

    /** Removes every curve. */
    public void clear() {
        tracked.clear();
        chart.getData().clear();
    }

    /**
     * Adds the best and mean curves of {@code history}. Curves are added in pairs, so the stylesheets
     * colour them by series index: default-color0 and 1 are the first run, 2 and 3 the second.
     */
    public void track(FitnessHistory history) {
        XYChart.Series<Number, Number> best = new XYChart.Series<>();
        best.setName(history.label() + " best");
        XYChart.Series<Number, Number> mean = new XYChart.Series<>();
        mean.setName(history.label() + " mean");
        chart.getData().add(best);
        chart.getData().add(mean);
        tracked.add(new Tracked(history, best, mean));
        refresh();
    }

    /** Redraws the curves whose history changed since the last call; cheap when nothing changed. */
    public void refresh() {
        for (Tracked t : tracked) {
            if (t.drawnVersion != t.history.version()) {
                t.drawnVersion = t.history.version();
                setPoints(t.best, t.history.best(), t.history.firstGeneration());
                setPoints(t.mean, t.history.mean(), t.history.firstGeneration());
            }
        }
    }

    private static void setPoints(XYChart.Series<Number, Number> series, SeriesHistory history, int firstGeneration) {
        double[][] points = history.decimate(BUCKETS);
        ObservableList<XYChart.Data<Number, Number>> data = FXCollections.observableArrayList();
        for (int i = 0; i < points[0].length; i++) {
            data.add(new XYChart.Data<>(firstGeneration + (int) points[0][i], points[1][i]));
        }
        series.getData().setAll(data);
    }

    /** Number of points drawn for the best curve of the {@code index}-th tracked run. */
    public int drawnBestPoints(int index) {
        return tracked.get(index).best.getData().size();
    }

    public int trackedRuns() {
        return tracked.size();
    }

    public LineChart<Number, Number> lineChart() {
        return chart;
    }

    private static final class Tracked {
        final FitnessHistory history;
        final XYChart.Series<Number, Number> best;
        final XYChart.Series<Number, Number> mean;
        long drawnVersion = -1;

        Tracked(FitnessHistory history, XYChart.Series<Number, Number> best, XYChart.Series<Number, Number> mean) {
            this.history = history;
            this.best = best;
            this.mean = mean;
        }
    }
}
