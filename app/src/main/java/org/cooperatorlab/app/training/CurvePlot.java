package org.cooperatorlab.app.training;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.cooperatorlab.model.io.AtomicFiles;

/**
 * Draws learning curves to a PNG with Java2D, so plots need neither a display nor another
 * plotting tool: best fitness per generation as solid lines, mean fitness as dashed lines, one
 * colour per label.
 */
public final class CurvePlot {

    private static final Color[] PALETTE = {
        new Color(0xD6, 0x27, 0x28), new Color(0x1F, 0x77, 0xB4), new Color(0x2C, 0xA0, 0x2C), new Color(0xFF, 0x7F, 0x0E),
        new Color(0x94, 0x67, 0xBD), new Color(0x8C, 0x56, 0x4B), new Color(0xE3, 0x77, 0xC2), new Color(0x7F, 0x7F, 0x7F),
    };
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private CurvePlot() {
    }

    /**
     * Writes the plot to {@code out} atomically, so a failure never leaves a half-written PNG.
     *
     * @param series label to the logs drawn with that label's colour
     */
    public static void write(Path out, String title, Map<String, List<TrainingLogReader.Row[]>> series, int width, int height)
            throws IOException {
        BufferedImage image = render(title, series, width, height);
        AtomicFiles.write(out, stream -> ImageIO.write(image, "png", stream));
    }

    static BufferedImage render(String title, Map<String, List<TrainingLogReader.Row[]>> series, int width, int height) {
        int maxGeneration = 1;
        double maxFitness = 1;
        double minFitness = 0;
        for (List<TrainingLogReader.Row[]> logs : series.values()) {
            for (TrainingLogReader.Row[] rows : logs) {
                for (TrainingLogReader.Row row : rows) {
                    maxGeneration = Math.max(maxGeneration, row.generation());
                    if (Double.isFinite(row.best())) {
                        maxFitness = Math.max(maxFitness, row.best());
                    }
                    if (Double.isFinite(row.mean())) {
                        minFitness = Math.min(minFitness, row.mean());
                    }
                }
            }
        }
        double top = niceCeiling(maxFitness);

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int plotWidth = width - LEFT - RIGHT;
        int plotHeight = height - TOP - BOTTOM;
        Axes axes = new Axes(maxGeneration, minFitness, top, plotWidth, plotHeight);

        drawGrid(g, axes, plotWidth, plotHeight);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, 30);

        int colour = 0;
        int legendY = TOP + 20;
        for (Map.Entry<String, List<TrainingLogReader.Row[]>> entry : series.entrySet()) {
            Color color = PALETTE[colour++ % PALETTE.length];
            for (TrainingLogReader.Row[] rows : entry.getValue()) {
                drawLine(g, axes, rows, true, color);
                drawLine(g, axes, rows, false, color);
            }
            g.setColor(color);
            g.setStroke(new BasicStroke(3));
            g.drawLine(LEFT + 15, legendY - 5, LEFT + 45, legendY - 5);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.drawString(entry.getKey() + " (" + entry.getValue().size() + (entry.getValue().size() == 1 ? " run)" : " runs)"),
                    LEFT + 52, legendY);
            legendY += 22;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(Color.DARK_GRAY);
        g.drawString("solid: best of population, dashed: population mean", LEFT + 15, legendY + 4);
        g.dispose();
        return image;
    }

    /** Maps generations and fitness to pixels. */
    private record Axes(int maxGeneration, double minFitness, double maxFitness, int plotWidth, int plotHeight) {
        double x(double generation) {
            return LEFT + (generation - 1) / Math.max(1, maxGeneration - 1) * plotWidth;
        }

        double y(double fitness) {
            return TOP + plotHeight - (fitness - minFitness) / (maxFitness - minFitness) * plotHeight;
        }
    }

    private static void drawGrid(Graphics2D g, Axes axes, int plotWidth, int plotHeight) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        double step = niceStep((axes.maxFitness() - axes.minFitness()) / 8);
        for (double v = Math.ceil(axes.minFitness() / step) * step; v <= axes.maxFitness() + 1e-9; v += step) {
            int y = (int) Math.round(axes.y(v));
            g.setColor(new Color(0xE5, 0xE5, 0xE5));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.0f", v), LEFT - 45, y + 4);
        }
        double generationStep = Math.max(1, niceStep(axes.maxGeneration() / 10.0));
        // Ticks at 1 and at round multiples of the step, so a 20,000-generation axis reads 5000, 10000, ...
        List<Double> ticks = new java.util.ArrayList<>(List.of(1.0));
        for (double gen = generationStep; gen <= axes.maxGeneration(); gen += generationStep) {
            if (gen > 1) {
                ticks.add(gen);
            }
        }
        for (double gen : ticks) {
            int x = (int) Math.round(axes.x(gen));
            g.setColor(new Color(0xEE, 0xEE, 0xEE));
            g.drawLine(x, TOP, x, TOP + plotHeight);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.0f", gen), x - 8, TOP + plotHeight + 18);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotWidth, plotHeight);
        g.drawString("generation", LEFT + plotWidth / 2 - 30, TOP + plotHeight + 42);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString("fitness (mean return over the episodes of a candidate)", -(TOP + plotHeight / 2 + 150), 20);
        rotated.dispose();
    }

    private static void drawLine(Graphics2D g, Axes axes, TrainingLogReader.Row[] rows, boolean best, Color color) {
        Path2D.Double path = new Path2D.Double();
        boolean started = false;
        for (TrainingLogReader.Row row : rows) {
            double value = best ? row.best() : row.mean();
            if (!Double.isFinite(value)) {
                continue;
            }
            double x = axes.x(row.generation());
            double y = axes.y(value);
            if (started) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                started = true;
            }
        }
        g.setColor(best ? color : color.brighter());
        g.setStroke(best ? new BasicStroke(2f)
                : new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 5f}, 0f));
        g.draw(path);
    }

    private static double niceCeiling(double value) {
        double step = niceStep(value / 8);
        return Math.ceil(value / step) * step;
    }

    /** Rounds up to 1, 2 or 5 times a power of ten. */
    private static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }
}
