package org.genreworkbench.ui.models;

import static org.genreworkbench.ui.models.FormRows.check;
import static org.genreworkbench.ui.models.FormRows.row;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.genreworkbench.model.spec.Target;
import org.genreworkbench.ml.FeatureCoverage;
import org.genreworkbench.ml.Features;
import org.genreworkbench.ui.Converters;
import org.genreworkbench.ui.WorkspaceSession;

/** The data set and split of the next run: target, features with how many tracks lack each, transforms, split. */
final class DatasetForm extends VBox {
    private final DatasetSettings settings;
    private final CheckListView<String> features = new CheckListView<>();
    private boolean syncing;

    DatasetForm(DatasetSettings settings, WorkspaceSession session) {
        super(6);
        this.settings = settings;
        ChoiceBox<Target> target = new ChoiceBox<>();
        target.setId("models-target");
        target.getItems().setAll(Target.values());
        target.valueProperty().bindBidirectional(settings.targetProperty());
        target.setConverter(Converters.showing(Target::displayName));
        Label scheme = new Label();
        scheme.setWrapText(true);
        scheme.textProperty().bind(Bindings.createStringBinding(() -> {
            String active = session.project().activeLabelScheme();
            return settings.targetProperty().get() == Target.LABEL_SCHEME
                    ? (active == null ? "No scheme yet: make one in the Labels tab." : "Scheme: " + active) : "";
        }, session.revisionProperty(), settings.targetProperty()));
        scheme.getStyleClass().add("text-muted");

        features.setId("models-features");
        features.getItems().setAll(Features.ALL);
        features.setPrefHeight(160);
        features.setMinWidth(0);
        features.setCellFactory(list -> new CheckBoxListCell<>(features::getItemBooleanProperty, coverageText()));
        settings.coverageProperty().addListener((obs, old, now) -> features.refresh());
        showChecked();
        settings.features().addListener((ListChangeListener<String>) c -> showChecked());
        features.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                settings.features().setAll(features.getCheckModel().getCheckedItems());
            }
        });
        Label note = new Label();
        note.setId("models-feature-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("text-muted");
        note.textProperty().bind(settings.featureNoteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        getChildren().addAll(row(new Label("Target"), target), scheme, new Label("Features"), features, note,
                check("Standardise", settings.standardiseProperty()),
                check("Log of skewed features", settings.logSkewedProperty()),
                check("One-hot key, mode, metre", settings.oneHotProperty()),
                check("Drop tracks with missing values (else fill with the mean)", settings.dropMissingProperty()),
                splitRow(), check("Balance label pairs (second order)", settings.secondOrderProperty()), seedRow());
    }

    /** "tempo", or "time_signature — no values" / "popularity — 3 % missing" where tracks lack it. */
    private StringConverter<String> coverageText() {
        return Converters.showing(feature -> {
            FeatureCoverage coverage = settings.coverageProperty().get();
            double missing = coverage.missingShare(feature);
            if (coverage.tracks() == 0 || missing == 0) {
                return feature;
            }
            return missing >= 1 ? feature + " — no values"
                    : feature + String.format(Locale.US, " — %d %% missing", Math.max(1, Math.round(missing * 100)));
        });
    }

    /** Ticks in the list what the settings hold, without echoing the change back. */
    private void showChecked() {
        syncing = true;
        try {
            features.getCheckModel().clearChecks();
            settings.features().forEach(f -> features.getCheckModel().check(f));
        } finally {
            syncing = false;
        }
    }

    private VBox splitRow() {
        ToggleGroup kind = new ToggleGroup();
        RadioButton kfold = new RadioButton("k-fold");
        RadioButton holdout = new RadioButton("Hold out");
        kfold.setToggleGroup(kind);
        holdout.setToggleGroup(kind);
        kfold.setSelected(settings.kfoldProperty().get());
        holdout.setSelected(!settings.kfoldProperty().get());
        kfold.setId("models-kfold");
        holdout.setId("models-holdout");
        kind.selectedToggleProperty().addListener((obs, old, now) -> settings.kfoldProperty().set(now == kfold));
        var k = TypedSpinner.of(2, 20, 1, settings.foldsProperty());
        k.setId("models-folds");
        var percent = TypedSpinner.of(5, 50, 5, settings.testPercentProperty());
        percent.setId("models-test-percent");
        return new VBox(6, row(kfold, k, new Label("folds")), row(holdout, percent, new Label("% of tracks for testing")));
    }

    private javafx.scene.layout.HBox seedRow() {
        TextField seed = new TextField(Long.toString(settings.seedProperty().get()));
        seed.setId("models-seed");
        seed.setPrefColumnCount(6);
        seed.textProperty().addListener((obs, old, now) -> {
            try {
                settings.seedProperty().set(Long.parseLong(now.strip()));
            } catch (NumberFormatException e) {
                // keeps the last valid seed until the field holds a number again
            }
        });
        return row(new Label("Seed"), seed);
    }
}
