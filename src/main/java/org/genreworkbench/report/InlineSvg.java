package org.genreworkbench.report;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Pictures as SVG elements to put straight into a page. Each gets its own id and its own prefix for the clip
 * paths and gradients it defines: several SVGs in one document share one id space, and two charts both
 * defining "clip-0" would clip each other.
 */
final class InlineSvg {
    private int count;

    /** A chart drawn at {@code width} × {@code height}; it scales with the page, keeping its proportions. */
    String chart(JFreeChart chart, int width, int height) {
        return drawing(width, height, g -> chart.draw(g, new Rectangle(0, 0, width, height)));
    }

    /** Anything drawn with Java 2D on a canvas of the given size. */
    String drawing(int width, int height, Consumer<Graphics2D> painter) {
        String id = "figure-" + ++count;
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        painter.accept(g);
        return g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null)
                .replaceFirst("<svg ", "<svg class=\"chart\" role=\"img\" ");
    }
}
