package org.cooperatorlab.app.cli;

import java.io.PrintWriter;

/**
 * A one-line terminal progress bar. On an interactive terminal it redraws in place with a carriage
 * return; otherwise it prints a line at every tenth of the work, so logs stay short.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean interactive;
    private final long total;
    private long lastDecile = -1;
    private int lastLength;

    ProgressBar(PrintWriter out, long total) {
        this.out = out;
        this.interactive = System.console() != null;
        this.total = Math.max(1, total);
    }

    /** Shows {@code done} of the total, followed by {@code detail}. */
    synchronized void update(long done, String detail) {
        double fraction = Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String line = String.format("[%s%s] %3.0f%% %s", "#".repeat(filled), ".".repeat(WIDTH - filled), 100 * fraction, detail);
        if (interactive) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
            out.flush();
        } else {
            long decile = (long) Math.floor(fraction * 10);
            if (decile != lastDecile) {
                lastDecile = decile;
                out.println(line);
            }
        }
    }

    /** Ends the bar's line. */
    synchronized void finish() {
        if (interactive) {
            out.println();
        }
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
