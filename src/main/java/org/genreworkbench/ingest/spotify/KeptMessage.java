package org.genreworkbench.ingest.spotify;

import java.util.Locale;

/** What a stop kept, in numbers, in the words the wizard and the command line both show. */
public final class KeptMessage {
    private KeptMessage() {
    }

    /** "Kept from the unfinished playlist: 143 tracks (98 with audio features), 30 artists, 25 MusicBrainz answers." */
    public static String describe(IngestProgress.Kept kept) {
        if (kept.isEmpty()) {
            return kept.itemsRead() ? "Kept the unfinished playlist's list of tracks." : "The unfinished playlist had fetched nothing yet.";
        }
        return String.format(Locale.US, "Kept from the unfinished playlist: %s (%,d with audio features), %s, %s.",
                count(kept.tracks(), "track"), kept.tracksWithFeatures(), count(kept.artists(), "artist"),
                count(kept.musicBrainzAnswers(), "MusicBrainz answer"));
    }

    private static String count(int n, String noun) {
        return String.format(Locale.US, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
