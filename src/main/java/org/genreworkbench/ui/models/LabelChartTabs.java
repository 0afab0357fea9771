package org.genreworkbench.ui.models;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.genreworkbench.ui.Converters;

/**
 * The tabs of the per-label result charts: precision and recall per label, and the chosen model's confusion counts
 * and precision–recall curves with the fold (and label) to show; each exports as PNG or SVG.
 */
final class LabelChartTabs {
    private final LabelResultCharts model;
    private final Map<LabelResultCharts.Kind, ChartSlot> slots = new EnumMap<>(LabelResultCharts.Kind.class);
    private final List<Tab> tabs = new ArrayList<>();

    LabelChartTabs(LabelResultCharts model, ResultExports exports) {
        this.model = model;
        for (LabelResultCharts.Kind kind : LabelResultCharts.Kind.values()) {
            ChartSlot slot = new ChartSlot(kind);
            slots.put(kind, slot);
            BorderPane pane = new BorderPane(slot);
            pane.setTop(bar(kind, exports));
            Tab tab = new Tab(kind.title, pane);
            tab.setUserData(kind);
            tabs.add(tab);
        }
        model.revisionProperty().addListener((obs, old, now) -> drawAll());
        drawAll();
    }

    /** The tabs, to add after the other result charts. */
    List<Tab> tabs() {
        return tabs;
    }

    private HBox bar(LabelResultCharts.Kind kind, ResultExports exports) {
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        if (kind == LabelResultCharts.Kind.RATES) {
            bar.getChildren().add(new Label("The models selected in the table above"));
        } else {
            Label fold = label("Fold");
            bar.getChildren().addAll(fold, choice(model.folds(), model.foldProperty(),
                    "models-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-fold", fold));
            if (kind == LabelResultCharts.Kind.PR_CURVE) {
                Label label = label("Label");
                bar.getChildren().addAll(label, choice(model.labels(), model.labelProperty(), "models-pr-curve-label",
                        label));
            }
        }
        ChartExportButtons.addTo(bar, () -> model.chart(kind), kind.title, exports);
        return bar;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static ChoiceBox<LabelResultCharts.Choice> choice(ObservableList<LabelResultCharts.Choice> items,
            ObjectProperty<LabelResultCharts.Choice> value, String id, Label styled) {
        ChoiceBox<LabelResultCharts.Choice> box = new ChoiceBox<>(items);
        box.setConverter(Converters.showing(LabelResultCharts.Choice::name));
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        WideChoices.fitLongest(box, LabelResultCharts.Choice::name, styled, 300);
        return box;
    }

    private void drawAll() {
        for (LabelResultCharts.Kind kind : LabelResultCharts.Kind.values()) {
            slots.get(kind).show(model.chart(kind), model.placeholder(kind));
        }
    }
}
