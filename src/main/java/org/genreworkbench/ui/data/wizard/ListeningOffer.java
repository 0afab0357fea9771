package org.genreworkbench.ui.data.wizard;

import java.util.Locale;
import org.genreworkbench.ingest.spotify.ListeningCompletion;

/** What completing a listening history would ask for and about how long it takes, in the words the wizard shows. */
public final class ListeningOffer {
    private ListeningOffer() {
    }

    /** "Complete the 1,234 tracks of your listening history without audio features and their 310 artists without genre tags …". */
    public static String describe(ListeningCompletion.Plan plan) {
        // MusicBrainz: one or two requests an artist, a second apart; ReccoBeats is quick by comparison.
        long minutes = Math.round(plan.artists().size() * 2 / 60.0);
        String time = minutes < 1 ? "under a minute" : "about " + minutes + " min";
        return String.format(Locale.US, "Complete your listening history: audio features from ReccoBeats for %,d tracks, "
                        + "genre tags from MusicBrainz for %,d artists (%s at MusicBrainz's one request a second; no "
                        + "Spotify account needed)%s", plan.tracks().size(), plan.artists().size(), time,
                plan.withoutSpotifyId() == 0 ? "" : String.format(Locale.US,
                        "; %,d tracks known only by name cannot be asked about", plan.withoutSpotifyId()));
    }
}
