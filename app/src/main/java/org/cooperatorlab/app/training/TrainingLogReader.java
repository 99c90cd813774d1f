package org.cooperatorlab.app.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the CSV that {@link TrainingLog} writes. */
public final class TrainingLogReader {

    /** Largest log accepted, in bytes: about a million generations. */
    private static final long MAX_BYTES = 200L * 1024 * 1024;

    /**
     * One generation of a log.
     *
     * @param generation the generation, from 1
     * @param best population maximum
     * @param mean population mean
     * @param generationSeconds wall time of the generation
     */
    public record Row(int generation, double best, double mean, double generationSeconds) {
    }

    private TrainingLogReader() {
    }

    /**
     * Reads every row.
     *
     * @throws IOException if the file cannot be read, or names the line and column that is invalid
     */
    public static List<Row> read(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "training log not found");
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException(path + " is not a regular file; give a training log CSV written by train --log");
        }
        if (Files.size(path) > MAX_BYTES) {
            throw new IOException("training log " + path + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("generation,best,mean")) {
            throw new IOException(path + " is not a training log: the first line must be the header " + TrainingLog.HEADER);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",");
            if (cells.length < 7) {
                throw new IOException(path + " line " + (i + 1) + ": expected at least 7 columns, found " + cells.length);
            }
            try {
                rows.add(new Row(Integer.parseInt(cells[0]), Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
                        Double.parseDouble(cells[6])));
            } catch (NumberFormatException e) {
                throw new IOException(path + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (rows.isEmpty()) {
            throw new IOException(path + " has a header but no generations; the run that wrote it ended before its first generation");
        }
        return rows;
    }
}
