package org.genreworkbench.model;

import java.util.List;
import java.util.Map;

/**
 * Ingestion work that survives a cancel or a crash: what is still to fetch, and answers from slow
 * services that must be asked only once.
 *
 * @param pendingPlaylistIds playlists chosen for ingestion and not finished yet
 * @param musicBrainzGenres  Spotify artist id to the genre tags MusicBrainz gave (empty list: asked, none found)
 */
public record IngestState(List<String> pendingPlaylistIds, Map<String, List<String>> musicBrainzGenres) {

    public IngestState {
        pendingPlaylistIds = pendingPlaylistIds == null ? List.of() : List.copyOf(pendingPlaylistIds);
        musicBrainzGenres = musicBrainzGenres == null ? Map.of() : Map.copyOf(musicBrainzGenres);
    }

    public static IngestState empty() {
        return new IngestState(List.of(), Map.of());
    }
}
