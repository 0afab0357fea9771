package org.genreworkbench.ui.data.wizard;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Step 1: the Spotify Web API, or files the user already has (which hands over to the Data tab's import). */
final class SourcePage extends VBox {
    private final RadioButton fromFiles = new RadioButton(
            "Files I already have: CSV, TSV or JSON exports (Kaggle, TidyTuesday, API-shaped tables)");

    private final RadioButton completeListening = new RadioButton();

    /** @param completionOffer what completing the listened tracks would do, or null when there is nothing to complete */
    SourcePage(String completionOffer) {
        super(14);
        ToggleGroup group = new ToggleGroup();
        completeListening.setId("wizard-source-listening");
        completeListening.setWrapText(true);
        completeListening.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        completeListening.setToggleGroup(group);
        completeListening.setText(completionOffer == null
                ? "Complete your listening history's tracks (import your Spotify data first: Import files…)"
                : completionOffer);
        completeListening.setDisable(completionOffer == null);
        RadioButton spotify = new RadioButton(
                "The Spotify Web API: search genre playlists and read their tracks, audio features and artists");
        spotify.setId("wizard-source-spotify");
        fromFiles.setId("wizard-source-files");
        spotify.setToggleGroup(group);
        fromFiles.setToggleGroup(group);
        spotify.setSelected(true);
        Label note = new Label("Where Spotify no longer lets an app read audio features or genre tags, ReccoBeats and "
                + "MusicBrainz stand in; the next step shows which.");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        getChildren().addAll(new Label("Where should the tracks come from?"), spotify, fromFiles, completeListening, note);
    }

    /** Whether the user chose to complete the tracks of an imported listening history. */
    boolean completionChosen() {
        return completeListening.isSelected();
    }

    void chooseCompletion() {
        completeListening.setSelected(true);
    }

    /** Whether the user chose files over the Spotify Web API. */
    boolean filesChosen() {
        return fromFiles.isSelected();
    }
}
