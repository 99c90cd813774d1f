package org.cooperatorlab.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes agent files: UTF-8 JSON objects with these fields.
 * <pre>
 * format       "cooperator-lab-agent"
 * version      1
 * model        kind, observationSize, actionSize, queries, messageSize, encodingSize,
 *              headHiddenLayers, projectionBias, scaled, context {proximal, distal, universal},
 *              feedForwardHidden, and optionally parameterCount (checked when present)
 * environment  id, observationNames [model.observationSize strings]
 * training     optional: generation, bestFitness, meanFitness, seed,
 *              evolution {populationSize, reps, initialSigma, separable}, date (ISO-8601), modelName (optional)
 * provenance   optional: description, source, licence
 * parameters   [model.parameterCount numbers], in the order of ModelSpec.layout()
 * </pre>
 *
 * <p>Reading streams the file and rejects it at the first problem with an
 * {@link AgentFileException} naming the field: a file that is not JSON, another format or version,
 * unknown, repeated or missing fields, sizes out of range or inconsistent with each other, and
 * non-finite or absurd numbers. Sizes are checked before anything is allocated in proportion to
 * them, and the limits below bound the work a hostile file can cause. Doubles are written in the
 * shortest form that parses back to the same bits.
 */
public final class AgentFiles {

    /**
     * Largest accepted file, 32 MiB. A 1000-parameter agent takes about 25 KB, and
     * {@link #MAX_PARAMETERS} values at 20 to 25 characters each still fit.
     */
    public static final long MAX_FILE_BYTES = 32L << 20;
    /** Largest accepted parameter vector. The largest shipped models have a few thousand. */
    public static final int MAX_PARAMETERS = 1_000_000;
    /** Largest accepted population and rollout count in the training metadata. */
    public static final int MAX_POPULATION_SIZE = 1_000_000;
    /** Largest accepted fitness magnitude in the training metadata. */
    public static final double MAX_FITNESS_MAGNITUDE = 1e12;
    /** Longest accepted identifier, observation name, date or JSON field name. */
    public static final int MAX_NAME_LENGTH = 64;
    /** Longest accepted free text, such as a description or licence. */
    public static final int MAX_TEXT_LENGTH = 10_000;
    /** Deepest accepted nesting; the format itself needs 3 levels. */
    static final int MAX_NESTING_DEPTH = 8;
    /** Longest accepted number literal; a double needs at most 25 characters. */
    static final int MAX_NUMBER_LENGTH = 64;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_TEXT_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            // NaN and Infinity then parse as numbers and are rejected with the field's name.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // Schubfach: the shortest decimal that parses back to the same double.
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private AgentFiles() {
    }

    /**
     * Reads an agent file, checking its size before parsing it.
     *
     * @throws AgentFileException if the content is rejected; the message names the field
     * @throws IOException if the file cannot be read
     */
    public static AgentFile read(Path path) throws IOException {
        String source = String.valueOf(path.getFileName());
        long size = Files.size(path);
        if (size > MAX_FILE_BYTES) {
            throw new AgentFileException(source, null, "the file has " + size + " bytes, more than the "
                    + MAX_FILE_BYTES + " an agent file may have; choose an agent file saved by Cooperator Lab");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, source);
        }
    }

    /**
     * Reads an agent file from a stream, which stays open. Reading stops after
     * {@link #MAX_FILE_BYTES} bytes.
     *
     * @param sourceName the name used in error messages, such as the file name
     * @throws AgentFileException if the content is rejected; the message names the field
     * @throws IOException if the stream fails
     */
    public static AgentFile read(InputStream in, String sourceName) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return new AgentFileReader(parser, sourceName).read();
        }
    }

    /**
     * Writes an agent file atomically: the file at {@code path} is replaced in one step or, on any
     * failure, left as it was (see {@link AtomicFiles#write}). The content is first serialised and
     * read back, so a file that this class could not load is never written.
     *
     * @throws AgentFileException if the agent's metadata cannot be stored, for example a text
     *     longer than {@link #MAX_TEXT_LENGTH} or a non-finite fitness
     */
    public static void write(Path path, AgentFile agent) throws IOException {
        byte[] bytes = toBytes(agent);
        read(new ByteArrayInputStream(bytes), String.valueOf(path.getFileName()));
        AtomicFiles.write(path, out -> out.write(bytes));
    }

    /** Serialises an agent to UTF-8 JSON without validating it against the reader's limits. */
    static byte[] toBytes(AgentFile agent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 25 * agent.model().parameterCount());
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            AgentFileWriter.write(json, agent);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
