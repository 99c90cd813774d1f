package org.cooperatorlab.app.ui.sensors;

/** Small helpers for sensor orders. */
public final class Permutations {

    private Permutations() {
    }

    /**
     * Returns a copy of {@code permutation} with the entry at {@code from} moved to {@code to}
     * and the entries between shifted by one, as a drag in a list does.
     *
     * @throws IllegalArgumentException if an index is outside the permutation
     */
    public static int[] move(int[] permutation, int from, int to) {
        int n = permutation.length;
        if (from < 0 || from >= n || to < 0 || to >= n) {
            throw new IllegalArgumentException("cannot move sensor slot " + from + " to " + to + ": slots are 0.." + (n - 1));
        }
        int[] moved = new int[n];
        int moving = permutation[from];
        int write = 0;
        for (int read = 0; read < n; read++) {
            if (read == from) {
                continue;
            }
            if (write == to) {
                moved[write++] = moving;
            }
            moved[write++] = permutation[read];
        }
        if (write == to) {
            moved[write] = moving;
        }
        return moved;
    }
}
