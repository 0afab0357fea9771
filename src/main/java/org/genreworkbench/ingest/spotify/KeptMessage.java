package org.genreworkbench.ingest.spotify;

import java.util.Locale;
import org.genreworkbench.model.Counted;

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
                Counted.of(kept.tracks(), "track"), kept.tracksWithFeatures(), Counted.of(kept.artists(), "artist"),
                Counted.of(kept.musicBrainzAnswers(), "MusicBrainz answer"));
    }
}
