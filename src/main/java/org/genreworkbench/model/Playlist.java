package org.genreworkbench.model;

import java.util.List;
import java.util.Objects;

/**
 * A playlist the tracks were gathered from.
 *
 * @param query the search query that found it (a genre name), null when it was not found by search
 * @param genre the genre the playlist stands for: the query that found it, or an import's playlist_genre;
 *              the single-label target "playlist genre" of a track
 * @param tags  further genre words attached by an import (e.g. playlist_subgenre)
 */
public record Playlist(
        String id,
        String name,
        String query,
        String genre,
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
