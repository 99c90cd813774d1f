package org.cooperatorlab.app.ui.live;

import java.util.List;

/** Formats a sensor order for the live view's text block, shortened when it would not fit. */
final class SensorOrderText {

    /** Maximum length of the drawn text, about the width of a 640-pixel canvas in a 12-point font (an estimate). */
    static final int MAX_CHARS = 90;

    private SensorOrderText() {
    }

    /**
     * Returns {@code "sensor order: a, b, c"}, or, when that is longer than {@value #MAX_CHARS}
     * characters, the leading names that fit followed by {@code "... (N sensors)"}.
     */
    static String describe(List<String> names) {
        String full = "sensor order: " + String.join(", ", names);
        if (full.length() <= MAX_CHARS) {
            return full;
        }
        String suffix = ", ... (" + names.size() + " sensors)";
        StringBuilder text = new StringBuilder("sensor order: ");
        for (int i = 0; i < names.size(); i++) {
            String next = (i == 0 ? "" : ", ") + names.get(i);
            if (text.length() + next.length() + suffix.length() > MAX_CHARS) {
                break;
            }
            text.append(next);
        }
        return text.append(suffix).toString();
    }
}
