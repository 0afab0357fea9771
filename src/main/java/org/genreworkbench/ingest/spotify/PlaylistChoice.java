package org.genreworkbench.ingest.spotify;

import java.util.List;
import java.util.Locale;

/**
 * The playlists the genre queries' searches chose, and the queries that gave fewer than asked, so a user learns
 * why "pop" brought three playlists when five were asked for.
 */
public record PlaylistChoice(List<SpotifyClient.Candidate> candidates, List<Shortfall> shortfalls) {
    public PlaylistChoice {
        candidates = List.copyOf(candidates);
        shortfalls = List.copyOf(shortfalls);
    }

    /**
     * A query that gave fewer playlists than asked.
     *
     * @param found       playlists the search returned
     * @param largeEnough of those, the ones with at least the minimum number of tracks and not chosen by an earlier query
     */
    public record Shortfall(String query, int wanted, int found, int largeEnough, int minTracks) {
        /** "'pop': 3 of 5 playlists — the search returned 4, 3 of them with at least 50 tracks". */
        public String describe() {
            return String.format(Locale.US, "'%s': %d of %d playlists — the search returned %d, %d of them with at least "
                    + "%d tracks and not already chosen", query, largeEnough, wanted, found, largeEnough, minTracks);
        }
    }
}
