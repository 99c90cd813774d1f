package org.cooperatorlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cooperatorlab.app.training.CurvePlot;
import org.cooperatorlab.app.training.TrainingLogReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plot}: draws training logs as a PNG of best and mean fitness per generation. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Plot best (solid) and mean (dashed) fitness per generation of one or more training logs as a PNG.")
final class PlotCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--log", required = true, paramLabel = "LABEL=FILE",
            description = "A training log CSV and its legend label, for example cooperator=runs/coop-1.csv. Logs with the same label share a colour. Repeatable.")
    List<String> logs;

    @Option(names = "--out", required = true, description = "PNG file to write.")
    Path out;

    @Option(names = "--title", defaultValue = "", description = "Title above the plot.")
    String title;

    @Option(names = "--thresholds", split = ",", defaultValue = "300,500",
            description = "Fitness levels: for each log, print the first generation whose best passes each. Default: ${DEFAULT-VALUE}.")
    List<Double> thresholds;

    @Option(names = "--width", defaultValue = "1200", description = "Width in pixels. Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--height", defaultValue = "700", description = "Height in pixels. Default: ${DEFAULT-VALUE}.")
    int height;

    /** One table row: label, file, generations, highest best, mean seconds per generation, first passes. */
    private String summarise(String label, Path file, TrainingLogReader.Row[] rows) {
        double maxBest = Double.NEGATIVE_INFINITY;
        double seconds = 0;
        for (TrainingLogReader.Row row : rows) {
            maxBest = Math.max(maxBest, row.best());
            seconds += row.generationSeconds();
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s %-40s %6d %9.1f %9.2f", label, file.getFileName(),
                rows.length, maxBest, rows.length == 0 ? Double.NaN : seconds / rows.length));
        for (double threshold : thresholds) {
            int first = -1;
            for (TrainingLogReader.Row row : rows) {
                if (row.best() > threshold) {
                    first = row.generation();
                    break;
                }
            }
            line.append(String.format(Locale.ROOT, " %9s", first < 0 ? "never" : Integer.toString(first)));
        }
        return line.toString();
    }

    @Override
    public Integer call() throws IOException {
        if (width < 200 || width > 10_000 || height < 150 || height > 10_000) {
            throw new IllegalArgumentException("--width must be 200 to 10000 and --height 150 to 10000 pixels, were " + width + " and " + height);
        }
        for (double threshold : thresholds) {
            if (!Double.isFinite(threshold)) {
                throw new IllegalArgumentException("--thresholds must be finite fitness values, was " + threshold);
            }
        }
        Map<String, List<TrainingLogReader.Row[]>> series = new LinkedHashMap<>();
        List<String> summary = new ArrayList<>();
        for (String entry : logs) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException("invalid --log '" + entry + "'; use LABEL=FILE, for example cooperator=runs/coop-1.csv");
            }
            String label = entry.substring(0, equals);
            Path file = Path.of(entry.substring(equals + 1));
            TrainingLogReader.Row[] rows = TrainingLogReader.read(file).toArray(TrainingLogReader.Row[]::new);
            series.computeIfAbsent(label, k -> new ArrayList<>()).add(rows);
            summary.add(summarise(label, file, rows));
        }
        CurvePlot.write(out, title, series, width, height);
        PrintWriter stdout = spec.commandLine().getOut();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-14s %-40s %6s %9s %9s", "label", "log", "gens",
                "max best", "s/gen"));
        for (double threshold : thresholds) {
            header.append(String.format(Locale.ROOT, " %9s", "gen>" + Math.round(threshold)));
        }
        stdout.println(header);
        summary.forEach(stdout::println);
        stdout.println("Wrote " + out);
        return 0;
    }
}
