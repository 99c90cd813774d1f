package org.cooperatorlab.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.cooperatorlab.model.ModelSpec;

/** Writes an agent file in the layout {@link AgentFiles} documents, parameters last. */
final class AgentFileWriter {

    private AgentFileWriter() {
    }

    static void write(JsonGenerator json, AgentFile agent) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", AgentFile.FORMAT);
        json.writeNumberField("version", AgentFile.VERSION);
        writeModel(json, agent.model());

        json.writeObjectFieldStart("environment");
        json.writeStringField("id", agent.environment().id());
        json.writeArrayFieldStart("observationNames");
        for (String name : agent.environment().observationNames()) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeEndObject();

        if (agent.training() != null) {
            writeTraining(json, agent.training());
        }
        if (agent.provenance() != null) {
            json.writeObjectFieldStart("provenance");
            json.writeStringField("description", agent.provenance().description());
            json.writeStringField("source", agent.provenance().source());
            json.writeStringField("licence", agent.provenance().licence());
            json.writeEndObject();
        }

        json.writeArrayFieldStart("parameters");
        for (double value : agent.parameters()) {
            json.writeNumber(value);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeModel(JsonGenerator json, ModelSpec model) throws IOException {
        json.writeObjectFieldStart("model");
        json.writeStringField("kind", model.kind().id());
        json.writeNumberField("observationSize", model.observationSize());
        json.writeNumberField("actionSize", model.actionSize());
        json.writeNumberField("queries", model.queries());
        json.writeNumberField("messageSize", model.messageSize());
        json.writeNumberField("encodingSize", model.encodingSize());
        json.writeNumberField("headHiddenLayers", model.headHiddenLayers());
        json.writeBooleanField("projectionBias", model.projectionBias());
        json.writeBooleanField("scaled", model.scaled());
        json.writeObjectFieldStart("context");
        json.writeBooleanField("proximal", model.context().proximal());
        json.writeBooleanField("distal", model.context().distal());
        json.writeBooleanField("universal", model.context().universal());
        json.writeEndObject();
        json.writeNumberField("feedForwardHidden", model.feedForwardHidden());
        json.writeNumberField("parameterCount", model.parameterCount());
        json.writeEndObject();
    }

    private static void writeTraining(JsonGenerator json, TrainingMetadata training) throws IOException {
        json.writeObjectFieldStart("training");
        json.writeNumberField("generation", training.generation());
        json.writeNumberField("bestFitness", training.bestFitness());
        json.writeNumberField("meanFitness", training.meanFitness());
        json.writeNumberField("seed", training.seed());
        json.writeObjectFieldStart("evolution");
        json.writeNumberField("populationSize", training.evolution().populationSize());
        json.writeNumberField("reps", training.evolution().reps());
        json.writeNumberField("initialSigma", training.evolution().initialSigma());
        json.writeBooleanField("separable", training.evolution().separable());
        json.writeEndObject();
        json.writeStringField("date", training.date().toString());
        if (training.modelName() != null) {
            json.writeStringField("modelName", training.modelName());
        }
        json.writeEndObject();
    }
}
