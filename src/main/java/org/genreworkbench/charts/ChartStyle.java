package org.genreworkbench.charts;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;

/** The look the result charts share, in the window and in a report: white ground, light grid, one palette. */
public final class ChartStyle {
    /** Tableau's ten colours, whose neighbours are easy to tell apart; the Explore charts use the same. */
    public static final Color[] PALETTE = {new Color(0x4e79a7), new Color(0xf28e2b), new Color(0xe15759),
        new Color(0x76b7b2), new Color(0x59a14f), new Color(0xedc948), new Color(0xb07aa1), new Color(0xff9da7),
        new Color(0x9c755f), new Color(0xbab0ac)};
    public static final Color MISSING = new Color(0xd0d0d0);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Color GRID = new Color(0xe0e0e0);

    private ChartStyle() {
    }

    public static Color colour(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    static JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        return finish(new JFreeChart(null, TITLE, plot, legend), title);
    }

    static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        return finish(new JFreeChart(null, TITLE, plot, legend), title);
    }

    private static JFreeChart finish(JFreeChart chart, String title) {
        chart.setTitle(new TextTitle(title, TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        // a value axis along the bottom centres its last tick ("100%", "1.00") on the plot's right edge: room
        // for the half that would otherwise be cut
        chart.setPadding(new RectangleInsets(2, 2, 2, 16));
        return chart;
    }
}
