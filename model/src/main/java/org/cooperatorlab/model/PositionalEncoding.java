package org.cooperatorlab.model;

/**
 * The fixed sinusoidal positional-encoding table of the Transformer (Vaswani et al. 2017), in the
 * form Tang and Ha's AttentionNeuron uses for its queries.
 */
public final class PositionalEncoding {

    private PositionalEncoding() {
    }

    /**
     * Builds the rows x size table PE[i][j] = sin(i / 10000^(2 floor(j/2) / size)) for even j and
     * cos of the same angle for odd j.
     *
     * @param rows M, the number of positions (query rows), at least 1
     * @param size E, the encoding size, at least 1
     * @return a new row-major table
     */
    public static double[][] table(int rows, int size) {
        if (rows < 1 || size < 1) {
            throw new IllegalArgumentException("positional encoding needs at least one row and one column, was "
                    + rows + " x " + size);
        }
        double[][] table = new double[rows][size];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < size; j++) {
                double angle = i / Math.pow(10000.0, 2.0 * (j / 2) / size);
                table[i][j] = (j % 2 == 0) ? Math.sin(angle) : Math.cos(angle);
            }
        }
        return table;
    }
}
