package org.cooperatorlab.app.ui.inspector;

import javafx.scene.paint.Color;

/**
 * A diverging colour map for signed values: blue below zero, near-white at zero, red above. The
 * anchors are ColorBrewer's 11-class RdBu scheme (Cynthia Brewer, colorbrewer2.org, Apache
 * License 2.0), reversed so that negative is blue, interpolated linearly in sRGB.
 */
public final class DivergingColorMap {

    private static final Color[] ANCHORS = {
        Color.web("#053061"), Color.web("#2166ac"), Color.web("#4393c3"), Color.web("#92c5de"),
        Color.web("#d1e5f0"), Color.web("#f7f7f7"), Color.web("#fddbc7"), Color.web("#f4a582"),
        Color.web("#d6604d"), Color.web("#b2182b"), Color.web("#67001f"),
    };

    /** Colour of NaN cells. */
    public static final Color NOT_A_NUMBER = Color.web("#9e9e9e");

    private static final int TABLE_SIZE = 257;
    private static final Color[] TABLE = buildTable();

    private DivergingColorMap() {
    }

    private static Color[] buildTable() {
        Color[] table = new Color[TABLE_SIZE];
        for (int i = 0; i < TABLE_SIZE; i++) {
            double position = (double) i / (TABLE_SIZE - 1) * (ANCHORS.length - 1);
            int low = Math.min((int) Math.floor(position), ANCHORS.length - 2);
            table[i] = ANCHORS[low].interpolate(ANCHORS[low + 1], position - low);
        }
        return table;
    }

    /**
     * Returns the colour of {@code value} on a scale from {@code -limit} (darkest blue) to
     * {@code +limit} (darkest red). Values beyond the limit are clamped; NaN is grey; a limit that
     * is not positive maps every number to the centre colour.
     */
    public static Color color(double value, double limit) {
        if (Double.isNaN(value)) {
            return NOT_A_NUMBER;
        }
        double t = limit > 0 ? value / limit : 0;
        t = Math.max(-1, Math.min(1, t));
        return TABLE[(int) Math.round((t + 1) / 2 * (TABLE_SIZE - 1))];
    }
}
