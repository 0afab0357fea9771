package org.genreworkbench.export;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes pictures: a chart as PNG or SVG at a fixed size, an image (a snapshot of a view) as PNG. */
public final class ChartFiles {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 800;

    /** The picture formats a chart can be saved in, by file ending. */
    public enum Format { PNG, SVG;

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private ChartFiles() {
    }

    public static void write(JFreeChart chart, Format format, Path file) throws IOException {
        switch (format) {
            case PNG -> WholeFiles.write(file, temp -> ChartUtils.saveChartAsPNG(temp.toFile(), chart, WIDTH, HEIGHT));
            case SVG -> {
                SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
                chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
                WholeFiles.write(file, temp -> Files.writeString(temp, g.getSVGDocument()));
            }
        }
    }

    public static void png(BufferedImage image, Path file) throws IOException {
        WholeFiles.write(file, temp -> {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer is available for " + file.getFileName());
            }
        });
    }
}
