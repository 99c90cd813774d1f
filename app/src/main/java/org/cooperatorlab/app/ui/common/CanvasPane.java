package org.cooperatorlab.app.ui.common;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A region that holds a canvas sized to fill it, so Canvas views take part in layout. The owner
 * sets {@link #setOnResize(Runnable)} to redraw after a size change.
 *
 * <p>The stylesheets give the style class {@code canvas-pane} a single opaque background fill.
 * JavaFX then knows that the region hides what lies behind it and skips repainting the parents'
 * backgrounds when the canvas changes, which on the software renderer is most of a frame's cost.
 */
public class CanvasPane extends Region {

    private final Canvas canvas = new Canvas();
    private Runnable onResize = () -> { };

    public CanvasPane(double prefWidth, double prefHeight) {
        getChildren().add(canvas);
        getStyleClass().add("canvas-pane");
        setPrefSize(prefWidth, prefHeight);
        setMinSize(60, 40);
    }

    public final Canvas canvas() {
        return canvas;
    }

    public void setOnResize(Runnable action) {
        onResize = action == null ? () -> { } : action;
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            onResize.run();
        }
    }
}
