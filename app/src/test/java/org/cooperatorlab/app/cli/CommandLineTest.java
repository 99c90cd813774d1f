package org.cooperatorlab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, on the real environment, models and agent files. */
class CommandLineTest {

    @TempDir
    Path folder;

    /** Output of one command. */
    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CooperatorLabCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Path shippedAgent() {
        Path fromModule = Path.of("../saved-agents/cartpole-transformer-tang-ha-2021.json");
        assertTrue(Files.isRegularFile(fromModule), "shipped agent present at " + fromModule.toAbsolutePath());
        return fromModule;
    }

    @Test
    void trainWritesAgentAndLog() throws IOException {
        Path agent = folder.resolve("agent.json");
        Path log = folder.resolve("log.csv");
        Outcome outcome = run("train", "--env", "cartpole-swingup", "--model", "cooperator", "--generations", "3",
                "--population", "6", "--reps", "2", "--seed", "3", "--threads", "2", "--out", agent.toString(), "--log", log.toString());
        assertEquals(0, outcome.exitCode(), outcome.err());
        List<String> lines = Files.readAllLines(log);
        assertEquals(4, lines.size(), "header and three rows: " + lines);
        assertTrue(lines.get(0).startsWith("generation,best,mean,worst,sigma"));
        assertTrue(lines.get(3).startsWith("3,"));

        Outcome info = run("info", "--agent", agent.toString());
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().contains("cooperator"), info.out());
        assertTrue(info.out().contains("cartpole-swingup"), info.out());
    }

    @Test
    void evaluateJsonReportsMeanSdAndEpisodes() throws IOException {
        Outcome outcome = run("evaluate", "--agent", shippedAgent().toString(), "--episodes", "20", "--seed", "1",
                "--shuffle", "reset", "--json");
        assertEquals(0, outcome.exitCode(), outcome.err());
        JsonNode result = new ObjectMapper().readTree(outcome.out());
        assertEquals(20, result.get("episodes").asInt());
        assertTrue(result.get("mean").asDouble() > 100, "the released agent scores well: " + result);
        assertTrue(result.get("sd").asDouble() > 0);
    }

    @Test
    void evaluateWithNoiseChannelsAndEveryKShuffle() {
        Outcome outcome = run("evaluate", "--agent", shippedAgent().toString(), "--episodes", "4", "--shuffle", "every:50",
                "--noise-channels", "5", "--json");
        assertEquals(0, outcome.exitCode(), outcome.err());
    }

    @Test
    void infoDescribesShippedAgent() {
        Outcome outcome = run("info", "--agent", shippedAgent().toString());
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains("913"), outcome.out());
        assertTrue(outcome.out().contains("Apache"), outcome.out());
    }

    @Test
    void benchJsonListsRequestedModels() throws IOException {
        Outcome outcome = run("bench", "--models", "transformer,cooperator", "--seconds", "0.2", "--warmup", "0.1", "--json");
        assertEquals(0, outcome.exitCode(), outcome.err());
        JsonNode result = new ObjectMapper().readTree(outcome.out());
        assertEquals(2, result.get("results").size());
        assertTrue(result.get("results").get(0).get("steps_per_second").asLong() > 0);
    }

    @Test
    void plotWritesPng() throws IOException {
        Path log = folder.resolve("log.csv");
        assertEquals(0, run("train", "--generations", "2", "--population", "4", "--reps", "1", "--log", log.toString()).exitCode());
        Path png = folder.resolve("curve.png");
        Outcome outcome = run("plot", "--log", "cooperator=" + log, "--out", png.toString(), "--title", "test");
        assertEquals(0, outcome.exitCode(), outcome.err());
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
    }

    @Test
    void errorsAreOneLineWithoutStackTrace() throws IOException {
        Path corrupt = folder.resolve("corrupt.json");
        Files.writeString(corrupt, "{ not json");
        String[][] cases = {
            {"evaluate", "--agent", folder.resolve("missing.json").toString()},
            {"evaluate", "--agent", corrupt.toString()},
            {"evaluate", "--agent", shippedAgent().toString(), "--shuffle", "sometimes"},
            {"train", "--model", "lstm"},
            {"train", "--env", "mountaincar"},
            {"train", "--population", "1"},
            {"train", "--generations", "two"},
            {"bench", "--models", "nope"},
            {"frobnicate"},
        };
        for (String[] args : cases) {
            Outcome outcome = run(args);
            String context = String.join(" ", args) + " -> " + outcome.err();
            assertTrue(outcome.exitCode() != 0, context);
            assertTrue(outcome.err().startsWith("error: "), context);
            assertFalse(outcome.err().contains("\tat "), "no stack trace: " + context);
            assertTrue(outcome.err().lines().count() <= 2, "one line and a hint at most: " + context);
        }
    }

    @Test
    void outputThroughSymlinkUpdatesLinkedFile() throws IOException {
        Path target = folder.resolve("target.json");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), target.getFileName());
        Outcome outcome = run("train", "--generations", "1", "--population", "4", "--reps", "1", "--out", link.toString());
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(target).contains("cooperator-lab-agent"), "the linked file holds the agent");
    }

    @Test
    void unwritableOutputsRejectedEarly() throws IOException {
        Path log = folder.resolve("same.csv");
        String[][] cases = {
            {"--out", "/dev/null"},
            {"--out", folder.toString()},
            {"--out", folder.resolve("missing-folder/agent.json").toString()},
            {"--out", log.toString(), "--log", log.toString()},
            {"--out", ""},
        };
        for (String[] output : cases) {
            String[] full = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("train", "--generations", "1", "--population", "4", "--reps", "1"),
                    java.util.Arrays.stream(output)).toArray(String[]::new);
            Outcome outcome = run(full);
            String context = String.join(" ", output) + " -> " + outcome.err();
            assertTrue(outcome.exitCode() != 0, context);
            assertTrue(outcome.err().startsWith("error: "), context);
            assertFalse(outcome.out().contains("Training"), "rejected before training starts: " + context);
        }
        assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still a device");
    }

    @Test
    void agentWithWrongSensorNamesIsRejected() throws IOException {
        Path renamed = folder.resolve("renamed.json");
        Files.writeString(renamed, Files.readString(shippedAgent()).replaceFirst("\"x_dot\"", "\"cart_speed\""));
        Outcome outcome = run("info", "--agent", renamed.toString());
        assertEquals(1, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("environment.observationNames[1]"), outcome.err());
        assertTrue(outcome.err().contains("x_dot"), outcome.err());
    }

    @Test
    void hugeSigmaIsRejectedWithAdvice() {
        Outcome outcome = run("train", "--sigma", "1e308", "--generations", "1", "--population", "4", "--reps", "1");
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("sigma"), outcome.err());
        assertTrue(outcome.err().contains("0.1"), outcome.err());
    }

    @Test
    void plotRejectsLogWithoutGenerations() throws IOException {
        Path log = folder.resolve("empty.csv");
        Files.writeString(log, org.cooperatorlab.app.training.TrainingLog.HEADER + "\n");
        Outcome outcome = run("plot", "--log", "x=" + log, "--out", folder.resolve("p.png").toString());
        assertEquals(1, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("no generations"), outcome.err());
        assertFalse(Files.exists(folder.resolve("p.png")));
    }

    @Test
    void feedForwardTrainsWithNoiseChannels() {
        Outcome outcome = run("train", "--model", "feedforward", "--noise-channels", "2", "--generations", "1",
                "--population", "4", "--reps", "1");
        assertEquals(0, outcome.exitCode(), "a feed-forward model built for 7 sensors can train with 2 noise channels: " + outcome.err());
    }
}
