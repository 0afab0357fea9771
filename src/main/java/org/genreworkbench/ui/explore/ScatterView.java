package org.genreworkbench.ui.explore;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.genreworkbench.explore.DensityGrid;
import org.genreworkbench.ui.text.FeatureText;

/** A scatter plot drawn as density: each cell shaded by the log of how many tracks fall in it. */
final class ScatterView extends org.genreworkbench.ui.CanvasView {
    private static final double MARGIN = 50;
    private DensityGrid grid;
    private String xName = "";
    private String yName = "";
    private String whyEmpty;

    ScatterView() {
        setId("scatter");
        setMinSize(260, 260);
    }

    void show(ExploreViewModel.Scatter scatter) {
        this.xName = scatter == null ? "" : scatter.x();
        this.yName = scatter == null ? "" : scatter.y();
        this.grid = scatter == null ? null : scatter.grid();
        this.whyEmpty = scatter == null ? null : scatter.whyEmpty().orElse(null);
        draw();
    }

    /** Why the plot is empty, or null when it shows tracks. */
    String whyEmpty() {
        return whyEmpty;
    }

    String title() {
        return grid == null ? "" : yName + " against " + xName;
    }

    @Override
    protected void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        if (grid == null) {
            g.setFill(Color.GRAY);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("Click a cell of the heatmap to see its two features plotted.", getWidth() / 2, getHeight() / 2);
            return;
        }
        if (whyEmpty != null) {
            g.setFill(Color.web("#222222"));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 13));
            g.fillText(title(), getWidth() / 2, getHeight() / 2 - 14);
            g.setFont(Font.font(12));
            // The canvas does not wrap: the reason is split at a full stop or colon if it is too long.
            g.fillText(whyEmpty.replace("(all", "\n(all"), getWidth() / 2, getHeight() / 2 + 14);
            return;
        }
        int cells = grid.counts().length;
        double w = getWidth() - 2 * MARGIN;
        double h = getHeight() - 2 * MARGIN;
        double cw = w / cells;
        double ch = h / cells;
        double max = Math.log1p(Math.max(1, grid.maxCount()));
        for (int x = 0; x < cells; x++) {
            for (int y = 0; y < cells; y++) {
                int c = grid.counts()[x][y];
                if (c > 0) {
                    g.setFill(Color.web("#dbe9f6").interpolate(Color.web("#08306b"), Math.log1p(c) / max));
                    g.fillRect(MARGIN + x * cw, MARGIN + h - (y + 1) * ch, Math.ceil(cw), Math.ceil(ch));
                }
            }
        }
        g.setStroke(Color.web("#888888"));
        g.strokeRect(MARGIN, MARGIN, w, h);
        g.setFill(Color.web("#222222"));
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(FeatureText.value(xName, grid.xMin()), MARGIN, MARGIN + h + 4);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(FeatureText.value(xName, grid.xMax()), MARGIN + w, MARGIN + h + 4);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(xName, MARGIN + w / 2, MARGIN + h + 18);
        g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 13));
        g.fillText(title() + " (" + FeatureText.count(grid.points()) + " tracks)", MARGIN + w / 2, 14);
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(FeatureText.value(yName, grid.yMax()), MARGIN - 4, MARGIN);
        g.fillText(FeatureText.value(yName, grid.yMin()), MARGIN - 4, MARGIN + h);
        g.save();
        g.translate(14, MARGIN + h / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(yName, 0, 0);
        g.restore();
    }
}
