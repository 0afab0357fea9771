package org.genreworkbench.ingest.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.genreworkbench.ingest.GenreLists;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;
import org.genreworkbench.task.TaskContext;

/**
 * Imports table files (CSV, TSV, JSON) into an {@link ImportResult}: tracks with their audio features,
 * artists with their genre tags, and playlists with their genres. Columns are recognised by name (the
 * TidyTuesday {@code spotify_songs.csv}, the Kaggle 114k tracks set, artist tables such as
 * {@code data_w_genres.csv}, API-shaped tables), and the user may map any column by hand. A file with genre
 * tags and no audio features is read as an artist table. Artists named without ids get an id made from their
 * name, which is how tracks of one file meet the artists of another: joined by name. A listener's own Spotify
 * data (streaming history and library files, or the export's zip) is read by {@link ListeningHistory}.
 */
public final class TableImporter {
    private static final int MAX_PROBLEMS_KEPT = 10_000;

    private final Map<String, Field> overrides;
    private final Map<String, Map<String, Field>> perFile;
    private final boolean skipUnrecognised;

    /** @param overrides column name to field, the user's mapping; wins over recognition */
    public TableImporter(Map<String, Field> overrides) {
        this(overrides, Map.of(), false);
    }

    /**
     * @param overrides        column name to field for every file (the command line's {@code --map})
     * @param perFile          file name to its own mapping (the window's mapping step), over {@code overrides}
     * @param skipUnrecognised import the other files when one cannot be recognised; otherwise none is imported
     */
    public TableImporter(Map<String, Field> overrides, Map<String, Map<String, Field>> perFile, boolean skipUnrecognised) {
        this.overrides = Map.copyOf(overrides);
        this.perFile = Map.copyOf(perFile);
        this.skipUnrecognised = skipUnrecognised;
    }

