package org.genreworkbench.workspace;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.genreworkbench.export.CsvWriter;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Listening;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;

/** The {@code tracks.csv} entry: one row per track, audio features as columns named as in Spotify's API. */
final class TrackTable {
    // The columns' names, written in the header and looked up when reading.
    private static final String ID = "id";
    private static final String NAME = "name";
    private static final String ALBUM = "album";
    private static final String RELEASE_DATE = "release_date";
    private static final String DURATION_MS = "duration_ms";
    private static final String POPULARITY = "popularity";
    private static final String EXPLICIT = "explicit";
    private static final String ARTIST_IDS = "artist_ids";
    private static final String SOURCE = "source";
    private static final String FEATURES_SOURCE = "features_source";
    private static final String PLAYS = "plays";
    private static final String MS_PLAYED = "ms_played";
    private static final String LISTENING_FILES = "listening_files";
    private static final List<String> HEADER = header();

    private TrackTable() {
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of(ID, NAME, ALBUM, RELEASE_DATE, DURATION_MS, POPULARITY, EXPLICIT,
                ARTIST_IDS, SOURCE));
        for (AudioFeature f : AudioFeature.values()) {
            h.add(f.fieldName());
        }
        h.add(FEATURES_SOURCE);
        // Optional columns, added without a new format version: readers before them ignore them, and a file
        // without them reads as tracks no listening history speaks of.
        h.addAll(List.of(PLAYS, MS_PLAYED, LISTENING_FILES));
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

    /** Few enough that the tables stay small and quick to look in. */
    private static final int SHARED_ALBUMS_OR_DATES = 1 << 16;
    /** A million tracks have a few hundred thousand sets of artists. */
    private static final int SHARED_ARTIST_LISTS = 1 << 20;

    static List<Track> read(byte[] utf8) throws IOException {
        CsvTableReader csv = new CsvTableReader(WorkspaceFormat.TRACKS, utf8);
        csv.require(ID);
        Columns c = new Columns(csv);
        // Albums and release dates repeat from track to track: one string each is kept, not one per track; so is
        // one list of artist ids for all the tracks of the same artists.
        SharedCells<String> albums = csv.sharedCells(SHARED_ALBUMS_OR_DATES);
        SharedCells<String> dates = csv.sharedCells(SHARED_ALBUMS_OR_DATES);
        SharedCells<List<String>> artistIds = csv.sharedCells(SHARED_ARTIST_LISTS);
        List<Track> tracks = new ArrayList<>();
        while (csv.next()) {
            tracks.add(new Track(
                    csv.requiredText(c.id),
                    csv.text(c.name),
                    csv.shared(c.album, albums, Function.identity()),
                    csv.shared(c.releaseDate, dates, Function.identity()),
                    csv.integer(c.durationMs),
                    csv.integer(c.popularity),
                    csv.bool(c.explicit),
                    csv.shared(c.artistIds, artistIds, ListCodec::split),
                    features(csv, c),
                    csv.enumValue(c.source, Source.class),
                    csv.enumValue(c.featuresSource, Source.class),
                    listening(csv, c)));
        }
        return tracks;
    }

    /** The header's columns, looked up once per entry rather than once per cell. */
    private static final class Columns {
        final int id;
        final int name;
        final int album;
        final int releaseDate;
        final int durationMs;
        final int popularity;
        final int explicit;
        final int artistIds;
        final int source;
        final int featuresSource;
        final int plays;
        final int msPlayed;
        final int listeningFiles;
        final int[] features = new int[AudioFeature.values().length];
        /** A row's features as they are read; {@link AudioFeatures#of} keeps a copy, so one array serves every row. */
        final double[] featureValues = new double[features.length];

        Columns(CsvTableReader csv) {
            id = csv.column(ID);
            name = csv.column(NAME);
            album = csv.column(ALBUM);
            releaseDate = csv.column(RELEASE_DATE);
            durationMs = csv.column(DURATION_MS);
            popularity = csv.column(POPULARITY);
            explicit = csv.column(EXPLICIT);
            artistIds = csv.column(ARTIST_IDS);
            source = csv.column(SOURCE);
            featuresSource = csv.column(FEATURES_SOURCE);
            plays = csv.column(PLAYS);
            msPlayed = csv.column(MS_PLAYED);
            listeningFiles = csv.column(LISTENING_FILES);
            for (AudioFeature f : AudioFeature.values()) {
                features[f.ordinal()] = csv.column(f.fieldName());
            }
        }
    }

    /**
     * The row's audio features. A method of its own, so that the reading loop has one loop inside and is compiled
     * once, entered at its top, rather than again for an entry at the features' loop.
     */
    private static AudioFeatures features(CsvTableReader csv, Columns c) throws WorkspaceException {
        double[] values = c.featureValues;
        for (int f = 0; f < values.length; f++) {
            values[f] = csv.decimal(c.features[f]);
        }
        return AudioFeatures.of(values);
    }

    private static Listening listening(CsvTableReader csv, Columns c) throws WorkspaceException {
        Integer plays = csv.integer(c.plays);
        Long ms = csv.longValue(c.msPlayed);
        List<String> files = ListCodec.split(csv.text(c.listeningFiles));
        if (plays == null && ms == null && files.isEmpty()) {
            return null;
        }
        if (plays == null || ms == null || plays < 0 || ms < 0) {
            throw csv.problem(plays == null || plays < 0 ? c.plays : c.msPlayed,
                    "must be a count of zero or more when the track has listening figures");
        }
        return new Listening(plays, ms, files);
    }

    private static String name(Source s) {
        return s == null ? null : s.name();
    }
}
