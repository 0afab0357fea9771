package org.genreworkbench.ui.labels;

import org.genreworkbench.labels.Dendrogram;

/**
 * Where each part of the tree sits on the canvas: leaves along the bottom in drawing order, merges at their
 * height, with the user's zoom and pan. Pure arithmetic, so it is the one place both drawing and the mouse
 * read positions from — the cut line is drawn where the pointer that moved it is.
 */
final class DendrogramGeometry {
    static final double LEFT = 58;
    static final double RIGHT = 12;
    static final double TOP = 14;
    /** Room under the leaves for their names, or for the cluster bands when names do not fit. */
    private static final double NAMES_ROOM = 110;
    private static final double BANDS_ROOM = 34;
    /** Leaves closer than this many pixels are not named. */
    private static final double NAME_SPACING = 11;
    /** Headroom above the top merge, so the cut line can go above it. */
    static final double HEADROOM = 1.04;

    private Dendrogram dendrogram;
    private double[] nodeX = new double[0];
    private double width = 1;
    private double height = 1;
    private double zoom = 1;
    private double offset;

    /** Places each leaf at its position in the drawing order and each merge midway over its children. */
    void setTree(Dendrogram d) {
        dendrogram = d;
        zoom = 1;
        offset = 0;
        if (d == null) {
            nodeX = new double[0];
            return;
        }
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

    void setSize(double w, double h) {
        width = Math.max(1, w);
        height = Math.max(1, h);
        offset = clampOffset(offset);
    }

    boolean hasTree() {
        return dendrogram != null && nodeX.length > 0;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    double zoom() {
        return zoom;
    }

    boolean leafNamesFit() {
        return dendrogram != null && spacing() >= NAME_SPACING;
    }

    private double spacing() {
        return plotWidth() * zoom / Math.max(1, dendrogram.leafCount());
    }

    double bottom() {
        return height - (leafNamesFit() ? NAMES_ROOM : BANDS_ROOM);
    }

    double plotWidth() {
        return Math.max(1, width - LEFT - RIGHT);
    }

    private int leaves() {
        return dendrogram == null ? 1 : Math.max(1, dendrogram.leafCount());
    }

    /** The x of a position along the leaves, in leaf units (leaf i of the drawing order sits at i + 0.5). */
    double x(double leafUnits) {
        return LEFT + (leafUnits / leaves()) * plotWidth() * zoom - offset;
    }

    /** The x of a node: a leaf, or n + merge. */
    double nodeX(int node) {
        return x(nodeX[node]);
    }

    private double maxShown() {
        return dendrogram == null ? 1 : Math.max(1e-9, dendrogram.maxHeight() * HEADROOM);
    }

    double y(double treeHeight) {
        return bottom() - (treeHeight / maxShown()) * (bottom() - TOP);
    }

    /** The tree height at a y: the exact inverse of {@link #y}. */
    double heightAt(double y) {
        return (bottom() - y) / (bottom() - TOP) * maxShown();
    }

    double nodeHeight(int node) {
        return node < dendrogram.leafCount() ? 0 : dendrogram.height(node - dendrogram.leafCount());
    }

    /** The merge whose horizontal bar is within a few pixels of the point, the highest first; −1 if none. */
    int mergeAt(double px, double py) {
        if (!hasTree()) {
            return -1;
        }
        for (int m = dendrogram.mergeCount() - 1; m >= 0; m--) {
            double ym = y(dendrogram.height(m));
            double x1 = nodeX(dendrogram.left(m));
            double x2 = nodeX(dendrogram.right(m));
            if (Math.abs(py - ym) <= 3 && px >= Math.min(x1, x2) - 2 && px <= Math.max(x1, x2) + 2) {
                return m;
            }
        }
        return -1;
    }

    /** Zooms by {@code factor} keeping the tree under {@code anchorX} in place. */
    void zoomAt(double anchorX, double factor) {
        double newZoom = Math.max(1, Math.min(400, zoom * factor));
        double anchor = anchorX - LEFT + offset;
        offset = anchor * newZoom / zoom - (anchorX - LEFT);
        zoom = newZoom;
        offset = clampOffset(offset);
    }

    double offset() {
        return offset;
    }

    void panTo(double newOffset) {
        offset = clampOffset(newOffset);
    }

    void fit() {
        zoom = 1;
        offset = 0;
    }

    private double clampOffset(double value) {
        return Math.max(0, Math.min(plotWidth() * (zoom - 1), value));
    }
}