    /** The id an artist known only by name gets: the same for the same name in any file. */
    public static String artistIdForName(String name) {
        return "name:" + name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The id a track known only by its name and artists gets: the same in a table and in a listening history. */
    static String trackIdForName(String name, List<String> artistNames) {
        return "name:" + (name + "|" + String.join("|", artistNames)).toLowerCase(Locale.ROOT);
    }

    /** How a file with this name and header would be read: recognition and the user's mapping together. */
    public TableRecognition recognise(String fileName, List<String> header) {
        Map<String, Field> mapping = new java.util.HashMap<>(overrides);
        mapping.putAll(perFile.getOrDefault(fileName, Map.of()));
        return TableRecognition.of(fileName, header, mapping);
    }

    /**
     * Reads every file into one result. Headers are checked first: when a file cannot be recognised, nothing
     * is read and the refusal names each such file, its header and the nearest fields, unless unrecognised
     * files are to be skipped, when the result lists them instead.
     */
    public ImportResult read(List<Path> files, TaskContext context) throws IOException {
        Accumulator acc = new Accumulator();
        List<Path> readable = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        List<Path> listeningFiles = files.stream().filter(ListeningHistory::handles).toList();
        for (Path file : files) {
            if (listeningFiles.contains(file)) {
                continue;
            }
            context.checkCancelled();
            TableRecognition recognition;
            try (TableSource source = TableSource.open(file)) {
                recognition = recognise(source.fileName(), source.header());
            } catch (java.util.concurrent.CancellationException e) {
                throw e;
            } catch (Exception e) {
                throw readFailure(file, e);
            }
            if (recognition.recognised()) {
                readable.add(file);
            } else {
                refusals.add(recognition.problem());
            }
        }
        if (!refusals.isEmpty() && !skipUnrecognised) {
            throw new UnrecognisedFilesException(refusals);
        }
        ListeningSummary listening = ListeningSummary.NONE;
        if (!listeningFiles.isEmpty()) {
            ListeningHistory.Result history = ListeningHistory.read(listeningFiles, context);
            history.tracks().forEach((id, t) -> acc.tracks.merge(id, t, ImportMerge::mergeTrack));
            history.artists().forEach((id, a) -> acc.artists.merge(id, a, ImportMerge::mergeArtist));
            history.problems().forEach(acc::problem);
            acc.rows += history.entries();
            listening = history.summary();
        }
        for (int f = 0; f < readable.size(); f++) {
            context.checkCancelled();
            context.message("Reading " + readable.get(f).getFileName());
            readFile(readable.get(f), acc, context);
            context.progress(f + 1, readable.size());
        }
        int joined = acc.joinAlbums();
        return new ImportResult(acc.tracks.values(), acc.artists.values(), acc.playlists(), acc.rows,
                acc.problems, acc.problemCount, acc.artistsByName.size(), acc.unmapped, refusals, joined, listening);
    }

    private void readFile(Path file, Accumulator acc, TaskContext context) throws IOException {
        try (TableSource source = TableSource.open(file)) {
            TableRecognition recognition = recognise(source.fileName(), source.header());
            Map<Integer, Field> mapping = recognition.mapping();
            for (int i = 0; i < source.header().size(); i++) {
                if (mapping.get(i) == Field.IGNORE) {
                    acc.unmapped.add(source.fileName() + ": " + source.header().get(i));
                }
            }
            RowParser parser = new RowParser(source.header(), mapping);
            TableKind kind = recognition.kind();
            var rows = source.rows();
            long count = 0;
            while (true) {
                String[] row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (java.io.UncheckedIOException e) {
                    if (e.getCause() instanceof JsonProcessingException j) {
                        throw malformed(source.fileName(), j);
                    }
                    throw new IOException(source.fileName() + " line " + (source.line() + 1) + ": could not be read ("
                            + e.getCause().getMessage() + "); nothing was imported", e);
                } catch (RuntimeException e) {
                    throw new IOException(source.fileName() + " line " + (source.line() + 1) + ": malformed ("
                            + e.getMessage() + "); nothing was imported", e);
                }
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                acc.rows++;
                parser.row(row);
                try {
                    switch (kind) {
                        case ARTISTS -> artistRow(parser, acc);
                        case ALBUMS -> albumRow(parser, acc);
                        case TRACKS -> trackRow(parser, acc);
                    }
                } catch (RowParser.RowProblem p) {
                    acc.problem(new Problem(source.fileName(), source.line(), p.column, p.getMessage()));
                }
                // Every row: a row can hold megabytes, and a cancel should not wait for thousands of them.
                context.checkCancelled();
                if (++count % 50_000 == 0) {
                    context.message(String.format(Locale.US, "Reading %s: %,d rows", source.fileName(), count));
                }
            }
        } catch (java.util.concurrent.CancellationException e) {
            throw e; // a cancel, not a bad file: the caller shows "cancelled", not an error
        } catch (Exception e) {
            throw readFailure(file, e);
        }
    }

    /** A file that could not be read, named, in the user's words. */
    private static IOException readFailure(Path file, Exception e) {
        String name = file.getFileName().toString();
        if (e instanceof JsonProcessingException j) {
            return malformed(name, j);
        }
        if (e instanceof IOException io) {
            return io.getMessage() != null && io.getMessage().startsWith(name) ? io
                    : new IOException(name + ": could not be read (" + io.getMessage() + "); nothing was imported", io);
        }
        return new IOException(name + ": " + e.getMessage(), e);
    }

    /** Where the parser gave up and why, in its own words, without the library's class names. */
    private static IOException malformed(String fileName, JsonProcessingException e) {
        JsonProcessingException at = e;
        while (at instanceof JsonMappingException && at.getCause() instanceof JsonProcessingException inner) {
            at = inner;
        }
        JsonLocation where = at.getLocation() != null ? at.getLocation() : e.getLocation();
        String place = where == null || where.getLineNr() < 1 ? ""
                : " line " + where.getLineNr() + ", column " + where.getColumnNr();
        return new IOException(fileName + place + ": malformed (" + at.getOriginalMessage()
                + "); nothing was imported", e);
    }

    private static void artistRow(RowParser p, Accumulator acc) throws RowParser.RowProblem {
        // An artists table recognised from genre tags alone may hold its ids and names in track-like columns.
        String name = p.text(Field.ARTIST_NAMES) != null ? p.text(Field.ARTIST_NAMES) : p.text(Field.TRACK_NAME);
        String id = p.text(Field.ARTIST_IDS) != null ? p.id(Field.ARTIST_IDS) : p.id(Field.TRACK_ID);
        if (id == null && name == null) {
            throw new RowParser.RowProblem(null, "the row has neither an artist id nor a name");
        }
        String artistId = id != null ? id : artistIdForName(name);
        List<String> genres = GenreLists.parse(p.text(Field.GENRES));
        Integer popularity = p.integer(Field.POPULARITY);
        Artist artist = new Artist(artistId, name, genres, p.whole(Field.FOLLOWERS), popularity, Source.FILE,
                genres.isEmpty() ? null : Source.FILE);
        acc.artists.merge(artistId, artist, ImportMerge::mergeArtist);
    }

    /** An album: its name and release date reach the tracks of this import with its id. */
    private static void albumRow(RowParser p, Accumulator acc) throws RowParser.RowProblem {
        String id = p.id(Field.ALBUM_ID);
        if (id == null) {
            throw new RowParser.RowProblem(null, "the row has no album id");
        }
        acc.albums.merge(id, new Album(p.text(Field.ALBUM), releaseDate(p)),
                (older, newer) -> new Album(first(newer.name(), older.name()), first(newer.releaseDate(), older.releaseDate())));
    }

    private static String releaseDate(RowParser p) {
        String release = p.text(Field.RELEASE_DATE);
        return release != null && release.matches("\\d{4}\\.0") ? release.substring(0, 4) : release;
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static void trackRow(RowParser p, Accumulator acc) throws RowParser.RowProblem {
        List<String> names = p.names(Field.ARTIST_NAMES);
        List<String> ids = p.ids(Field.ARTIST_IDS);
        List<String> artistIds = new ArrayList<>();
        if (!ids.isEmpty()) {
            artistIds.addAll(ids);
        } else {
            for (String n : names) {
                String id = artistIdForName(n);
                artistIds.add(id);
                acc.artistsByName.add(id);
            }
        }
        for (int i = 0; i < artistIds.size(); i++) {
            String name = i < names.size() ? names.get(i) : null;
            acc.artists.merge(artistIds.get(i), new Artist(artistIds.get(i), name, List.of(), null, null, Source.FILE, null),
                    ImportMerge::mergeArtist);
        }
        String id = p.id(Field.TRACK_ID);
        String name = p.text(Field.TRACK_NAME);
        if (id == null && name == null) {
            throw new RowParser.RowProblem(null, "the row has neither a track id nor a name");
        }
        String trackId = id != null ? id : trackIdForName(name, names);
        double[] values = new double[AudioFeature.values().length];
        boolean any = false;
        for (Field f : Field.values()) {
            AudioFeature a = f.audioFeature();
            if (a != null) {
                values[a.ordinal()] = p.decimal(f);
                any |= !Double.isNaN(values[a.ordinal()]);
            }
        }
        Track track = new Track(trackId, name, p.text(Field.ALBUM), releaseDate(p), p.durationMs(),
                p.integer(Field.POPULARITY), p.flag(Field.EXPLICIT), artistIds, AudioFeatures.of(values), Source.FILE,
                any ? Source.FILE : null);
        acc.tracks.merge(trackId, track, ImportMerge::mergeTrack);
        String albumId = p.id(Field.ALBUM_ID);
        if (albumId != null) {
            acc.albumOfTrack.put(trackId, albumId);
        }
        String genre = p.text(Field.PLAYLIST_GENRE);
        String playlistId = p.text(Field.PLAYLIST_ID);
        if (playlistId == null && genre != null) {
            playlistId = "genre:" + genre;
        }
        if (playlistId != null) {
            PlaylistBuilder b = acc.playlistBuilders.computeIfAbsent(playlistId, k -> new PlaylistBuilder());
            b.name = b.name != null ? b.name : p.text(Field.PLAYLIST_NAME) != null ? p.text(Field.PLAYLIST_NAME) : genre;
            b.genre = b.genre != null ? b.genre : genre;
            String sub = p.text(Field.PLAYLIST_SUBGENRE);
            if (sub != null) {
                b.tags.add(sub);
            }
            b.trackIds.add(trackId);
        }
    }

    private static final class PlaylistBuilder {
        String name;
        String genre;
        final Set<String> tags = new LinkedHashSet<>();
        final Set<String> trackIds = new LinkedHashSet<>();
    }

    /** What an albums table says about an album, for its tracks. */
    private record Album(String name, String releaseDate) {
    }

    private static final class Accumulator {
        final Map<String, Track> tracks = new LinkedHashMap<>();
        final Map<String, Album> albums = new java.util.HashMap<>();
        final Map<String, String> albumOfTrack = new java.util.HashMap<>();
        final Map<String, Artist> artists = new LinkedHashMap<>();
        final Map<String, PlaylistBuilder> playlistBuilders = new LinkedHashMap<>();
        final Set<String> artistsByName = new java.util.HashSet<>();
        final List<Problem> problems = new ArrayList<>();
        final List<String> unmapped = new ArrayList<>();
        long rows;
        long problemCount;

        void problem(Problem p) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS_KEPT) {
                problems.add(p);
            }
        }

        /**
         * Gives tracks the name and release date of their album from the albums tables of this import, where
         * the track's own file left them out; whichever order the files came in. Returns the tracks joined.
         */
        int joinAlbums() {
            int joined = 0;
            for (var e : albumOfTrack.entrySet()) {
                Album album = albums.get(e.getValue());
                Track t = tracks.get(e.getKey());
                if (album == null || t == null) {
                    continue;
                }
                joined++;
                tracks.put(t.id(), new Track(t.id(), t.name(), first(t.album(), album.name()),
                        first(t.releaseDate(), album.releaseDate()), t.durationMs(), t.popularity(), t.explicit(),
                        t.artistIds(), t.features(), t.source(), t.featuresSource(), t.listening()));
            }
            return joined;
        }

        List<Playlist> playlists() {
            List<Playlist> list = new ArrayList<>();
            playlistBuilders.forEach((id, b) -> list.add(new Playlist(id, b.name, null, b.genre, null,
                    List.copyOf(b.trackIds), List.copyOf(b.tags), Source.FILE)));
            return list;
        }
    }
}
