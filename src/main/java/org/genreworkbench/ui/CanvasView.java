package org.genreworkbench.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A region drawn on a canvas of its own size; a resized canvas is blank, so it is drawn again. */
public abstract class CanvasView extends Region {
    protected final Canvas canvas = new Canvas();

    protected CanvasView() {
        getChildren().add(canvas);
    }

    /** Draws everything on {@link #canvas}; called after every resize and whenever the content changes. */
    protected abstract void draw();

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }
}
