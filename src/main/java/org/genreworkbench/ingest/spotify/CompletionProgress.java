package org.genreworkbench.ingest.spotify;

/**
 * A listening-data completion's counts at one moment, sent from the first request on.
 *
 * @param step            what the run does now: "MusicBrainz: artist 12 of 30 (one request a second)"
 * @param featureRequests ReccoBeats requests the run needs (40 tracks each) and how many are done
 * @param featuresFound   tracks given audio features so far
 * @param artists         artists to ask MusicBrainz about, and how many were asked
 * @param genresFound     artists given genre tags so far
 * @param secondsLeft     an estimate of the time left, NaN while there is nothing to go by
 */
public record CompletionProgress(String step, int featureRequestsDone, int featureRequests, int featuresFound,
                                 int artistsDone, int artists, int genresFound, long requests, double secondsLeft) {

    /** The share of the work done, requests weighted by what they cost (MusicBrainz answers a second apart). */
    public double fractionDone() {
        double total = featureRequests + 2.0 * artists;
        return total == 0 ? 1 : (featureRequestsDone + 2.0 * artistsDone) / total;
    }
}
