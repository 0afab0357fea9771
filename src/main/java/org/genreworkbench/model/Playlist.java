package org.genreworkbench.model;

import java.util.List;
import java.util.Objects;

/**
 * A playlist the tracks were gathered from.
 *
 * @param query the search query that found it (a genre name), null when it was not found by search
 * @param tags  genre words attached to the playlist by an import (e.g. playlist_genre, playlist_subgenre)
 */
public record Playlist(
        String id,
        String name,
        String query,
        String owner,
        List<String> trackIds,
        List<String> tags,
        Source source) {

    public Playlist {
        Objects.requireNonNull(id, "id");
        trackIds = trackIds == null ? List.of() : List.copyOf(trackIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
