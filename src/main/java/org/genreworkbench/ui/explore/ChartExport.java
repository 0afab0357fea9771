package org.genreworkbench.ui.explore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes charts as PNG or SVG files, and canvas views as PNG. */
final class ChartExport {
    static final int WIDTH = 1200;
    static final int HEIGHT = 800;

    private ChartExport() {
    }

    static void png(JFreeChart chart, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    static void svg(JFreeChart chart, Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new java.awt.Rectangle(0, 0, WIDTH, HEIGHT));
        Files.writeString(file, g.getSVGDocument());
    }

    /** A snapshot of a node, taken on the FX thread by the caller. */
    static void png(WritableImage image, Path file) throws IOException {
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    static WritableImage snapshot(Node node) {
        return node.snapshot(null, null);
    }
}
