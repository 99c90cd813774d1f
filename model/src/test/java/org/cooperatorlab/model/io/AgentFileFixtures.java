package org.cooperatorlab.model.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;

/** Valid agents and the building blocks of hostile inputs. */
final class AgentFileFixtures {

    static final ModelSpec CARTPOLE_TRANSFORMER = ModelSpec.forCartPole(ModelKind.TRANSFORMER, 5, 1);
    static final List<String> CARTPOLE_OBSERVATIONS = List.of("x", "x_dot", "cos_theta", "sin_theta", "theta_dot");

    private AgentFileFixtures() {
    }

    /** Returns a CartPole Transformer agent (913 parameters) with random weights and full metadata. */
    static AgentFile cartPoleAgent(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] parameters = new double[CARTPOLE_TRANSFORMER.parameterCount()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = random.nextGaussian();
        }
        TrainingMetadata training = new TrainingMetadata(42, 871.5, 312.25, seed,
                new TrainingMetadata.EvolutionSettings(256, 16, 0.1, false), Instant.parse("2026-12-04T20:00:00Z"),
                "test agent");
        Provenance provenance = new Provenance("A test agent.", "AgentFileFixtures", "Apache License 2.0");
        return new AgentFile(CARTPOLE_TRANSFORMER, new EnvironmentSpec("cartpole-swingup", CARTPOLE_OBSERVATIONS),
                parameters, training, provenance);
    }

    /** Returns the JSON text of {@link #cartPoleAgent}. */
    static String cartPoleJson() throws IOException {
        return new String(AgentFiles.toBytes(cartPoleAgent(1)), StandardCharsets.UTF_8);
    }

    /** Replaces exactly one occurrence of {@code target}, failing if there is none or several. */
    static String replaceOnce(String text, String target, String replacement) {
        int first = text.indexOf(target);
        if (first < 0 || text.indexOf(target, first + 1) >= 0) {
            throw new IllegalArgumentException("the fixture must contain '" + target + "' exactly once");
        }
        return text.substring(0, first) + replacement + text.substring(first + target.length());
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns a stream of {@code prefix}, {@code unit} repeated {@code count} times, then {@code suffix}, generated lazily. */
    static InputStream repeated(String prefix, String unit, long count, String suffix) {
        byte[] unitBytes = unit.getBytes(StandardCharsets.UTF_8);
        // A block of whole units, copied out in chunks so that 70 MB stream in milliseconds.
        byte[] block = new byte[unitBytes.length * Math.max(1, 65536 / unitBytes.length)];
        for (int i = 0; i < block.length; i++) {
            block[i] = unitBytes[i % unitBytes.length];
        }
        InputStream middle = new InputStream() {
            private final long total = count * unitBytes.length;
            private long position;

            @Override
            public int read() {
                return position < total ? unitBytes[(int) (position++ % unitBytes.length)] : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= total) {
                    return -1;
                }
                int start = (int) (position % block.length);
                int n = (int) Math.min(Math.min(length, total - position), block.length - start);
                System.arraycopy(block, start, buffer, offset, n);
                position += n;
                return n;
            }
        };
        return new SequenceInputStream(new SequenceInputStream(stream(prefix), middle), stream(suffix));
    }
}
