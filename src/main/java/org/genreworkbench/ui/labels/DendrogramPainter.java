package org.genreworkbench.ui.labels;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.genreworkbench.labels.BranchCuts;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.labels.Dendrogram;

/**
 * Draws the tag tree: the height axis, every merge in the colour of the cluster it lies in (grey where it
 * joins clusters), the leaves' names or a band per cluster, and the red cut line with its reading.
 */
final class DendrogramPainter {
    private static final Color CUT = Color.web("#d62728");

    private DendrogramPainter() {
    }

    /** The whole picture; {@code cutHeight} is null when the clusters come from no single height. */
    static void paint(GraphicsContext g, DendrogramGeometry geo, Dendrogram d, List<String> tags, Clusters clusters,
                      Double cutHeight) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, geo.width(), geo.height());
        drawAxis(g, geo, d);
        int[] clusterOfNode = BranchCuts.clusterOfNode(d, clusters.clusterOfTag());
        g.setLineWidth(geo.zoom() > 4 ? 1.4 : 1);
        int n = d.leafCount();
        for (int m = 0; m < d.mergeCount(); m++) {
            double x1 = geo.nodeX(d.left(m));
            double x2 = geo.nodeX(d.right(m));
            if (x2 < DendrogramGeometry.LEFT - 2 || x1 > geo.width()) {
                continue;
            }
            double ym = geo.y(d.height(m));
            int c = clusterOfNode[n + m];
            g.setStroke(c == BranchCuts.MIXED ? ClusterColours.ABOVE_CUT : ClusterColours.of(c));
            g.strokeLine(x1, geo.y(geo.nodeHeight(d.left(m))), x1, ym);
            g.strokeLine(x2, geo.y(geo.nodeHeight(d.right(m))), x2, ym);
            g.strokeLine(x1, ym, x2, ym);
        }
        drawLeaves(g, geo, d, tags, clusters.clusterOfTag());
        if (cutHeight != null) {
            drawCutLine(g, geo, cutHeight, clusters.count());
        }
    }

    /** The placeholder before there is a tree. */
    static void paintMessage(GraphicsContext g, DendrogramGeometry geo, String message) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, geo.width(), geo.height());
        g.setFill(Color.GRAY);
        g.setFont(Font.font(13));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(message, geo.width() / 2, geo.height() / 2);
    }

    private static void drawAxis(GraphicsContext g, DendrogramGeometry geo, Dendrogram d) {
        double axisX = DendrogramGeometry.LEFT - 6;
        g.setStroke(Color.web("#999999"));
        g.setLineWidth(1);
        g.strokeLine(axisX, DendrogramGeometry.TOP, axisX, geo.bottom());
        g.setFill(Color.web("#444444"));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double max = d.maxHeight();
        double step = niceStep(max / 5);
        for (double v = 0; v <= max * DendrogramGeometry.HEADROOM + 1e-9; v += step) {
            double yy = geo.y(v);
            g.strokeLine(axisX - 4, yy, axisX, yy);
            g.fillText(String.format(Locale.US, step < 0.1 ? "%.2f" : "%.1f", v), axisX - 6, yy);
        }
    }

    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * magnitude;
    }

    private static void drawLeaves(GraphicsContext g, DendrogramGeometry geo, Dendrogram d, List<String> tags,
                                   int[] clusterOfTag) {
        int n = d.leafCount();
        int[] order = d.leafOrder();
        double base = geo.bottom();
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(10.5));
        if (geo.leafNamesFit()) {
            g.setTextAlign(TextAlignment.RIGHT);
            for (int pos = 0; pos < n; pos++) {
                double xx = geo.x(pos + 0.5);
                if (xx < DendrogramGeometry.LEFT - 5 || xx > geo.width() + 5) {
                    continue;
                }
                g.save();
                g.translate(xx, base + 4);
                g.rotate(-60);
                g.setFill(ClusterColours.of(clusterOfTag[order[pos]]).darker());
                g.fillText(tags.get(order[pos]), 0, 0);
                g.restore();
            }
            return;
        }
        // Leaves too dense to name: a band per run of one cluster, with its size where it fits.
        g.setTextAlign(TextAlignment.CENTER);
        int runStart = 0;
        for (int pos = 1; pos <= n; pos++) {
            if (pos == n || clusterOfTag[order[pos]] != clusterOfTag[order[runStart]]) {
                int c = clusterOfTag[order[runStart]];
                double x1 = geo.x(runStart);
                double x2 = geo.x(pos);
                if (x2 >= DendrogramGeometry.LEFT && x1 <= geo.width()) {
                    g.setFill(ClusterColours.of(c));
                    g.fillRect(x1, base + 6, Math.max(1, x2 - x1 - 1), 14);
                    if (x2 - x1 > 34) {
                        g.setFill(Color.WHITE);
                        g.fillText(Integer.toString(pos - runStart), (x1 + x2) / 2, base + 13);
                    }
                }
                runStart = pos;
            }
        }
    }

    private static void drawCutLine(GraphicsContext g, DendrogramGeometry geo, double cut, int clusterCount) {
        double yy = geo.y(cut);
        double right = geo.width() - DendrogramGeometry.RIGHT;
        g.setStroke(CUT);
        g.setLineWidth(2);
        g.setLineDashes(8, 5);
        g.strokeLine(DendrogramGeometry.LEFT - 6, yy, right, yy);
        g.setLineDashes();
        String text = String.format(Locale.US, "cut %.3f · %d clusters", cut, clusterCount);
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFill(Color.web("#ffffffd0"));
        g.fillRect(right - 170, yy - 19, 168, 17);
        g.setFill(CUT);
        g.fillText(text, right - 4, yy - 4);
    }
}
