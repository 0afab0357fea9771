package org.genreworkbench.ui.explore;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.genreworkbench.explore.CorrelationMatrix;

/**
 * A correlation matrix as a heatmap on a canvas: a diverging scale from blue (−1) through white to red (+1)
 * with a legend, the value in each cell ("–" where undefined), and a click on a cell opening its scatter plot.
 */
final class HeatmapView extends org.genreworkbench.ui.CanvasView {
    private static final double LEFT = 130;
    private static final double TOP = 20;
    private static final double LEGEND = 70;

    private CorrelationMatrix matrix;
    private int[] order = new int[0];
    private BiConsumer<String, String> onCell = (a, b) -> { };

    HeatmapView() {
        setId("heatmap");
        setMinSize(300, 300);
        setOnMouseClicked(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell != null && cell[0] != cell[1]) {
                // The column's feature goes along x, the row's up y, as the cell sits in the grid.
                onCell.accept(matrix.features().get(order[cell[1]]), matrix.features().get(order[cell[0]]));
            }
        });
    }

    void onCellClicked(BiConsumer<String, String> handler) {
        this.onCell = handler;
    }

    void show(CorrelationMatrix m, boolean reorder) {
        this.matrix = m;
        this.order = m == null ? new int[0] : reorder ? m.clusteredOrder()
                : java.util.stream.IntStream.range(0, m.features().size()).toArray();
        draw();
    }

    /** The centre of the cell in row i, column j of the drawing, in this view's coordinates. */
    Point2D cellCentre(int i, int j) {
        double size = cellSize();
        return new Point2D(LEFT + (j + 0.5) * size, TOP + (i + 0.5) * size);
    }

    /** The feature drawn at a row or column. */
    String featureAt(int position) {
        return matrix.features().get(order[position]);
    }

    private double cellSize() {
        int k = Math.max(1, order.length);
        return Math.max(8, Math.min((getWidth() - LEFT - LEGEND) / k, (getHeight() - TOP - 120) / k));
    }

    private int[] cellAt(double x, double y) {
        if (matrix == null) {
            return null;
        }
        double size = cellSize();
        int j = (int) Math.floor((x - LEFT) / size);
        int i = (int) Math.floor((y - TOP) / size);
        return i >= 0 && j >= 0 && i < order.length && j < order.length ? new int[] {i, j} : null;
    }

    @Override
    protected void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        if (matrix == null) {
            return;
        }
        int k = order.length;
        double size = cellSize();
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double r = matrix.values()[order[i]][order[j]];
                g.setFill(Double.isNaN(r) ? Color.web("#eeeeee") : colour(r));
                g.fillRect(LEFT + j * size, TOP + i * size, size - 1, size - 1);
                if (size >= 26) {
                    g.setFont(Font.font(Math.min(12, size / 3.2)));
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setFill(Double.isNaN(r) || Math.abs(r) < 0.6 ? Color.web("#222222") : Color.WHITE);
                    g.fillText(Double.isNaN(r) ? "–" : String.format(Locale.US, "%.2f", r),
                            LEFT + (j + 0.5) * size, TOP + (i + 0.5) * size);
                }
            }
        }
        g.setFill(Color.web("#222222"));
        g.setFont(Font.font(11));
        for (int i = 0; i < k; i++) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(featureAt(i), LEFT - 6, TOP + (i + 0.5) * size);
            g.save();
            g.translate(LEFT + (i + 0.5) * size, TOP + k * size + 6);
            g.rotate(-60);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(featureAt(i), 0, 0);
            g.restore();
        }
        double lx = LEFT + k * size + 20;
        double lh = k * size;
        for (int p = 0; p < lh; p++) {
            g.setFill(colour(1 - 2.0 * p / lh));
            g.fillRect(lx, TOP + p, 16, 1.5);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.web("#222222"));
        g.fillText("+1", lx + 20, TOP + 4);
        g.fillText("0", lx + 20, TOP + lh / 2);
        g.fillText("−1", lx + 20, TOP + lh - 4);
    }

    /** Blue for −1, white for 0, red for +1. */
    static Color colour(double r) {
        double t = Math.max(-1, Math.min(1, r));
        Color end = t >= 0 ? Color.web("#c0392b") : Color.web("#2e6db4");
        return Color.WHITE.interpolate(end, Math.abs(t));
    }
}
