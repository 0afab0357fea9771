package org.genreworkbench.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genreworkbench.ingest.FieldCoverage;
import org.genreworkbench.ml.FoldDistribution;
import org.genreworkbench.model.Source;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Charts of how much there is of what: tracks per label, labels per fold, and each field's coverage by source. */
public final class BalanceCharts {
    private BalanceCharts() {
    }

    /** A horizontal bar per label with its number of tracks, in the order given. */
    public static JFreeChart labelBalance(String title, List<String> labels, int[] tracks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int l = 0; l < labels.size(); l++) {
            data.addValue(tracks[l], "tracks", labels.get(l));
        }
        BarRenderer bars = ScoreCharts.bars();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis("tracks"), bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return ChartStyle.chart(title, plot, false);
    }

    /**
     * A bar per field split by where its values came from, with the share nobody gave in grey: the ingestion's
     * coverage at a glance. Shares of the field's tracks or artists, so every bar runs to 100 %.
     */
    public static JFreeChart coverage(List<FieldCoverage.Row> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // Every source in every category, in one order, so a source keeps its colour along the bars.
        for (Source source : Source.values()) {
            for (FieldCoverage.Row row : rows) {
                data.addValue(share(row.bySource().getOrDefault(source, 0), row.total()),
                        FieldCoverage.displayName(source), row.field());
            }
        }
        for (FieldCoverage.Row row : rows) {
            data.addValue(share(row.total() - row.present(), row.total()), "missing", row.field());
        }
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        for (int s = 0; s < Source.values().length; s++) {
            bars.setSeriesPaint(s, ChartStyle.colour(s));
            // A source that gave nothing stays out of the legend.
            bars.setSeriesVisibleInLegend(s, usedAnywhere(rows, Source.values()[s]));
        }
        bars.setSeriesPaint(Source.values().length, ChartStyle.MISSING);
        NumberAxis x = new NumberAxis("share of tracks (artists for artist fields)");
        x.setRange(0, 1);
        x.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.US));
        CategoryAxis fields = new CategoryAxis(null);
        fields.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        fields.setCategoryMargin(0.25);
        CategoryPlot plot = new CategoryPlot(data, fields, x, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(new Color(0xe0e0e0));
        return ChartStyle.chart("Coverage of each field, by source", plot, true);
    }

    /**
     * The fold balance as a heat map: a row per label, a column for the whole data set and one per test fold, each
     * cell the share of those tracks carrying the label, written in the cell. A stratified split shows rows of one
     * shade; a fold that lost a rare label stands out pale.
     */
    public static JFreeChart foldBalance(FoldDistribution d) {
        int labels = d.labels().size();
        int columns = d.folds().length + 1;
        double[][] cells = new double[3][labels * columns];
        double max = 0;
        int i = 0;
        for (int c = 0; c < columns; c++) {
            for (int l = 0; l < labels; l++) {
                double share = c == 0 ? d.whole()[l] : d.folds()[c - 1][l];
                cells[0][i] = c;
                cells[1][i] = labels - 1 - l;
                cells[2][i] = share;
                max = Math.max(max, share);
                i++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("share", cells);
        String[] columnNames = new String[columns];
        columnNames[0] = "all tracks";
        for (int f = 1; f < columns; f++) {
            columnNames[f] = "fold " + f;
        }
        String[] rowNames = new String[labels];
        for (int l = 0; l < labels; l++) {
            rowNames[labels - 1 - l] = d.labels().get(l);
        }
        XYBlockRenderer blocks = new XYBlockRenderer();
        PaintScale scale = new ShareScale(max > 0 ? max : 1);
        blocks.setPaintScale(scale);
        SymbolAxis x = new SymbolAxis(null, columnNames);
        x.setGridBandsVisible(false);
        SymbolAxis y = new SymbolAxis(null, rowNames);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, x, y, blocks);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int k = 0; k < cells[0].length; k++) {
            XYTextAnnotation text = new XYTextAnnotation(String.format(Locale.US, "%.1f %%", 100 * cells[2][k]),
                    cells[0][k], cells[1][k]);
            text.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            text.setPaint(cells[2][k] > 0.6 * scale.getUpperBound() ? Color.WHITE : new Color(0x222222));
            plot.addAnnotation(text);
        }
        JFreeChart chart = ChartStyle.chart("Share of tracks carrying each label, overall and in each test fold", plot, false);
        NumberAxis legendAxis = new NumberAxis("share of tracks");
        legendAxis.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(Locale.US));
        legendAxis.setRange(0, scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(8, 8, 8, 8));
        legend.setStripWidth(14);
        chart.addSubtitle(legend);
        return chart;
    }

    /** White for none to the palette's blue for the largest share. */
    private record ShareScale(double upper) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(0, Math.min(1, value / upper));
            Color to = ChartStyle.colour(0);
            return new Color((int) Math.round(255 + t * (to.getRed() - 255)), (int) Math.round(255 + t * (to.getGreen() - 255)),
                    (int) Math.round(255 + t * (to.getBlue() - 255)));
        }
    }

    private static boolean usedAnywhere(List<FieldCoverage.Row> rows, Source source) {
        return rows.stream().map(FieldCoverage.Row::bySource).map(Map::keySet).anyMatch(s -> s.contains(source));
    }

    private static double share(int n, int total) {
        return total == 0 ? 0 : (double) n / total;
    }
}
