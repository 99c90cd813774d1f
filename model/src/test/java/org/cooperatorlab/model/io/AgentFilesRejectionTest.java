package org.cooperatorlab.model.io;

import static org.cooperatorlab.model.io.AgentFileFixtures.repeated;
import static org.cooperatorlab.model.io.AgentFileFixtures.replaceOnce;
import static org.cooperatorlab.model.io.AgentFileFixtures.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per kind of bad file; each asserts the field the message names. */
class AgentFilesRejectionTest {

    /**
     * A guard against unbounded work such as parsing millions of values before checking their
     * count, not a speed target: every rejection here takes milliseconds.
     */
    private static final Duration REJECTION_CEILING = Duration.ofSeconds(5);
    private static final String PARAMETERS_START = "\"parameters\" : [";

    private static String valid;
    /** The valid file up to and including the opening bracket of its parameters. */
    private static String beforeParameters;

    @TempDir
    Path folder;

    @BeforeAll
    static void buildValidFile() throws IOException {
        valid = AgentFileFixtures.cartPoleJson();
        beforeParameters = valid.substring(0, valid.indexOf(PARAMETERS_START) + PARAMETERS_START.length());
    }

    @Test
    void validFixtureLoads() throws IOException {
        assertEquals(AgentFileFixtures.cartPoleAgent(1), AgentFiles.read(stream(valid), "agent.json"));
    }

    @Test
    void notJson() {
        AgentFileException e = reject(stream("hello, I am a text file"));

        assertEquals(null, e.field());
        assertTrue(e.getMessage().startsWith("agent.json: the file is not valid JSON at line 1, column 7"),
                e.getMessage());
    }

    @Test
    void emptyFile() {
        assertMessage(null, "agent.json: the file is empty; choose an agent file saved by Cooperator Lab", stream(""));
    }

    @Test
    void topLevelArray() {
        assertMessage(null, "agent.json: the file does not contain a JSON object, so it is not an agent file",
                stream("[1, 2, 3]"));
    }

    @Test
    void unknownFormat() {
        String text = replaceOnce(valid, "\"cooperator-lab-agent\"", "\"someone-elses-agent\"");

        assertMessage("format", "agent.json: format must be \"cooperator-lab-agent\", was \"someone-elses-agent\"; "
                + "the file is not a Cooperator Lab agent", stream(text));
    }

    @Test
    void unknownVersion() {
        String text = replaceOnce(valid, "\"version\" : 1,", "\"version\" : 2,");

        assertMessage("version", "agent.json: version 2 is not supported; this build reads version 1, so open the "
                + "file with the Cooperator Lab release that wrote it", stream(text));
    }

    @Test
    void missingField() {
        String text = replaceOnce(valid, "\"queries\" : 16,\n", "");

        assertMessage("model.queries", "agent.json: model.queries is missing; every agent file needs it", stream(text));
    }

