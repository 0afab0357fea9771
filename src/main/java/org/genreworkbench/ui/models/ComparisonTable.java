package org.genreworkbench.ui.models;

import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.Metric;

/**
 * One row per model, one column per metric as mean ± sd over folds. The best value of each column is bold;
 * against the baseline, ▲ marks a significantly better and ▼ a significantly worse result. Columns sort by
 * their mean, can be hidden from the menu at the top right, and are as wide as their widest text, so no
 * number or mark is cut; the table scrolls sideways instead. A grid's models are grouped under their family.
 */
final class ComparisonTable extends TableView<Comparison.Row> {
    /** Cell padding and the header's sort arrow, beyond the text itself. */
    private static final double CELL_PADDING = 24;
    private static final double HEADER_PADDING = 40;

    private final Map<TableColumn<Comparison.Row, ?>, List<String>> shownTexts = new LinkedHashMap<>();
    private Font fittedFont;
    private final javafx.util.Callback<TableView<Comparison.Row>, Boolean> plainSort = getSortPolicy();

    ComparisonTable() {
        setId("comparison-table");
        setTableMenuButtonVisible(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setPlaceholder(new Label("Run an experiment, or open one kept in the workspace."));
        getStyleClass().add("comparison-table");
    }

    /**
     * @param singleSplit true for a hold-out run, whose cells have no spread
     * @param baseline    the model the others are tested against
     */
    void show(List<Metric> metrics, List<Comparison.Row> rows, boolean singleSplit, String baseline) {
        clear();
        // A grid's models together under their family, the best of each starred (see FamilyColumns).
        ModelFamilies families = ModelFamilies.of(rows, metrics);
        rows = families.ordered();
        setSortPolicy(families.grouped() ? FamilyColumns.sortPolicy(families) : plainSort);
        if (families.grouped()) {
            TableColumn<Comparison.Row, String> family = FamilyColumns.family(families);
            fit(family, rows.stream().map(r -> families.family(r.model())).toList());
            getColumns().add(family);
        }
        TableColumn<Comparison.Row, String> model = new TableColumn<>("Model");
        model.setId("metric-model");
        model.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().model()));
        if (families.grouped()) {
            model.setCellFactory(FamilyColumns.modelCells(families));
        }
        fit(model, rows.stream().map(r -> FamilyColumns.modelText(families, r.model())).toList());
        getColumns().add(model);
        for (Metric metric : metrics) {
            getColumns().add(metricColumn(metric, rows, singleSplit));
        }
        TableColumn<Comparison.Row, String> wtl = new TableColumn<>("W / T / L");
        wtl.setId("metric-wtl");
        wtl.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(wtl(c.getValue(), singleSplit, baseline)));
        fit(wtl, rows.stream().map(r -> wtl(r, singleSplit, baseline)).toList());
        getColumns().add(wtl);
        getItems().setAll(rows);
    }

    void clear() {
        shownTexts.clear();
        getColumns().clear();
        getItems().clear();
    }

    /**
     * Wins, ties and losses against the baseline; a dash for the baseline itself and on a single split, where no
     * test compares folds (as the report has it).
     */
    private static String wtl(Comparison.Row row, boolean singleSplit, String baseline) {
        return singleSplit || row.model().equals(baseline) ? "—" : row.wins() + " / " + row.ties() + " / " + row.losses();
    }

    private TableColumn<Comparison.Row, Comparison.Cell> metricColumn(Metric metric, List<Comparison.Row> rows,
                                                                      boolean single) {
        TableColumn<Comparison.Row, Comparison.Cell> column = new TableColumn<>(title(metric));
        column.setId("metric-" + metric.key());
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(metric)));
        column.setComparator(Comparator.comparingDouble(Comparison.Cell::mean));
        boolean lower = metric.lowerIsBetter();
        double best = rows.stream().mapToDouble(r -> r.cells().get(metric).mean())
                .reduce(lower ? Double.MAX_VALUE : -Double.MAX_VALUE, lower ? Math::min : Math::max);
        boolean time = metric.isTime();
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Comparison.Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                getStyleClass().removeAll("best", "better", "worse");
                setTooltip(null);
                if (empty || cell == null) {
                    setText(null);
                    return;
                }
                setText(text(cell, single, time));
                if (cell.mean() == best) {
                    getStyleClass().add("best");
                }
                if (cell.verdict() == Comparison.Verdict.BETTER) {
                    getStyleClass().add("better");
                    setTooltip(new Tooltip("Significantly better than the baseline (corrected resampled t-test, α 0.05)"));
                } else if (cell.verdict() == Comparison.Verdict.WORSE) {
                    getStyleClass().add("worse");
                    setTooltip(new Tooltip("Significantly worse than the baseline (corrected resampled t-test, α 0.05)"));
                }
            }
        });
        fit(column, rows.stream().map(r -> text(r.cells().get(metric), single, time)).toList());
        return column;
    }

    /** "0.0896 ± 0.0019 ▼": the mean, the spread over folds (none for one split) and the verdict's mark. */
    static String text(Comparison.Cell cell, boolean singleSplit, boolean time) {
        String mark = switch (cell.verdict()) {
            case BETTER -> " ▲";
            case WORSE -> " ▼";
            default -> "";
        };
        String sd = singleSplit ? "" : String.format(Locale.US, time ? " ± %.0f" : " ± %.4f", cell.sd());
        return String.format(Locale.US, time ? "%.0f" : "%.4f", cell.mean()) + sd + mark;
    }

    /** Makes {@code column} as wide as its header and every text it shows, now and again once cells are styled. */
    private void fit(TableColumn<Comparison.Row, ?> column, List<String> texts) {
        shownTexts.put(column, texts);
        fit(column, texts, fittedFont == null ? Font.getDefault() : fittedFont);
    }

    private static void fit(TableColumn<Comparison.Row, ?> column, List<String> texts, Font font) {
        // Measured in bold, as the best value of a column is drawn and the headers are.
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        double widest = width(column.getText(), bold) + HEADER_PADDING;
        for (String text : texts) {
            widest = Math.max(widest, width(text, bold) + CELL_PADDING);
        }
        column.setMinWidth(Math.ceil(widest));
        column.setPrefWidth(Math.ceil(widest));
    }

    /** Once the style sheets have given the cells their font, sizes every column for that font. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (lookup(".table-row-cell .table-cell") instanceof Labeled cell && !cell.getFont().equals(fittedFont)) {
            fittedFont = cell.getFont();
            shownTexts.forEach((column, texts) -> fit(column, texts, fittedFont));
        }
    }

    private static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** The metric's name, with ↓ where lower is better. */
    static String title(Metric metric) {
        return metric.label() + (metric.lowerIsBetter() ? " ↓" : "");
    }
}
