package org.genreworkbench.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ingestion work that survives a stop or a crash: what is still to fetch, and answers that must be asked only
 * once, including the answers that were "nothing".
 *
 * @param pendingPlaylistIds playlists chosen for ingestion and not finished yet
 * @param musicBrainzGenres  Spotify artist id to the genre tags MusicBrainz gave (empty list: asked, none found)
 * @param featuresUnknown    tracks whose audio features were asked for and no service knew
 */
public record IngestState(List<String> pendingPlaylistIds, Map<String, List<String>> musicBrainzGenres,
                          Set<String> featuresUnknown) {

    public IngestState {
        pendingPlaylistIds = pendingPlaylistIds == null ? List.of() : List.copyOf(pendingPlaylistIds);
        musicBrainzGenres = musicBrainzGenres == null ? Map.of() : Map.copyOf(musicBrainzGenres);
        featuresUnknown = featuresUnknown == null ? Set.of() : Set.copyOf(featuresUnknown);
    }

    public IngestState(List<String> pendingPlaylistIds, Map<String, List<String>> musicBrainzGenres) {
        this(pendingPlaylistIds, musicBrainzGenres, Set.of());
    }

    public static IngestState empty() {
        return new IngestState(List.of(), Map.of(), Set.of());
    }

    /** The same answers with other playlists still to read. */
    public IngestState withPending(List<String> pending) {
        return new IngestState(pending, musicBrainzGenres, featuresUnknown);
    }
}
