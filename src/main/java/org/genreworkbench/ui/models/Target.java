package org.genreworkbench.ui.models;

/** What the models learn to predict. */
public enum Target {
    /** The labels of the active label scheme: several per track. */
    LABEL_SCHEME("Label scheme (multi-label)"),
    /** The genre of the playlist a track came from: one per track. */
    PLAYLIST_GENRE("Playlist genre (single-label)");

    private final String displayName;

    Target(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The name the experiment spec uses. */
    String specName() {
        return this == PLAYLIST_GENRE ? "playlistGenre" : "labelScheme";
    }
}