    @Test
    void missingTopLevelField() {
        int start = valid.indexOf("  \"environment\"");
        int end = valid.indexOf("  \"training\"");
        String text = valid.substring(0, start) + valid.substring(end);

        assertMessage("environment", "agent.json: environment is missing; every agent file needs it", stream(text));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "\"queries\" : 16,|\"queries\" : 5000,|model.queries|must be between 1 and 1024, was 5000",
        "\"queries\" : 16,|\"queries\" : 0,|model.queries|must be between 1 and 1024, was 0",
        "\"queries\" : 16,|\"queries\" : 16.5,|model.queries|must be an integer, found the number 16.5",
        "\"queries\" : 16,|\"queries\" : \"16\",|model.queries|must be an integer, found the string \"16\"",
        "\"queries\" : 16,|\"queries\" : 99999999999999999999999,|model.queries|must be between 1 and 1024, was 99999999999999999999999",
        "\"observationSize\" : 5,|\"observationSize\" : -5,|model.observationSize|must be between 1 and 4096, was -5",
        "\"headHiddenLayers\" : 0,|\"headHiddenLayers\" : 9,|model.headHiddenLayers|must be between 0 and 8, was 9",
        "\"kind\" : \"transformer\",|\"kind\" : \"lstm\",|model.kind|is \"lstm\", which is not a model of this build; expected one of cooperator, transformer, tm1, tm2, tm3, tm4, cooperator-authors, feedforward",
        "\"scaled\" : false,|\"scaled\" : 0,|model.scaled|must be true or false, found the number 0",
        "\"populationSize\" : 256,|\"populationSize\" : 1,|training.evolution.populationSize|must be between 2 and 1000000, was 1",
        "\"bestFitness\" : 871.5,|\"bestFitness\" : NaN,|training.bestFitness|must be a finite number, was NaN; the file is damaged",
        "\"date\" : \"2026-12-04T20:00:00Z\",|\"date\" : \"yesterday\",|training.date|must be an ISO-8601 instant such as 2021-12-06T12:00:00Z, was \"yesterday\"",
        "\"id\" : \"cartpole-swingup\",|\"id\" : \"CartPole Swing-Up\",|environment.id|must contain only lower-case letters, digits and hyphens, was \"CartPole Swing-Up\"",
        "\"proximal\" : true,|\"proximal\" : true, \"extra\" : true,|model.context.extra|is not a field of model.context; the accepted fields are [proximal, distal, universal]",
        "\"queries\" : 16,|\"queries\" : 16, \"queries\" : 16,|model.queries|appears twice; keep only one",
    })
    void wrongValue(String target, String replacement, String field, String problem) {
        assertMessage(field, "agent.json: " + field + " " + problem, stream(replaceOnce(valid, target, replacement)));
    }

    @Test
    void parameterCountDisagreesWithModel() {
        String text = replaceOnce(valid, "\"parameterCount\" : 913", "\"parameterCount\" : 900");

        assertMessage("model.parameterCount", "agent.json: model.parameterCount is 900 but a transformer model with "
                + "these sizes has 913 parameters; the model section is inconsistent", stream(text));
    }

    @Test
    void tooFewParameters() {
        assertMessage("parameters", "agent.json: parameters has 912 values but the transformer model needs 913; "
                + "the parameters do not belong to this model", parameters(912, -1, null));
    }

    @Test
    void tooManyParameters() {
        assertMessage("parameters", "agent.json: parameters has more than the 913 values the model needs; "
                + "the parameters do not belong to this model", parameters(914, -1, null));
    }

    @Test
    void observationNamesDisagreeWithModel() {
        String text = replaceOnce(valid, "\"x\", \"x_dot\", ", "\"x_dot\", ");

        assertMessage("environment.observationNames", "agent.json: environment.observationNames has 4 names but "
                + "model.observationSize is 5; the file is inconsistent", stream(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NaN|must be a finite number, was NaN; the file is damaged",
        "Infinity|must be a finite number, was Infinity; the file is damaged",
        "-Infinity|must be a finite number, was -Infinity; the file is damaged",
        "1e400|must be a finite number, was 1e400; the file is damaged",
        "2e7|is 2.0E7, outside the accepted range +-1000000.0; the file is damaged",
        "\"0.5\"|must be a number, found the string \"0.5\"",
        "null|must be a number, found null",
    })
    void badParameterValue(String value, String problem) {
        assertMessage("parameters[17]", "agent.json: parameters[17] " + problem, parameters(913, 17, value));
    }

    @Test
    void overlongNumber() {
        AgentFileException e = reject(repeated(beforeParameters + " 1", "0", 1000, "]}"));

        assertEquals("parameters[0]", e.field());
        assertTrue(e.getMessage().startsWith("agent.json: parameters[0] exceeds a size limit of agent files (Number "
                + "value length"), e.getMessage());
    }

    @Test
    void millionDigitNumber() {
        AgentFileException e = reject(repeated(beforeParameters + " 1", "0", 1_000_000, "]}"));

        assertEquals("parameters[0]", e.field());
        assertTrue(e.getMessage().contains("exceeds a size limit of agent files"), e.getMessage());
    }

    @Test
    void deepNestingInObjectField() {
        String prefix = "{\"format\" : \"cooperator-lab-agent\", \"version\" : 1, \"model\" : ";
        AgentFileException e = reject(repeated(prefix, "[", 100_000, ""));

        assertEquals("model", e.field());
        assertEquals("agent.json: model must be an object, found an array", e.getMessage());
    }

    @Test
    void deepNestingInParameters() {
        AgentFileException e = reject(repeated(beforeParameters, "[", 100_000, ""));

        assertEquals("parameters[0]", e.field());
        assertEquals("agent.json: parameters[0] must be a number, found an array", e.getMessage());
    }

    @Test
    void deepNestingAtTopLevel() {
        AgentFileException e = reject(repeated("", "[", 100_000, ""));

        assertEquals("agent.json: the file does not contain a JSON object, so it is not an agent file", e.getMessage());
    }

    @Test
    void fiftyMegabyteString() {
        String prefix = "{\"format\" : \"cooperator-lab-agent\", \"version\" : 1, \"provenance\" : {\"description\" : \"";
        AgentFileException e = reject(repeated(prefix, "a", 50_000_000, "\"}}"));

        assertEquals("provenance.description", e.field());
        assertTrue(e.getMessage().startsWith("agent.json: provenance.description exceeds a size limit of agent files "
                + "(String value length"), e.getMessage());
    }

    @Test
    void fiftyMegabyteFieldName() {
        AgentFileException e = reject(repeated("{\"", "a", 50_000_000, "\" : 1}"));

        assertTrue(e.getMessage().contains("exceeds a size limit of agent files (Name length"), e.getMessage());
    }

    @Test
    void tenMillionParametersAfterModel() {
        AgentFileException e = reject(repeated(beforeParameters + " 0", ", 0", 10_000_000, "]}"));

        assertEquals("agent.json: parameters has more than the 913 values the model needs; the parameters do not "
                + "belong to this model", e.getMessage());
    }

    @Test
    void tenMillionParametersBeforeModel() {
        AgentFileException e = reject(repeated("{\"parameters\" : [0", ", 0", 10_000_000, "]}"));

        assertEquals("agent.json: parameters has more than 1000000 values, the maximum an agent file may hold",
                e.getMessage());
    }

    @Test
    void tenMillionObservationNames() {
        String prefix = valid.substring(0, valid.indexOf("[ \"x\"") + 1) + "\"a\"";
        AgentFileException e = reject(repeated(prefix, ", \"a\"", 10_000_000, "]}}"));

        assertEquals("agent.json: environment.observationNames has more than 4096 values, the maximum", e.getMessage());
    }

    @Test
    void trailingContent() {
        assertMessage(null, "agent.json: has content after the end of its JSON object; the file is damaged",
                stream(valid + "{}"));
    }

    @Test
    void oversizedFileIsRejectedBeforeParsing() throws IOException {
        Path file = folder.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(AgentFiles.MAX_FILE_BYTES + 1);
        }

        AgentFileException e = assertThrows(AgentFileException.class, () -> AgentFiles.read(file));

        assertEquals("huge.json: the file has " + (AgentFiles.MAX_FILE_BYTES + 1) + " bytes, more than the "
                + AgentFiles.MAX_FILE_BYTES + " an agent file may have; choose an agent file saved by Cooperator Lab",
                e.getMessage());
    }

    @Test
    void oversizedStreamStopsAtLimit() {
        // Whitespace beyond the size limit inside a valid object: the document length limit ends the read.
        AgentFileException e = reject(repeated("{", " ", AgentFiles.MAX_FILE_BYTES + 1000, "}"));

        assertTrue(e.getMessage().contains("exceeds a size limit of agent files (Document length"), e.getMessage());
    }

    /** Returns the valid file with {@code count} zero parameters, the one at {@code index} replaced by {@code value}. */
    private static InputStream parameters(int count, int index, String value) {
        StringBuilder text = new StringBuilder(beforeParameters);
        text.append(String.join(", ", Collections.nCopies(count, "0")));
        text.append("]\n}\n");
        String array = text.toString();
        if (index >= 0) {
            int position = beforeParameters.length();
            for (int i = 0; i < index; i++) {
                position = array.indexOf(',', position) + 1;
            }
            int end = array.indexOf(',', position);
            array = array.substring(0, position) + " " + value + array.substring(end);
        }
        return stream(array);
    }

    private static void assertMessage(String field, String message, InputStream in) {
        AgentFileException e = reject(in);

        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    private static AgentFileException reject(InputStream in) {
        ThrowingSupplier<AgentFileException> read = () -> assertThrows(AgentFileException.class,
                () -> AgentFiles.read(in, "agent.json"));
        return assertTimeoutPreemptively(REJECTION_CEILING, read);
    }
}
