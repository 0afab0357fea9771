package org.genreworkbench.ui.labels;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.labels.Dendrogram;
import org.genreworkbench.labels.TagTree;

/**
 * The tag tree drawn on a canvas, leaves at the bottom, with the cut line the user drags up and down.
 * Scroll to zoom, drag the background to pan, Up/Down (Shift for larger steps) to move the cut, 0 to fit.
 * Merges below the cut take the colour of their cluster; leaf names show when they fit, otherwise a band
 * per cluster with its size.
 */
public final class DendrogramView extends Region {
    private static final double LEFT = 58;
    private static final double RIGHT = 12;
    private static final double TOP = 14;
    private static final double CUT_GRAB = 6;

    private final LabelsViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private double zoom = 1;
    private double offset;
    private double[] nodeX = new double[0];
    private double pressX;
    private double pressOffset;
    private boolean draggingCut;
    private double lastFrameMillis;

    public DendrogramView(LabelsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("dendrogram");
        getStyleClass().add("dendrogram");
        setFocusTraversable(true);
        setMinSize(200, 160);
        hover.getStyleClass().add("dendrogram-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        getChildren().addAll(canvas, hover);
        viewModel.treeProperty().addListener((obs, old, now) -> {
            layoutTree(now);
            zoom = 1;
            offset = 0;
            draw();
        });
        viewModel.clustersProperty().addListener((obs, old, now) -> draw());
        widthProperty().addListener((obs, old, now) -> draw());
        heightProperty().addListener((obs, old, now) -> draw());
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(e -> draggingCut = false);
        setOnMouseMoved(this::moved);
        setOnMouseExited(e -> hover.setVisible(false));
        setOnScroll(this::scrolled);
        setOnKeyPressed(e -> {
            TagTree tree = viewModel.treeProperty().get();
            if (tree == null) {
                return;
            }
            double step = tree.dendrogram().maxHeight() * (e.isShiftDown() ? 0.05 : 0.01);
            if (e.getCode() == KeyCode.UP) {
                moveCutTo(viewModel.cutHeightProperty().get() + step);
            } else if (e.getCode() == KeyCode.DOWN) {
                moveCutTo(viewModel.cutHeightProperty().get() - step);
            } else if (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0) {
                zoom = 1;
                offset = 0;
                draw();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** How long the last redraw took, in milliseconds: the frame time of a drag. */
    public double lastFrameMillis() {
        return lastFrameMillis;
    }

    /** The y of the cut line in this view's coordinates, for tests that drag it. */
    public double cutLineY() {
        return y(viewModel.cutHeightProperty().get());
    }

    @Override
    protected void layoutChildren() {
        boolean resized = canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight();
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        hover.autosize();
        if (resized) {
            // A resized canvas is blank: draw again at the new size.
            draw();
        }
    }

    /** Places each leaf at its position in the drawing order and each merge midway over its children. */
    private void layoutTree(TagTree tree) {
        if (tree == null) {
            nodeX = new double[0];
            return;
        }
        Dendrogram d = tree.dendrogram();
        int n = d.leafCount();
        nodeX = new double[n + d.mergeCount()];
        int[] order = d.leafOrder();
        for (int pos = 0; pos < order.length; pos++) {
            nodeX[order[pos]] = pos + 0.5;
        }
        for (int m = 0; m < d.mergeCount(); m++) {
            nodeX[n + m] = (nodeX[d.left(m)] + nodeX[d.right(m)]) / 2;
        }
    }

    private boolean leafNamesFit(Dendrogram d) {
        return spacing(d) >= 11;
    }

    private double spacing(Dendrogram d) {
        return plotWidth() * zoom / Math.max(1, d.leafCount());
    }

    private double bottom() {
        TagTree tree = viewModel.treeProperty().get();
        return getHeight() - (tree != null && leafNamesFit(tree.dendrogram()) ? 110 : 34);
    }

    private double plotWidth() {
        return Math.max(1, getWidth() - LEFT - RIGHT);
    }

    private double x(double leafUnits, int leaves) {
        return LEFT + (leafUnits / Math.max(1, leaves)) * plotWidth() * zoom - offset;
    }

    private double y(double height) {
        TagTree tree = viewModel.treeProperty().get();
        double max = tree == null ? 1 : Math.max(1e-9, tree.dendrogram().maxHeight() * 1.04);
        return bottom() - (height / max) * (bottom() - TOP);
    }

    private double heightAt(double y) {
        TagTree tree = viewModel.treeProperty().get();
        double max = tree == null ? 1 : tree.dendrogram().maxHeight() * 1.04;
        return (bottom() - y) / (bottom() - TOP) * max;
    }

    void draw() {
        long start = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        TagTree tree = viewModel.treeProperty().get();
        Clusters clusters = viewModel.clustersProperty().get();
        if (tree == null || clusters == null || nodeX.length == 0) {
            g.setFill(Color.GRAY);
            g.setFont(Font.font(13));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(tree == null ? "No tag tree yet: choose the settings above and press Build tree."
                    : "Fewer than two tags: nothing to cluster.", w / 2, h / 2);
            return;
        }
        Dendrogram d = tree.dendrogram();
        int n = d.leafCount();
        double cut = viewModel.cutHeightProperty().get();
        int[] clusterOfTag = clusters.clusterOfTag();
        int[] representative = representatives(d);
        drawAxis(g, d);
        g.setLineWidth(zoom > 4 ? 1.4 : 1);
        for (int m = 0; m < d.mergeCount(); m++) {
            double x1 = x(nodeX[d.left(m)], n);
            double x2 = x(nodeX[d.right(m)], n);
            if (x2 < LEFT - 2 || x1 > w) {
                continue;
            }
            double ym = y(d.height(m));
            double y1 = y(nodeHeight(d, d.left(m)));
            double y2 = y(nodeHeight(d, d.right(m)));
            g.setStroke(d.height(m) <= cut ? ClusterColours.of(clusterOfTag[representative[n + m]]) : ClusterColours.ABOVE_CUT);
            g.strokeLine(x1, y1, x1, ym);
            g.strokeLine(x2, y2, x2, ym);
            g.strokeLine(x1, ym, x2, ym);
        }
        drawLeaves(g, d, clusters);
        drawCutLine(g, cut, clusters.count());
        lastFrameMillis = (System.nanoTime() - start) / 1e6;
    }

    private static double nodeHeight(Dendrogram d, int node) {
        return node < d.leafCount() ? 0 : d.height(node - d.leafCount());
    }

    /** A leaf under each node, so a merge can take the colour of its cluster. */
    private static int[] representatives(Dendrogram d) {
        int n = d.leafCount();
        int[] rep = new int[n + d.mergeCount()];
        for (int i = 0; i < n; i++) {
            rep[i] = i;
        }
        for (int m = 0; m < d.mergeCount(); m++) {
            rep[n + m] = rep[d.left(m)];
        }
        return rep;
    }

    private void drawAxis(GraphicsContext g, Dendrogram d) {
        g.setStroke(Color.web("#999999"));
        g.setLineWidth(1);
        g.strokeLine(LEFT - 6, TOP, LEFT - 6, bottom());
        g.setFill(Color.web("#444444"));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double max = d.maxHeight();
        double step = niceStep(max / 5);
        for (double v = 0; v <= max * 1.04 + 1e-9; v += step) {
            double yy = y(v);
            g.strokeLine(LEFT - 10, yy, LEFT - 6, yy);
            g.fillText(String.format(Locale.US, step < 0.1 ? "%.2f" : "%.1f", v), LEFT - 12, yy);
        }
    }

    private static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * magnitude;
    }

    private void drawLeaves(GraphicsContext g, Dendrogram d, Clusters clusters) {
        int n = d.leafCount();
        int[] order = d.leafOrder();
        int[] clusterOfTag = clusters.clusterOfTag();
        double base = bottom();
        var tags = viewModel.treeProperty().get().incidence().tags();
        g.setTextBaseline(VPos.CENTER);
        if (leafNamesFit(d)) {
            g.setFont(Font.font(10.5));
            g.setTextAlign(TextAlignment.RIGHT);
            for (int pos = 0; pos < n; pos++) {
                double xx = x(pos + 0.5, n);
                if (xx < LEFT - 5 || xx > getWidth() + 5) {
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
        g.setFont(Font.font(10.5));
        g.setTextAlign(TextAlignment.CENTER);
        int runStart = 0;
        for (int pos = 1; pos <= n; pos++) {
            if (pos == n || clusterOfTag[order[pos]] != clusterOfTag[order[runStart]]) {
                int c = clusterOfTag[order[runStart]];
                double x1 = x(runStart, n);
                double x2 = x(pos, n);
                if (x2 >= LEFT && x1 <= getWidth()) {
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

    private void drawCutLine(GraphicsContext g, double cut, int clusterCount) {
        double yy = y(cut);
        g.setStroke(Color.web("#d62728"));
        g.setLineWidth(2);
        g.setLineDashes(8, 5);
        g.strokeLine(LEFT - 6, yy, getWidth() - RIGHT, yy);
        g.setLineDashes();
        String text = String.format(Locale.US, "cut %.3f · %d clusters", cut, clusterCount);
        g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFill(Color.web("#ffffffd0"));
        g.fillRect(getWidth() - RIGHT - 170, yy - 19, 168, 17);
        g.setFill(Color.web("#d62728"));
        g.fillText(text, getWidth() - RIGHT - 4, yy - 4);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        draggingCut = Math.abs(e.getY() - cutLineY()) <= CUT_GRAB;
        pressX = e.getX();
        pressOffset = offset;
        if (!draggingCut && e.getY() > TOP && e.getY() < bottom() && e.isShiftDown()) {
            // Shift-click puts the cut right there.
            draggingCut = true;
            moveCutTo(heightAt(e.getY()));
        }
    }

    private void dragged(MouseEvent e) {
        if (draggingCut) {
            moveCutTo(heightAt(e.getY()));
        } else {
            offset = clampOffset(pressOffset - (e.getX() - pressX));
            draw();
        }
    }

    private void moveCutTo(double height) {
        TagTree tree = viewModel.treeProperty().get();
        if (tree != null) {
            viewModel.cutHeightProperty().set(Math.max(0, Math.min(tree.dendrogram().maxHeight() * 1.02, height)));
        }
    }

    private void scrolled(ScrollEvent e) {
        double factor = e.getDeltaY() > 0 ? 1.25 : 1 / 1.25;
        double newZoom = Math.max(1, Math.min(400, zoom * factor));
        double anchor = e.getX() - LEFT + offset;
        offset = clampOffset(anchor * newZoom / zoom - (e.getX() - LEFT));
        zoom = newZoom;
        draw();
        e.consume();
    }

    private double clampOffset(double value) {
        return Math.max(0, Math.min(plotWidth() * (zoom - 1), value));
    }

    private void moved(MouseEvent e) {
        setCursor(Math.abs(e.getY() - cutLineY()) <= CUT_GRAB ? Cursor.V_RESIZE : Cursor.DEFAULT);
        TagTree tree = viewModel.treeProperty().get();
        if (tree == null || nodeX.length == 0) {
            return;
        }
        Dendrogram d = tree.dendrogram();
        int n = d.leafCount();
        for (int m = d.mergeCount() - 1; m >= 0; m--) {
            double ym = y(d.height(m));
            double x1 = x(nodeX[d.left(m)], n);
            double x2 = x(nodeX[d.right(m)], n);
            if (Math.abs(e.getY() - ym) <= 3 && e.getX() >= x1 - 2 && e.getX() <= x2 + 2) {
                hover.setText(describe(tree, m));
                hover.autosize();
                hover.relocate(Math.min(e.getX() + 12, getWidth() - hover.getWidth() - 4), Math.max(0, e.getY() - 36));
                hover.setVisible(true);
                return;
            }
        }
        hover.setVisible(false);
    }

    private static String describe(TagTree tree, int merge) {
        Dendrogram d = tree.dendrogram();
        int n = d.leafCount();
        java.util.List<Integer> leaves = new java.util.ArrayList<>();
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        stack.push(n + merge);
        while (!stack.isEmpty()) {
            int node = stack.pop();
            if (node < n) {
                leaves.add(node);
            } else {
                stack.push(d.left(node - n));
                stack.push(d.right(node - n));
            }
        }
        String top = leaves.stream()
                .sorted(java.util.Comparator.comparingInt((Integer t) -> -tree.incidence().support(t)))
                .limit(4).map(t -> tree.incidence().tags().get(t)).reduce((a, b) -> a + ", " + b).orElse("");
        return String.format(Locale.US, "%d tags at height %.3f%n%s%s", leaves.size(), d.height(merge), top,
                leaves.size() > 4 ? ", …" : "");
    }
}
