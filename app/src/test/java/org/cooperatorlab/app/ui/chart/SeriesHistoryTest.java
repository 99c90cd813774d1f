package org.cooperatorlab.app.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeriesHistoryTest {

    @Test
    void shortSeriesKeepsEveryPoint() {
        SeriesHistory series = new SeriesHistory();
        for (int i = 0; i < 10; i++) {
            series.add(i * i);
        }
        double[][] points = series.decimate(5);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, points[0]);
        assertEquals(81, points[1][9]);
    }

    @Test
    void longSeriesIsBoundedAndKeepsExtremes() {
        SeriesHistory series = new SeriesHistory();
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            series.add(Math.sin(i * 0.01));
        }
        series.add(1e6);
        for (int i = 0; i < n; i++) {
            series.add(-1.0 + i * 1e-6);
        }
        series.add(-1e6);
        series.add(0.5);

        double[][] points = series.decimate(300);

        assertTrue(points[0].length <= 2 * 300 + 2, "drawn points: " + points[0].length);
        assertEquals(1e6, Arrays.stream(points[1]).max().orElseThrow());
        assertEquals(-1e6, Arrays.stream(points[1]).min().orElseThrow());
        assertEquals(0, points[0][0]);
        assertEquals(series.size() - 1, points[0][points[0].length - 1]);
        for (int i = 1; i < points[0].length; i++) {
            assertTrue(points[0][i] > points[0][i - 1], "indices increase at " + i);
        }
    }

    @Test
    void decimationSkipsNaN() {
        SeriesHistory series = new SeriesHistory();
        series.add(1);
        series.add(Double.NaN);
        series.add(3);
        double[][] points = series.decimate(10);
        assertArrayEquals(new double[] {0, 2}, points[0]);
    }

    @Test
    void decimationRejectsZeroBuckets() {
        assertThrows(IllegalArgumentException.class, () -> new SeriesHistory().decimate(0));
    }

    @Test
    void historyIgnoresRepeatedGeneration() {
        FitnessHistory history = new FitnessHistory("run");
        assertTrue(history.add(1, 10, 5, 0));
        assertEquals(false, history.add(1, 10, 5, 0));
        assertTrue(history.add(2, 12, 6, 1));
        assertEquals(2, history.size());
        assertEquals(12, history.maxBest());
    }
}
