package org.cooperatorlab.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Action generators, reward-term checks and a reader for the Javadoc tables of the Ant environments. */
final class AntTestSupport {

    private static final Pattern ROW = Pattern.compile("<tr><td>(\\d+)</td><td>([^<]+)</td>");

    private AntTestSupport() {
    }

    /** Uniform random actions in [-1, 1], from a seeded generator. */
    static double[] randomAction(SplittableRandom random, int size) {
        double[] action = new double[size];
        for (int i = 0; i < size; i++) {
            action[i] = random.nextDouble(-1.0, 1.0);
        }
        return action;
    }

    /** Bang-bang actions: every joint at +-1, switching every {@code period} steps, alternate joints in antiphase. */
    static double[] bangBangAction(int step, int period, int size) {
        double[] action = new double[size];
        for (int i = 0; i < size; i++) {
            action[i] = ((step / period + i) % 2 == 0) ? 1.0 : -1.0;
        }
        return action;
    }

    /**
     * Reads the rows of the Javadoc table with the given caption from a class's source file and
     * returns the name column, checking that the index column counts 0, 1, 2, ...
     */
    static List<String> javadocTableNames(Class<?> type, String caption) throws IOException {
        Path source = Path.of("src/main/java", type.getName().replace('.', '/') + ".java");
        String text = Files.readString(source, StandardCharsets.UTF_8);
        int start = text.indexOf("<caption>" + caption + "</caption>");
        if (start < 0) {
            throw new AssertionError("no table captioned '" + caption + "' in " + source);
        }
        int end = text.indexOf("</table>", start);
        Matcher rows = ROW.matcher(text.substring(start, end));
        List<String> names = new ArrayList<>();
        while (rows.find()) {
            int index = Integer.parseInt(rows.group(1));
            if (index != names.size()) {
                throw new AssertionError("row " + names.size() + " of '" + caption + "' has index " + index);
            }
            names.add(rows.group(2));
        }
        return names;
    }

    /** Checks the electricity, stall torque and joints-at-limit terms against the action and observation. */
    static void assertCostTerms(double[] action, StepResult result, int firstJoint) {
        double work = 0.0;
        double stall = 0.0;
        int atLimit = 0;
        for (int j = 0; j < 8; j++) {
            double a = Math.max(-1.0, Math.min(1.0, action[j]));
            work += Math.abs(a * result.observation()[firstJoint + 2 * j + 1]);
            stall += a * a;
            if (Math.abs(result.observation()[firstJoint + 2 * j]) > 0.99) {
                atLimit++;
            }
        }
        double[] terms = result.rewardTerms();
        assertEquals(-2.0 * work / 8, terms[AntRewards.ELECTRICITY], 1e-12, "electricity");
        assertEquals(-0.1 * stall / 8, terms[AntRewards.STALL_TORQUE], 1e-12, "stall torque");
        assertEquals(-0.1 * atLimit, terms[AntRewards.JOINTS_AT_LIMIT], 1e-12, "joints at limit");
    }

    static double sum(double[] values) {
        double total = 0.0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
