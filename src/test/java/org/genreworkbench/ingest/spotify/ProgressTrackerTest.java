package org.genreworkbench.ingest.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The time-left estimate knows MusicBrainz's pace of one request a second. */
class ProgressTrackerTest {
    private final AtomicLong clock = new AtomicLong();

    @Test
    void thirtyArtistsForMusicBrainzMeanAtLeastAMinuteForThePlaylistAndAsMuchForEachOneAfter() {
        ProgressTracker tracker = new ProgressTracker(clock::get);
        tracker.playlists = 6;
        tracker.startPlaylist("Rock Classics");
        assertThat(tracker.secondsLeft(2)).as("nothing to go by yet").isNaN();
        clock.addAndGet(400);
        // Entries read with fast requests (0.1 s each): 2 feature requests and 30 artists, all without Spotify genres.
        tracker.workLeft(2 + 30, 30);
        double left = tracker.secondsLeft(4);
        assertThat(left).as("30 artists, up to 2 MusicBrainz requests each at one a second, for this and 5 more playlists")
                .isBetween(6 * 60.0, 6 * 70.0);
    }

    @Test
    void afterAPlaylistTheMeasuredPaceCarriesTheEstimate() {
        ProgressTracker tracker = new ProgressTracker(clock::get);
        tracker.playlists = 3;
        tracker.startPlaylist("one");
        clock.addAndGet(40_000);
        tracker.finishPlaylist();
        tracker.startPlaylist("two");
        assertThat(tracker.secondsLeft(100)).isEqualTo(80.0);
    }
}
