package org.genreworkbench.ui.labels;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.model.TreeCut;

/**
 * The tag tree on a canvas, leaves at the bottom, with the cut line the user drags up and down. Scroll to
 * zoom, drag the background to pan, Up/Down (Shift for larger steps) to move the cut, 0 to fit. A click on
 * a branch splits its cluster in two, Alt-click (or the context menu) merges it back into its parent. The line is
 * put where the pointer is on every drag event and again on release, so a fast drag ends exactly under it.
 * Positions come from {@link DendrogramGeometry}, pictures from {@link DendrogramPainter}.
 */
public final class DendrogramView extends Region {
    /** How near the line, in pixels, a press grabs it. */
    private static final double CUT_GRAB = 6;
    /** A press and release closer than this many pixels is a click, not a pan. */
    private static final double CLICK_SLOP = 4;

    private final LabelsViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final BranchTooltip hover = new BranchTooltip();
    private final DendrogramGeometry geometry = new DendrogramGeometry();
    private double pressX;
    private double pressY;
    private double pressOffset;
    private final ContextMenu menu = new ContextMenu();
    private boolean draggingCut;
    private double lastFrameMillis;

    public DendrogramView(LabelsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("dendrogram");
        getStyleClass().add("dendrogram");
        setFocusTraversable(true);
        setMinSize(200, 160);
        getChildren().addAll(canvas, hover);
        viewModel.treeProperty().addListener((obs, old, now) -> {
            geometry.setTree(now == null ? null : now.dendrogram());
            draw();
        });
        viewModel.clustersProperty().addListener((obs, old, now) -> draw());
        viewModel.baseCutProperty().addListener((obs, old, now) -> draw());
        setOnContextMenuRequested(this::contextMenu);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(this::moved);
        setOnMouseExited(e -> hover.hide());
        setOnScroll(this::scrolled);
        setOnKeyPressed(this::keyPressed);
    }

    /** How long the last redraw took, in milliseconds: the frame time of a drag. */
    public double lastFrameMillis() {
        return lastFrameMillis;
    }

    /** The y of the cut line in this view's coordinates, for tests that drag it. */
    public double cutLineY() {
        return geometry.y(viewModel.cutHeightProperty().get());
    }

    /** The tree height under a y of this view: where a pointer there puts the cut. */
    public double heightAt(double y) {
        return geometry.heightAt(y);
    }

    /** The middle of the top branch, for tests that point at a branch. */
    double[] branchPoint() {
        return mergePoint(viewModel.treeProperty().get().dendrogram().mergeCount() - 1);
    }

    /** Whether the branch note is showing, for tests. */
    boolean hoverShowing() {
        return hover.isVisible();
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

    void draw() {
        long start = System.nanoTime();
        geometry.setSize(getWidth(), getHeight());
        TagTree tree = viewModel.treeProperty().get();
        Clusters clusters = viewModel.clustersProperty().get();
        var g = canvas.getGraphicsContext2D();
        if (tree == null || clusters == null || !geometry.hasTree()) {
            DendrogramPainter.paintMessage(g, geometry, tree == null
                    ? "No tag tree yet: choose the settings above and press Build tree."
                    : "Fewer than two tags: nothing to cluster.");
            return;
        }
        DendrogramPainter.paint(g, geometry, tree.dendrogram(), tree.incidence().tags(), clusters,
                cutIsFlat() ? viewModel.cutHeightProperty().get() : null);
        lastFrameMillis = (System.nanoTime() - start) / 1e6;
    }

    /** Whether the clusters come from one height, so there is a line to show and drag. */
    private boolean cutIsFlat() {
        return viewModel.baseCutProperty().get() instanceof TreeCut.AtHeight;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        hover.hide();
        menu.hide();
        draggingCut = e.isPrimaryButtonDown() && cutIsFlat() && Math.abs(e.getY() - cutLineY()) <= CUT_GRAB;
        pressX = e.getX();
        pressY = e.getY();
        pressOffset = geometry.offset();
        if (draggingCut) {
            moveCutTo(geometry.heightAt(e.getY()));
        } else if (e.isShiftDown() && e.getY() > DendrogramGeometry.TOP && e.getY() < geometry.bottom()) {
            // Shift-click puts the cut right there.
            draggingCut = true;
            moveCutTo(geometry.heightAt(e.getY()));
        }
    }

    private void dragged(MouseEvent e) {
        hover.hide();
        if (draggingCut) {
            moveCutTo(geometry.heightAt(e.getY()));
        } else {
            geometry.panTo(pressOffset - (e.getX() - pressX));
            draw();
        }
    }

    private void released(MouseEvent e) {
        if (draggingCut) {
            // The last drag event can come before the pointer's last move: where it is let go is what counts.
            moveCutTo(geometry.heightAt(e.getY()));
            draggingCut = false;
            return;
        }
        boolean click = Math.abs(e.getX() - pressX) < CLICK_SLOP && Math.abs(e.getY() - pressY) < CLICK_SLOP;
        int merge = geometry.mergeAt(e.getX(), e.getY());
        if (click && e.getButton() == MouseButton.PRIMARY && merge >= 0) {
            // A click on a branch splits its cluster in two; with Alt it merges the cluster back into its parent.
            if (e.isAltDown()) {
                viewModel.joinBranch(merge);
            } else {
                viewModel.splitBranch(merge);
            }
        }
    }

    /** Right-click on a branch: the same two edits, named. */
    private void contextMenu(ContextMenuEvent e) {
        int merge = geometry.mergeAt(e.getX(), e.getY());
        if (merge < 0) {
            return;
        }
        MenuItem split = new MenuItem("Split this cluster in two");
        split.setOnAction(a -> viewModel.splitBranch(merge));
        MenuItem join = new MenuItem("Merge back into its parent branch");
        join.setOnAction(a -> viewModel.joinBranch(merge));
        menu.getItems().setAll(split, join);
        menu.show(this, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /** Where the pointer is over a branch, as a point of this view; for tests that click branches. */
    double[] mergePoint(int merge) {
        var d = viewModel.treeProperty().get().dendrogram();
        return new double[] {(geometry.nodeX(d.left(merge)) + geometry.nodeX(d.right(merge))) / 2, geometry.y(d.height(merge))};
    }

    private void moveCutTo(double height) {
        TagTree tree = viewModel.treeProperty().get();
        if (tree != null) {
            double max = tree.dendrogram().maxHeight() * DendrogramGeometry.HEADROOM;
            viewModel.cutAtHeight(Math.max(0, Math.min(max, height)));
        }
    }

    private void scrolled(ScrollEvent e) {
        geometry.zoomAt(e.getX(), e.getDeltaY() > 0 ? 1.25 : 1 / 1.25);
        draw();
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
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
            geometry.fit();
            draw();
        } else {
            return;
        }
        e.consume();
    }

    private void moved(MouseEvent e) {
        TagTree tree = viewModel.treeProperty().get();
        int merge = tree == null ? -1 : geometry.mergeAt(e.getX(), e.getY());
        setCursor(cutIsFlat() && Math.abs(e.getY() - cutLineY()) <= CUT_GRAB ? Cursor.V_RESIZE
                : merge >= 0 ? Cursor.HAND : Cursor.DEFAULT);
        if (merge >= 0) {
            hover.show(tree, merge, e.getX(), e.getY(), getWidth());
        } else {
            hover.hide();
        }
    }
}
