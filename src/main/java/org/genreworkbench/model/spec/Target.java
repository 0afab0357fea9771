package org.genreworkbench.model.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What the models learn to predict. Spec files name it by {@link #specName()}. */
public enum Target {
    /** The labels of a label scheme: several per track. */
    LABEL_SCHEME("labelScheme", "Label scheme (multi-label)"),
    /** The genre of the playlist a track came from: one per track. */
    PLAYLIST_GENRE("playlistGenre", "Playlist genre (single-label)");

    private final String specName;
    private final String displayName;

    Target(String specName, String displayName) {
        this.specName = specName;
        this.displayName = displayName;
    }

    @JsonCreator
    public static Target of(String specName) {
        for (Target t : values()) {
            if (t.specName.equals(specName)) {
                return t;
            }
        }
        throw new IllegalArgumentException("target must be labelScheme or playlistGenre, not '" + specName + "'");
    }

    @JsonValue
    public String specName() {
        return specName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean singleLabel() {
        return this == PLAYLIST_GENRE;
    }
}
