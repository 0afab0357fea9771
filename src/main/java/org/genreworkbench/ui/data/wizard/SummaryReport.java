package org.genreworkbench.ui.data.wizard;

import java.util.Locale;
import org.genreworkbench.ingest.FieldCoverage;
import org.genreworkbench.ingest.spotify.ListeningCompletion;
import org.genreworkbench.ingest.spotify.SpotifyIngestion;
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
        StringBuilder sb = new StringBuilder(String.format(Locale.US,
                "Audio features from ReccoBeats for %,d of %,d listened tracks asked about (%,d unknown to it)%s.%n"
                        + "Genre tags from MusicBrainz for %,d of %,d artists asked about. %,d requests.%n"
                        + "The workspace now holds %,d tracks and %,d artists.%n%nCoverage of every field:",
                s.featuresFound(), s.tracksAsked(), s.featuresUnknown(), s.withoutSpotifyId() == 0 ? ""
                        : String.format(Locale.US, "; %,d tracks known only by name (no Spotify id) could not be "
                        + "asked about", s.withoutSpotifyId()),
                s.genresFound(), s.artistsAsked(), s.requests(), p.tracks().size(), p.artists().size()));
        return withCoverage(sb, p);
    }

    private static String withCoverage(StringBuilder sb, Project p) {
        for (FieldCoverage.Row row : FieldCoverage.of(p)) {
            sb.append("\n  ").append(row.describe());
        }
        return sb.toString();
    }
}
