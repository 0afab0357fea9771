package org.genreworkbench.workspace;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.genreworkbench.export.CsvWriter;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Listening;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;

/** The {@code tracks.csv} entry: one row per track, audio features as columns named as in Spotify's API. */
final class TrackTable {
    private static final List<String> HEADER = header();

    private TrackTable() {
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("id", "name", "album", "release_date", "duration_ms",
                "popularity", "explicit", "artist_ids", "source"));
        for (AudioFeature f : AudioFeature.values()) {
            h.add(f.fieldName());
        }
        h.add("features_source");
        // Optional columns, added without a new format version: readers before them ignore them, and a file
        // without them reads as tracks no listening history speaks of.
        h.addAll(List.of("plays", "ms_played", "listening_files"));
        return h;
    }

    static void write(Collection<Track> tracks, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.of(out, HEADER, CsvWriter.Readers.PROGRAMS);
        for (Track t : tracks) {
            csv.text(t.id()).text(t.name()).text(t.album()).text(t.releaseDate())
                    .number(t.durationMs()).number(t.popularity()).bool(t.explicit())
                    .text(ListCodec.join(t.artistIds())).text(name(t.source()));
            for (AudioFeature f : AudioFeature.values()) {
                csv.number(t.features().valueOrNaN(f));
            }
            csv.text(name(t.featuresSource()));
            Listening l = t.listening();
            csv.number(l == null ? null : (Integer) l.plays()).number(l == null ? null : (Long) l.msPlayed())
                    .text(l == null ? null : ListCodec.join(l.files()));
        }
        csv.finish();
    }

    static List<Track> read(Reader in) throws IOException {
        List<Track> tracks = new ArrayList<>();
        try (CsvTableReader csv = new CsvTableReader(WorkspaceFormat.TRACKS, in)) {
            csv.require("id");
            while (csv.next()) {
                double[] values = new double[AudioFeature.values().length];
                for (AudioFeature f : AudioFeature.values()) {
                    values[f.ordinal()] = csv.decimal(f.fieldName());
                }
                tracks.add(new Track(
                        csv.requiredText("id"),
                        csv.text("name"),
                        csv.text("album"),
                        csv.text("release_date"),
                        csv.integer("duration_ms"),
                        csv.integer("popularity"),
                        csv.bool("explicit"),
                        ListCodec.split(csv.text("artist_ids")),
                        AudioFeatures.of(values),
                        csv.enumValue("source", Source.class),
                        csv.enumValue("features_source", Source.class),
                        listening(csv)));
            }
        }
        return tracks;
    }

    private static Listening listening(CsvTableReader csv) throws WorkspaceException {
        Integer plays = csv.integer("plays");
        Long ms = csv.longValue("ms_played");
        List<String> files = ListCodec.split(csv.text("listening_files"));
        if (plays == null && ms == null && files.isEmpty()) {
            return null;
        }
        if (plays == null || ms == null || plays < 0 || ms < 0) {
            throw csv.problem(plays == null || plays < 0 ? "plays" : "ms_played",
                    "must be a count of zero or more when the track has listening figures");
        }
        return new Listening(plays, ms, files);
    }

    private static String name(Source s) {
        return s == null ? null : s.name();
    }
}
