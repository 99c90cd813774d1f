package org.cooperatorlab.physics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HTML tables of an environment's class Javadoc from its source file, so tests can check
 * that the documented observation and action tables match the code.
 */
final class JavadocTables {

    private static final Pattern ROW = Pattern.compile("<tr><td>(\\d+)</td><td>([^<]+)</td>");

    private JavadocTables() {
    }

    /**
     * Returns the names in the second column of the table under the Javadoc heading
     * {@code <h2>heading</h2>}, in row order, after checking that the first column counts 0, 1, 2...
     */
    static List<String> names(Class<?> type, String heading) throws IOException {
        Path source = Path.of("src/main/java", type.getName().replace('.', '/') + ".java");
        String text = Files.readString(source);
        int start = text.indexOf("<h2>" + heading + "</h2>");
        if (start < 0) {
            throw new AssertionError(source + " has no Javadoc heading '" + heading + "'");
        }
        int end = text.indexOf("</table>", start);
        Matcher row = ROW.matcher(text.substring(start, end));
        List<String> names = new ArrayList<>();
        while (row.find()) {
            int index = Integer.parseInt(row.group(1));
            if (index != names.size()) {
                throw new AssertionError("table '" + heading + "' in " + source + " lists index " + index
                        + " where " + names.size() + " was expected");
            }
            names.add(row.group(2).trim());
        }
        return names;
    }
}
