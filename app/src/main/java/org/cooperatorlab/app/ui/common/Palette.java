package org.cooperatorlab.app.ui.common;

import javafx.scene.paint.Color;

/**
 * Colours for views drawn on a Canvas, which stylesheets cannot reach.
 *
 * @param background fill behind the drawing
 * @param foreground text and outlines
 * @param grid grid lines and scales
 * @param primary the first model's colour (cart, first curve)
 * @param secondary the second model's colour in compare mode
 * @param warning highlights such as the force arrow and track limits
 */
public record Palette(Color background, Color foreground, Color grid, Color primary, Color secondary, Color warning) {

    public static final Palette LIGHT = new Palette(Color.web("#fbfbfd"), Color.web("#1d1f24"), Color.web("#d5d8de"),
            Color.web("#1f6fc5"), Color.web("#d2691e"), Color.web("#c62828"));
    public static final Palette DARK = new Palette(Color.web("#1c1f24"), Color.web("#e4e6ea"), Color.web("#3b4048"),
            Color.web("#5aa9ff"), Color.web("#ffa64d"), Color.web("#ff6b6b"));

    public static Palette of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }
}
