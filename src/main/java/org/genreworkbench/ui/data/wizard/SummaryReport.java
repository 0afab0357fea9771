package org.genreworkbench.ui.data.wizard;

import java.util.Locale;
import org.genreworkbench.ingest.FieldCoverage;
import org.genreworkbench.ingest.spotify.ListeningCompletion;
import org.genreworkbench.ingest.spotify.SpotifyIngestion;
import org.genreworkbench.model.Counted;
import org.genreworkbench.model.Project;

/** The Summary step's text: what the run brought, then every field with its coverage and where missing ones could come from. */
final class SummaryReport {
    private SummaryReport() {
    }

    static String text(SpotifyIngestion.Summary s, Project p) {
        StringBuilder sb = new StringBuilder(String.format(Locale.US,
                "%d playlists read: %,d new tracks, %,d in more than one playlist, %,d already in the workspace; "
                        + "%,d playlist entries skipped (null, local files or removed).%n"
                        + "%,d new artists; MusicBrainz asked about %,d. %,d requests, %d errors.%n"
                        + "The workspace now holds %,d tracks and %,d artists.%n%nCoverage of every field:",
                s.playlists(), s.newTracks(), s.repeatedTracks(), s.knownTracks(), s.skippedEntries(), s.newArtists(),
                s.musicBrainzAsked(), s.requests(), s.errors(), p.tracks().size(), p.artists().size()));
        return withCoverage(sb, p);
    }

    static String text(ListeningCompletion.Summary s, Project p) {
        // A run resumed after a Stop asks only what the stopped run had not: say so rather than "0 of 0".
        String features = s.tracksAsked() == 0
                ? "No listened track was left to ask ReccoBeats about in this run"
                : String.format(Locale.US, "Audio features from ReccoBeats for %,d of %s asked about (%,d unknown to it)",
                        s.featuresFound(), Counted.of(s.tracksAsked(), "listened track"), s.featuresUnknown());
        String byName = s.withoutSpotifyId() == 0 ? ""
                : "; " + Counted.of(s.withoutSpotifyId(), "track") + " known only by name (no Spotify id) could not be asked about";
        String genres = s.artistsAsked() == 0
                ? "No artist was left to ask MusicBrainz about in this run"
                : String.format(Locale.US, "Genre tags from MusicBrainz for %,d of %s asked about",
                        s.genresFound(), Counted.of(s.artistsAsked(), "artist"));
        StringBuilder sb = new StringBuilder(String.format(Locale.US,
                "%s%s.%n%s. %s.%nThe workspace now holds %,d tracks and %,d artists.%n%nCoverage of every field:",
                features, byName, genres, Counted.of(s.requests(), "request"), p.tracks().size(), p.artists().size()));
        return withCoverage(sb, p);
    }

    private static String withCoverage(StringBuilder sb, Project p) {
        for (FieldCoverage.Row row : FieldCoverage.of(p)) {
            sb.append("\n  ").append(row.describe());
        }
        return sb.toString();
    }
}
