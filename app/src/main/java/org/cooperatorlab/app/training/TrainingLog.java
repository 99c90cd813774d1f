package org.cooperatorlab.app.training;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cooperatorlab.model.io.AtomicFiles;

/**
 * Writes one CSV row per generation and flushes it, so an interrupted run keeps the rows of every
 * finished generation. Columns: {@value #HEADER}.
 */
public final class TrainingLog implements AutoCloseable {

    public static final String HEADER =
            "generation,best,mean,worst,sigma,best_generation,generation_seconds,elapsed_seconds,rollouts_per_second";

    private final BufferedWriter writer;

    private TrainingLog(BufferedWriter writer) {
        this.writer = writer;
    }

    /**
     * Creates or replaces the file and writes the header. Rows are appended in place rather than
     * written atomically, so that a long run keeps every finished generation.
     */
    public static TrainingLog create(Path path) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(AtomicFiles.checkTarget(path), StandardCharsets.UTF_8);
        writer.write(HEADER);
        writer.newLine();
        writer.flush();
        return new TrainingLog(writer);
    }

    /** Appends a row; doubles are written in full precision. */
    public void append(GenerationSnapshot s) {
        try {
            writer.write(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%d,%.4f,%.4f,%.1f", s.generation(), s.bestFitness(),
                    s.meanFitness(), s.worstFitness(), s.sigma(), s.bestGeneration(), s.generationSeconds(),
                    s.elapsedSeconds(), s.rolloutsPerSecond()));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the training log: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
