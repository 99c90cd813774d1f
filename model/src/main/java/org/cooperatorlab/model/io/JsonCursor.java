package org.cooperatorlab.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reading of a streaming JSON parser, where every value is read with its JSON path (such as
 * {@code model.queries} or {@code parameters[17]}) so that each rejection names the field. Nothing
 * is allocated in proportion to the input before its size has been checked.
 */
final class JsonCursor {

    /** Reads the value of one field; the parser is positioned on the value's first token. */
    @FunctionalInterface
    interface FieldReader {
        void read(String path) throws IOException;
    }

    private static final int MAX_ECHO_LENGTH = 40;

    private final JsonParser parser;
    private final String source;

    JsonCursor(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    AgentFileException error(String field, String problem) {
        return new AgentFileException(source, field, problem);
    }

    /**
     * Advances to the next token; a syntax error or an exceeded size limit becomes an
     * {@link AgentFileException} naming {@code path}, the field being read.
     */
    JsonToken next(String path) throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw translate(path, e);
        }
    }

    /** Advances within the array at {@code path} to the token of element {@code index} or the array's end. */
    private JsonToken nextElement(String path, int index) throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw translate(element(path, index), e);
        }
    }

    private static String element(String path, int index) {
        return index < 0 ? path : path + "[" + index + "]";
    }

    private AgentFileException translate(String path, JsonProcessingException e) {
        String field = path.isEmpty() ? null : path;
        if (e instanceof StreamConstraintsException) {
            return new AgentFileException(source, field, "exceeds a size limit of agent files ("
                    + plain(e.getOriginalMessage()) + "); the file is damaged or was not written by Cooperator Lab", e);
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String problem = "is not valid JSON" + where + " (" + plain(e.getOriginalMessage())
                + "); the file is damaged or is not an agent file";
        return new AgentFileException(source, field, field == null ? "the file " + problem : problem, e);
    }

    /**
     * Returns the first line of a Jackson message without its parser internals: the source
     * location, the list of expected tokens and the name of the constraint setting.
     */
    static String plain(String message) {
        if (message == null) {
            return "no detail";
        }
        String text = message.lines().findFirst().orElse("");
        text = text.replaceAll("\\s*\\(start marker at \\[Source:.*$", "");
        text = text.replaceAll(": was expecting .*$", "");
        text = text.replaceAll(",? (from|use) `[^`]*`", "");
        return text.trim();
    }

    /**
     * Reads an object whose first token is current, calling the reader of each field. Unknown,
     * repeated and missing required fields are rejected.
     */
    void readObject(String path, Map<String, FieldReader> readers, Set<String> required) throws IOException {
        expect(path, JsonToken.START_OBJECT, "an object");
        Set<String> seen = new HashSet<>();
        String prefix = path.isEmpty() ? "" : path + ".";
        for (JsonToken token = next(path); token != JsonToken.END_OBJECT; token = next(path)) {
            String name = parser.currentName();
            String childPath = prefix + name;
            FieldReader reader = readers.get(name);
            if (reader == null) {
                throw error(prefix + echo(name), "is not a field of " + (path.isEmpty() ? "an agent file" : path)
                        + "; the accepted fields are " + readers.keySet());
            }
            if (!seen.add(name)) {
                throw error(childPath, "appears twice; keep only one");
            }
            next(childPath);
            reader.read(childPath);
        }
        for (String name : required) {
            if (!seen.contains(name)) {
                throw error(prefix + name, "is missing; every agent file needs it");
            }
        }
    }

    String readString(String path, int maxLength) throws IOException {
        expect(path, JsonToken.VALUE_STRING, "a string");
        String value = text(path);
        if (value.isEmpty() || value.length() > maxLength) {
            throw error(path, "must have 1 to " + maxLength + " characters, had " + value.length());
        }
        return value;
    }

    boolean readBoolean(String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw error(path, "must be true or false, found " + describe(path));
        }
        return token == JsonToken.VALUE_TRUE;
    }

    long readLong(String path, long min, long max) throws IOException {
        expect(path, JsonToken.VALUE_NUMBER_INT, "an integer");
        JsonParser.NumberType type = numberType(path);
        if (type == JsonParser.NumberType.BIG_INTEGER) {
            throw error(path, "must be between " + min + " and " + max + ", was " + echo(text(path)));
        }
        long value = parser.getLongValue();
        if (value < min || value > max) {
            throw error(path, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    int readInt(String path, int min, int max) throws IOException {
        return (int) readLong(path, min, max);
    }

    /** Reads a finite number with |value| <= maxMagnitude; integers are accepted. */
    double readDouble(String path, double maxMagnitude) throws IOException {
        return readDouble(path, -1, maxMagnitude);
    }

    /**
     * Reads the number at {@code path}, or at {@code path[index]} when {@code index >= 0}. The
     * element's path is built only for a rejection, because arrays may hold a million values.
     */
    private double readDouble(String path, int index, double maxMagnitude) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
            String field = element(path, index);
            throw error(field, "must be a number, found " + describe(field));
        }
        double value;
        try {
            value = parser.getDoubleValue();
        } catch (JsonProcessingException e) {
            throw translate(element(path, index), e);
        }
        if (!Double.isFinite(value)) {
            String field = element(path, index);
            throw error(field, "must be a finite number, was " + echo(text(field)) + "; the file is damaged");
        }
        if (Math.abs(value) > maxMagnitude) {
            throw error(element(path, index), "is " + value + ", outside the accepted range +-" + maxMagnitude
                    + "; the file is damaged");
        }
        return value;
    }

    /** Reads an array of 1 to maxCount strings, rejecting the array as soon as it grows past maxCount. */
    List<String> readStringArray(String path, int maxCount, int maxLength) throws IOException {
        expect(path, JsonToken.START_ARRAY, "an array");
        List<String> values = new ArrayList<>();
        for (JsonToken token = next(path + "[0]"); token != JsonToken.END_ARRAY;
                token = next(path + "[" + values.size() + "]")) {
            if (values.size() == maxCount) {
                throw error(path, "has more than " + maxCount + " values, the maximum");
            }
            values.add(readString(path + "[" + values.size() + "]", maxLength));
        }
        if (values.isEmpty()) {
            throw error(path, "must not be empty");
        }
        return values;
    }

    /**
     * Reads an array of numbers. With {@code expectedCount >= 0} exactly that many are accepted and
     * the array is allocated once; otherwise the array grows up to {@code maxCount}. Either way the
     * read stops at the first value too many.
     */
    double[] readDoubleArray(String path, int expectedCount, int maxCount, double maxMagnitude) throws IOException {
        expect(path, JsonToken.START_ARRAY, "an array");
        int limit = expectedCount >= 0 ? expectedCount : maxCount;
        double[] values = new double[expectedCount >= 0 ? expectedCount : Math.min(1024, maxCount)];
        int count = 0;
        for (JsonToken token = nextElement(path, 0); token != JsonToken.END_ARRAY; token = nextElement(path, count)) {
            if (count == limit) {
                throw error(path, expectedCount >= 0
                        ? "has more than the " + expectedCount + " values the model needs; the parameters do not belong to this model"
                        : "has more than " + maxCount + " values, the maximum an agent file may hold");
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, (int) Math.min((long) values.length * 2, maxCount));
            }
            values[count] = readDouble(path, count, maxMagnitude);
            count++;
        }
        return count == values.length ? values : Arrays.copyOf(values, count);
    }

    /** Returns true when the current token is JSON null. */
    boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    private void expect(String path, JsonToken expected, String description) throws IOException {
        if (parser.currentToken() != expected) {
            throw error(path, "must be " + description + ", found " + describe(path));
        }
    }

    private String describe(String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the file";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "the string \"" + echo(text(path)) + "\"";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "the number " + echo(text(path));
            case VALUE_TRUE:
            case VALUE_FALSE:
                return token == JsonToken.VALUE_TRUE ? "true" : "false";
            case VALUE_NULL:
                return "null";
            default:
                return token.toString();
        }
    }

    private String text(String path) throws IOException {
        try {
            return parser.getText();
        } catch (JsonProcessingException e) {
            throw translate(path, e);
        }
    }

    private JsonParser.NumberType numberType(String path) throws IOException {
        try {
            return parser.getNumberType();
        } catch (JsonProcessingException e) {
            throw translate(path, e);
        }
    }

    private static String echo(String text) {
        return text.length() <= MAX_ECHO_LENGTH ? text : text.substring(0, MAX_ECHO_LENGTH) + "...";
    }
}
