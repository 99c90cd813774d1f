package org.cooperatorlab.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cooperatorlab.model.ContextTerms;
import org.cooperatorlab.model.ModelKind;
import org.cooperatorlab.model.ModelSpec;

/** Reads one agent file from a streaming parser, in the layout {@link AgentFiles} documents. One use per file. */
final class AgentFileReader {

    private final JsonCursor cursor;

    private ModelSpec model;
    private int parameterCount = -1;
    private EnvironmentSpec environment;
    private double[] parameters;
    private TrainingMetadata training;
    private Provenance provenance;

    AgentFileReader(JsonParser parser, String source) {
        this.cursor = new JsonCursor(parser, source);
    }

    AgentFile read() throws IOException {
        JsonToken first = cursor.next("");
        if (first == null) {
            throw cursor.error(null, "the file is empty; choose an agent file saved by Cooperator Lab");
        }
        if (first != JsonToken.START_OBJECT) {
            throw cursor.error(null, "the file does not contain a JSON object, so it is not an agent file");
        }
        Map<String, JsonCursor.FieldReader> fields = new LinkedHashMap<>();
        fields.put("format", this::readFormat);
        fields.put("version", this::readVersion);
        fields.put("model", path -> readModel(path));
        fields.put("environment", path -> environment = readEnvironment(path));
        fields.put("training", path -> training = readTraining(path));
        fields.put("provenance", path -> provenance = readProvenance(path));
        fields.put("parameters", path -> parameters = cursor.readDoubleArray(path, parameterCount,
                AgentFiles.MAX_PARAMETERS, AgentFile.MAX_PARAMETER_MAGNITUDE));
        cursor.readObject("", fields, new LinkedHashSet<>(List.of("format", "version", "model", "environment", "parameters")));
        if (cursor.next("") != null) {
            throw cursor.error(null, "has content after the end of its JSON object; the file is damaged");
        }
        checkConsistency();
        return new AgentFile(model, environment, parameters, training, provenance);
    }

    private void readFormat(String path) throws IOException {
        String format = cursor.readString(path, 100);
        if (!format.equals(AgentFile.FORMAT)) {
            throw cursor.error(path, "must be \"" + AgentFile.FORMAT + "\", was \"" + format
                    + "\"; the file is not a Cooperator Lab agent");
        }
    }

    private void readVersion(String path) throws IOException {
        int version = cursor.readInt(path, 1, Integer.MAX_VALUE);
        if (version != AgentFile.VERSION) {
            throw cursor.error(path, version + " is not supported; this build reads version " + AgentFile.VERSION
                    + ", so open the file with the Cooperator Lab release that wrote it");
        }
    }

    private void readModel(String path) throws IOException {
        ModelKind[] kind = new ModelKind[1];
        int[] sizes = new int[7];
        boolean[] flags = new boolean[2];
        ContextTerms[] context = new ContextTerms[1];
        int[] declaredCount = {-1};
        Map<String, JsonCursor.FieldReader> fields = new LinkedHashMap<>();
        fields.put("kind", p -> kind[0] = readKind(p));
        fields.put("observationSize", p -> sizes[0] = cursor.readInt(p, 1, ModelSpec.MAX_OBSERVATION_SIZE));
        fields.put("actionSize", p -> sizes[1] = cursor.readInt(p, 1, ModelSpec.MAX_DIMENSION));
        fields.put("queries", p -> sizes[2] = cursor.readInt(p, 1, ModelSpec.MAX_DIMENSION));
        fields.put("messageSize", p -> sizes[3] = cursor.readInt(p, 1, ModelSpec.MAX_DIMENSION));
        fields.put("encodingSize", p -> sizes[4] = cursor.readInt(p, 1, ModelSpec.MAX_DIMENSION));
        fields.put("headHiddenLayers", p -> sizes[5] = cursor.readInt(p, 0, ModelSpec.MAX_HIDDEN_LAYERS));
        fields.put("feedForwardHidden", p -> sizes[6] = cursor.readInt(p, 1, ModelSpec.MAX_DIMENSION));
        fields.put("projectionBias", p -> flags[0] = cursor.readBoolean(p));
        fields.put("scaled", p -> flags[1] = cursor.readBoolean(p));
        fields.put("context", p -> context[0] = readContext(p));
        fields.put("parameterCount", p -> declaredCount[0] = cursor.readInt(p, 0, AgentFiles.MAX_PARAMETERS));
        Set<String> required = new LinkedHashSet<>(fields.keySet());
        required.remove("parameterCount");
        cursor.readObject(path, fields, required);

        model = new ModelSpec(kind[0], sizes[0], sizes[1], sizes[2], sizes[3], sizes[4], sizes[5], flags[0], flags[1],
                context[0], sizes[6]);
        // The layout is a short list of blocks, so counting allocates nothing in proportion to the sizes.
        long count = model.parameterCount();
        if (count > AgentFiles.MAX_PARAMETERS) {
            throw cursor.error(path, "describes " + count + " parameters, more than the " + AgentFiles.MAX_PARAMETERS
                    + " an agent file may hold; the sizes are damaged");
        }
        if (declaredCount[0] >= 0 && declaredCount[0] != count) {
            throw cursor.error(path + ".parameterCount", "is " + declaredCount[0] + " but a " + model.kind().id()
                    + " model with these sizes has " + count + " parameters; the model section is inconsistent");
        }
        parameterCount = (int) count;
    }

    private ModelKind readKind(String path) throws IOException {
        String id = cursor.readString(path, 100);
        try {
            return ModelKind.fromId(id);
        } catch (IllegalArgumentException e) {
            throw cursor.error(path, "is \"" + id + "\", which is not a model of this build; expected one of "
                    + ModelKind.ids());
        }
    }

