package org.genreworkbench.ingest.spotify;

import java.util.List;

/**
 * What to ingest: genre queries to search playlists for, how many playlists per query, the smallest playlist
 * worth reading, and which fallbacks may be used.
 */
public record IngestPlan(List<String> queries, int playlistsPerQuery, int minTracks, boolean useReccoBeats,
                         boolean useMusicBrainz) {

    /** Broad genres first, then large sub-genres and regional ones, as the original study searched. */
    public static final List<String> DEFAULT_QUERIES = List.of("rock", "pop", "hip hop", "rap", "jazz", "classical",
            "country", "electronic", "edm", "metal", "punk", "r&b", "soul", "reggae", "latin", "reggaeton", "k-pop",
            "bollywood", "afrobeats", "folk", "blues", "indie", "house", "techno");

    /** Queries as a person types them, one a line or separated by commas; blanks dropped. Used by every entry. */
    public static List<String> parseQueries(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[\\n,]")).map(String::strip).filter(q -> !q.isEmpty()).toList();
    }

    public IngestPlan {
        queries = List.copyOf(queries);
        if (playlistsPerQuery < 1) {
            throw new IllegalArgumentException("at least one playlist per query");
        }
    }
}
