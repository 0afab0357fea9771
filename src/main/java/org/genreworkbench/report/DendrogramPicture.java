package org.genreworkbench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.genreworkbench.charts.ChartStyle;
import org.genreworkbench.labels.BranchCuts;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.labels.Dendrogram;

/**
 * The tag tree as the Labels tab shows it, drawn with Java 2D for a page: merges in the colour of the cluster
 * they lie in (grey where they join clusters), a band per cluster under the leaves, the red cut line where the
 * scheme was cut at one height, and the labels' names as a legend.
 */
final class DendrogramPicture {
    static final int WIDTH = 1100;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int PLOT_HEIGHT = 340;
    private static final int LEGEND_ROW = 18;
    private static final Color MIXED = new Color(0x555555);
    private static final Color EXCLUDED = new Color(0xc8c8c8);
    private static final Color CUT = new Color(0xd62728);

    private final Dendrogram tree;
    private final Clusters clusters;
    private final Double cutHeight;

    /** {@code cutHeight} is null when the clusters come from no single height (a dynamic cut, or edits). */
    DendrogramPicture(Dendrogram tree, Clusters clusters, Double cutHeight) {
        this.tree = tree;
        this.clusters = clusters;
        this.cutHeight = cutHeight;
    }

    int height() {
        return TOP + PLOT_HEIGHT + 40 + legendRows() * LEGEND_ROW + 8;
    }

    private int legendRows() {
        return (clusters.count() + 2) / 3;
    }

    void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, height()));
        int n = tree.leafCount();
        double[] x = new double[n + tree.mergeCount()];
        int[] order = tree.leafOrder();
        double step = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, n);
        for (int pos = 0; pos < n; pos++) {
            x[order[pos]] = LEFT + (pos + 0.5) * step;
        }
        double top = Math.max(tree.maxHeight(), cutHeight == null ? 0 : cutHeight) * 1.04;
        double scale = top > 0 ? PLOT_HEIGHT / top : 0;
        double[] y = new double[x.length];
        java.util.Arrays.fill(y, TOP + PLOT_HEIGHT);
        axis(g, top, scale);
        int[] clusterOfNode = BranchCuts.clusterOfNode(tree, clusters.clusterOfTag());
        g.setStroke(new BasicStroke(1f));
        for (int m = 0; m < tree.mergeCount(); m++) {
            int a = tree.left(m);
            int b = tree.right(m);
            x[n + m] = (x[a] + x[b]) / 2;
            y[n + m] = TOP + PLOT_HEIGHT - tree.height(m) * scale;
            g.setColor(colour(clusterOfNode[n + m]));
            g.draw(new Line2D.Double(x[a], y[a], x[a], y[n + m]));
            g.draw(new Line2D.Double(x[b], y[b], x[b], y[n + m]));
            g.draw(new Line2D.Double(x[a], y[n + m], x[b], y[n + m]));
        }
        bands(g, order, step);
        if (cutHeight != null) {
            cutLine(g, TOP + PLOT_HEIGHT - cutHeight * scale);
        }
        legend(g);
    }

    private void axis(Graphics2D g, double top, double scale) {
        g.setColor(new Color(0x999999));
        g.draw(new Line2D.Double(LEFT - 6, TOP, LEFT - 6, TOP + PLOT_HEIGHT));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        double tick = niceStep(top / 5);
        for (double v = 0; v <= top + 1e-9; v += tick) {
            double yy = TOP + PLOT_HEIGHT - v * scale;
            g.setColor(new Color(0x999999));
            g.draw(new Line2D.Double(LEFT - 10, yy, LEFT - 6, yy));
            g.setColor(new Color(0x444444));
            String text = String.format(Locale.US, tick < 0.1 ? "%.2f" : "%.1f", v);
            g.drawString(text, LEFT - 12 - g.getFontMetrics().stringWidth(text), (float) yy + 4);
        }
    }

    private void bands(Graphics2D g, int[] order, double step) {
        int[] clusterOfTag = clusters.clusterOfTag();
        int runStart = 0;
        for (int pos = 1; pos <= order.length; pos++) {
            if (pos == order.length || clusterOfTag[order[pos]] != clusterOfTag[order[runStart]]) {
                g.setColor(colour(clusterOfTag[order[runStart]]));
                g.fill(new Rectangle2D.Double(LEFT + runStart * step, TOP + PLOT_HEIGHT + 6,
                        Math.max(1, (pos - runStart) * step - 1), 14));
                runStart = pos;
            }
        }
    }

    private void cutLine(Graphics2D g, double yy) {
        g.setColor(CUT);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
        g.draw(new Line2D.Double(LEFT - 6, yy, WIDTH - RIGHT, yy));
        g.setStroke(new BasicStroke(1f));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        String text = String.format(Locale.US, "cut %.3f · %d clusters", cutHeight, clusters.count());
        g.drawString(text, WIDTH - RIGHT - 4 - g.getFontMetrics().stringWidth(text), (float) yy - 5);
    }

    private void legend(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int columnWidth = (WIDTH - LEFT - RIGHT) / 3;
        int top = TOP + PLOT_HEIGHT + 34;
        for (int c = 0; c < clusters.count(); c++) {
            int col = c % 3;
            int row = c / 3;
            double left = LEFT + col * columnWidth;
            double base = top + row * LEGEND_ROW;
            g.setColor(colour(c));
            g.fill(new Rectangle2D.Double(left, base, 12, 12));
            g.setColor(new Color(0x222222));
            String name = clusters.names().get(c) + " (" + clusters.tagsOf(c).size() + " tags)";
            g.drawString(fit(g, name, columnWidth - 24), (float) left + 18, (float) base + 11);
        }
    }

    private static String fit(Graphics2D g, String text, int width) {
        if (g.getFontMetrics().stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && g.getFontMetrics().stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static Color colour(int cluster) {
        return cluster == BranchCuts.MIXED ? MIXED : cluster < 0 ? EXCLUDED : ChartStyle.colour(cluster);
    }

    private static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * magnitude;
    }
}