    private ContextTerms readContext(String path) throws IOException {
        boolean[] terms = new boolean[3];
        Map<String, JsonCursor.FieldReader> fields = new LinkedHashMap<>();
        fields.put("proximal", p -> terms[0] = cursor.readBoolean(p));
        fields.put("distal", p -> terms[1] = cursor.readBoolean(p));
        fields.put("universal", p -> terms[2] = cursor.readBoolean(p));
        cursor.readObject(path, fields, fields.keySet());
        return new ContextTerms(terms[0], terms[1], terms[2]);
    }

    private EnvironmentSpec readEnvironment(String path) throws IOException {
        String[] id = new String[1];
        List<?>[] names = new List<?>[1];
        Map<String, JsonCursor.FieldReader> fields = new LinkedHashMap<>();
        fields.put("id", p -> id[0] = readIdentifier(p));
        fields.put("observationNames", p -> names[0] = cursor.readStringArray(p, ModelSpec.MAX_OBSERVATION_SIZE,
                AgentFiles.MAX_NAME_LENGTH));
        cursor.readObject(path, fields, fields.keySet());
        @SuppressWarnings("unchecked")
        List<String> observationNames = (List<String>) names[0];
        return new EnvironmentSpec(id[0], observationNames);
    }

    private String readIdentifier(String path) throws IOException {
        String id = cursor.readString(path, AgentFiles.MAX_NAME_LENGTH);
        if (!EnvironmentSpec.IDENTIFIER.matcher(id).matches()) {
            throw cursor.error(path, "must contain only lower-case letters, digits and hyphens, was \"" + id + "\"");
        }
        return id;
    }

    private TrainingMetadata readTraining(String path) throws IOException {
        long[] integers = new long[2];
        double[] fitness = new double[2];
        TrainingMetadata.EvolutionSettings[] evolution = new TrainingMetadata.EvolutionSettings[1];
        Instant[] date = new Instant[1];
        String[] modelName = new String[1];
        Map<String, JsonCursor.FieldReader> fields = new LinkedHashMap<>();
        fields.put("generation", p -> integers[0] = cursor.readInt(p, 0, Integer.MAX_VALUE));
        fields.put("bestFitness", p -> fitness[0] = cursor.readDouble(p, AgentFiles.MAX_FITNESS_MAGNITUDE));
        fields.put("meanFitness", p -> fitness[1] = cursor.readDouble(p, AgentFiles.MAX_FITNESS_MAGNITUDE));
        fields.put("seed", p -> integers[1] = cursor.readLong(p, Long.MIN_VALUE, Long.MAX_VALUE));
        fields.put("evolution", p -> evolution[0] = readEvolution(p));
        fields.put("date", p -> date[0] = readDate(p));
        fields.put("modelName", p -> modelName[0] = cursor.isNull() ? null
                : cursor.readString(p, AgentFiles.MAX_TEXT_LENGTH));
        Set<String> required = new LinkedHashSet<>(fields.keySet());
        required.remove("modelName");
        cursor.readObject(path, fields, required);
        return new TrainingMetadata((int) integers[0], fitness[0], fitness[1], integers[1], evolution[0], date[0],
                modelName[0]);
    }

    private TrainingMetadata.EvolutionSettings readEvolution(String path) throws IOException {
        int[] integers = new int[2];
        double[] sigma = new double[1];
        boolean[] separable = new boolean[1];
        Map<String, JsonCursor.FieldReader> fields = new LinkedHashMap<>();
        fields.put("populationSize", p -> integers[0] = cursor.readInt(p, 2, AgentFiles.MAX_POPULATION_SIZE));
        fields.put("reps", p -> integers[1] = cursor.readInt(p, 1, AgentFiles.MAX_POPULATION_SIZE));
        fields.put("initialSigma", p -> {
            sigma[0] = cursor.readDouble(p, AgentFile.MAX_PARAMETER_MAGNITUDE);
            if (!(sigma[0] > 0)) {
                throw cursor.error(p, "must be positive, was " + sigma[0]);
            }
        });
        fields.put("separable", p -> separable[0] = cursor.readBoolean(p));
        cursor.readObject(path, fields, fields.keySet());
        return new TrainingMetadata.EvolutionSettings(integers[0], integers[1], sigma[0], separable[0]);
    }

    private Instant readDate(String path) throws IOException {
        String text = cursor.readString(path, AgentFiles.MAX_NAME_LENGTH);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw cursor.error(path, "must be an ISO-8601 instant such as 2021-12-06T12:00:00Z, was \"" + text + "\"");
        }
    }

    private Provenance readProvenance(String path) throws IOException {
        String[] texts = new String[3];
        Map<String, JsonCursor.FieldReader> fields = new LinkedHashMap<>();
        fields.put("description", p -> texts[0] = cursor.readString(p, AgentFiles.MAX_TEXT_LENGTH));
        fields.put("source", p -> texts[1] = cursor.readString(p, AgentFiles.MAX_TEXT_LENGTH));
        fields.put("licence", p -> texts[2] = cursor.readString(p, AgentFiles.MAX_TEXT_LENGTH));
        cursor.readObject(path, fields, fields.keySet());
        return new Provenance(texts[0], texts[1], texts[2]);
    }

    /** Checks what could not be checked while streaming, because parameters may precede model. */
    private void checkConsistency() throws AgentFileException {
        if (parameters.length != parameterCount) {
            throw cursor.error("parameters", "has " + parameters.length + " values but the " + model.kind().id()
                    + " model needs " + parameterCount + "; the parameters do not belong to this model");
        }
        int names = environment.observationNames().size();
        if (names != model.observationSize()) {
            throw cursor.error("environment.observationNames", "has " + names + " names but model.observationSize is "
                    + model.observationSize() + "; the file is inconsistent");
        }
    }
}
