package org.genreworkbench.ingest.spotify;

/**
 * A run's counts at one moment, sent from the first request on.
 *
 * @param step            what the run does now: "MusicBrainz: artist 12 of 30"
 * @param entriesRead     playlist entries read (tracks met, counting repeats)
 * @param repeatedTracks  tracks met again in a later playlist of this run
 * @param knownTracks     tracks the workspace held before this run
 * @param skippedEntries  playlist entries without a track: null entries, local files, removed tracks
 * @param secondsLeft     an estimate of the time left, NaN while there is nothing to go by
 */
public record IngestProgress(int playlistsDone, int playlists, String playlistName, String step, int entriesRead,
                             int newTracks, int repeatedTracks, int knownTracks, int skippedEntries, int featuresFound,
                             int artistsLookedUp, int musicBrainzAsked, long requests, int errors, double secondsLeft) {

    /**
     * What a stop kept of the playlist it interrupted (on top of the playlists finished before).
     *
     * @param itemsRead whether the playlist's entries were all read, so a resume does not read them again
     */
    public record Kept(int tracks, int tracksWithFeatures, int artists, int musicBrainzAnswers, boolean itemsRead) {
        public boolean isEmpty() {
            return tracks == 0 && artists == 0 && musicBrainzAnswers == 0;
        }
    }
}
