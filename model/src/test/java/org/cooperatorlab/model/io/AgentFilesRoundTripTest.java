package org.cooperatorlab.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentFilesRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void doublesRoundTripBitForBit() throws IOException {
        double[] special = {0.1, 0.2, 1.0 / 3, 1e-300, -0.0, 0.0, Double.MIN_VALUE, Double.MIN_NORMAL,
            Math.nextDown(Double.MIN_NORMAL), 2.2250738585072011e-308, 1e6, -1e6, Math.nextDown(1e6),
            Math.ulp(1.0), 1 + Math.ulp(1.0), 9007199254740993.0 / 1e10, 5e-324, -4.9e-324, 123456.789012345678,
            0.33621835708618164};
        double[] parameters = new double[AgentFileFixtures.CARTPOLE_TRANSFORMER.parameterCount()];
        System.arraycopy(special, 0, parameters, 0, special.length);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = special.length; i < parameters.length; i++) {
            // Uniform mantissa bits and exponents from 1e-300 to 1e6.
            double mantissa = Double.longBitsToDouble((random.nextLong() & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
            parameters[i] = (random.nextBoolean() ? 1 : -1) * mantissa * Math.pow(10, random.nextInt(-300, 6));
        }
        AgentFile agent = withParameters(AgentFileFixtures.cartPoleAgent(1), parameters);

        Path file = folder.resolve("agent.json");
        AgentFiles.write(file, agent);
        double[] loaded = AgentFiles.read(file).parameters();

        for (int i = 0; i < parameters.length; i++) {
            assertEquals(Double.doubleToRawLongBits(parameters[i]), Double.doubleToRawLongBits(loaded[i]),
                    "parameters[" + i + "] = " + parameters[i] + " read back as " + loaded[i]);
        }
    }

    @Test
    void agentRoundTripsWithMetadata() throws IOException {
        AgentFile agent = AgentFileFixtures.cartPoleAgent(3);
        Path file = folder.resolve("agent.json");

        AgentFiles.write(file, agent);
        AgentFile loaded = AgentFiles.read(file);

        assertEquals(agent, loaded);
        assertEquals(agent.training(), loaded.training());
        assertEquals(agent.provenance(), loaded.provenance());
    }

    @Test
    void agentRoundTripsWithoutOptionalParts() throws IOException {
        AgentFile full = AgentFileFixtures.cartPoleAgent(4);
        AgentFile agent = new AgentFile(full.model(), full.environment(), full.parameters(), null, null);
        Path file = folder.resolve("agent.json");

        AgentFiles.write(file, agent);
        AgentFile loaded = AgentFiles.read(file);

        assertEquals(agent, loaded);
        assertNull(loaded.training());
        assertNull(loaded.provenance());
    }

    @Test
    void writtenFileStartsWithFormatAndVersion() throws IOException {
        Path file = folder.resolve("agent.json");

        AgentFiles.write(file, AgentFileFixtures.cartPoleAgent(1));
        String text = Files.readString(file);

        assertTrue(text.startsWith("{\n  \"format\" : \"cooperator-lab-agent\",\n  \"version\" : 1,"), text);
    }

    @Test
    void unstorableMetadataIsRejectedOnConstruction() {
        TrainingMetadata.EvolutionSettings evolution = AgentFileFixtures.cartPoleAgent(1).training().evolution();

        IllegalArgumentException fitness = assertThrows(IllegalArgumentException.class,
                () -> new TrainingMetadata(1, Double.NaN, 0, 1, evolution, Instant.EPOCH, null));
        IllegalArgumentException population = assertThrows(IllegalArgumentException.class,
                () -> new TrainingMetadata.EvolutionSettings(1, 16, 0.1, false));
        IllegalArgumentException licence = assertThrows(IllegalArgumentException.class,
                () -> new Provenance("an agent", "somewhere", ""));
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class,
                () -> new EnvironmentSpec("CartPole", AgentFileFixtures.CARTPOLE_OBSERVATIONS));

        assertEquals("bestFitness must be finite and within +-1.0E12, was NaN", fitness.getMessage());
        assertEquals("populationSize must be between 2 and 1000000, was 1", population.getMessage());
        assertEquals("licence must have 1 to 10000 characters, was 0 characters", licence.getMessage());
        assertEquals("id must be 1 to 64 lower-case letters, digits and hyphens, was CartPole", id.getMessage());
    }

    @Test
    void invalidAgentIsRejectedOnConstruction() {
        AgentFile valid = AgentFileFixtures.cartPoleAgent(1);
        double[] tooShort = new double[912];
        double[] withNaN = valid.parameters();
        withNaN[17] = Double.NaN;

        IllegalArgumentException shortError = assertThrows(IllegalArgumentException.class,
                () -> withParameters(valid, tooShort));
        IllegalArgumentException nanError = assertThrows(IllegalArgumentException.class,
                () -> withParameters(valid, withNaN));

        assertEquals("parameters has 912 values but the model needs 913", shortError.getMessage());
        assertEquals("parameters[17] must be finite and within +-1000000.0, was NaN", nanError.getMessage());
    }

    private static AgentFile withParameters(AgentFile agent, double[] parameters) {
        return new AgentFile(agent.model(), agent.environment(), parameters, agent.training(), agent.provenance());
    }
}
