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
 * name, which is how tracks of one file meet the artists of another: joined by name.
 */
public final class TableImporter {
    private static final int MAX_PROBLEMS_KEPT = 10_000;

    private final Map<String, Field> overrides;

    /** @param overrides column name to field, the user's mapping; wins over recognition */
    public TableImporter(Map<String, Field> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** The id an artist known only by name gets: the same for the same name in any file. */
    public static String artistIdForName(String name) {
        return "name:" + name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The field each column would be read as: recognition and the user's mapping together. */
    public Map<Integer, Field> mapping(List<String> header) {
        Map<Integer, Field> mapping = new LinkedHashMap<>();
        Set<Field> taken = new java.util.HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            Field f = overrides.getOrDefault(header.get(i), Field.suggest(header.get(i)));
            // A field read from two columns would be ambiguous: the first claim holds, the rest are ignored.
            mapping.put(i, f != Field.IGNORE && !taken.add(f) ? Field.IGNORE : f);
        }
        return mapping;
    }

    public ImportResult read(List<Path> files, TaskContext context) throws IOException {
        Accumulator acc = new Accumulator();
        for (int f = 0; f < files.size(); f++) {
            context.checkCancelled();
            context.message("Reading " + files.get(f).getFileName());
            readFile(files.get(f), acc, context);
            context.progress(f + 1, files.size());
        }
        return new ImportResult(acc.tracks.values(), acc.artists.values(), acc.playlists(), acc.rows,
                acc.problems, acc.problemCount, acc.artistsByName.size(), acc.unmapped);
    }

    private void readFile(Path file, Accumulator acc, TaskContext context) throws IOException {
        try (TableSource source = TableSource.open(file)) {
            Map<Integer, Field> mapping = mapping(source.header());
            mapping.forEach((i, field) -> {
                if (field == Field.IGNORE) {
                    acc.unmapped.add(source.fileName() + ": " + source.header().get(i));
                }
            });
            RowParser parser = new RowParser(source.header(), mapping);
            // Genre tags without a track id (data_w_genres.csv), or with an id but no audio features
            // (an API-shaped artists table), make an artist table.
            boolean artistTable = parser.has(Field.GENRES) && !parser.has(Field.PLAYLIST_ID)
                    && (!parser.has(Field.TRACK_ID) || !hasAudioFeatures(parser));
            if (!artistTable && !parser.has(Field.TRACK_ID) && !parser.has(Field.TRACK_NAME)) {
                throw new IOException(source.fileName() + ": no column holds a track id or name, nor genre tags; "
                        + "map the columns by hand (header: " + String.join(", ", source.header()) + ")");
            }
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
                    if (artistTable) {
                        artistRow(parser, acc);
                    } else {
                        trackRow(parser, acc, source.fileName());
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
        } catch (JsonProcessingException e) {
            throw malformed(file.getFileName().toString(), e);
        } catch (IOException e) {
            String name = file.getFileName().toString();
            throw e.getMessage() != null && e.getMessage().startsWith(name) ? e
                    : new IOException(name + ": could not be read (" + e.getMessage() + "); nothing was imported", e);
        } catch (Exception e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
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

    private static boolean hasAudioFeatures(RowParser parser) {
        for (Field f : Field.values()) {
            if (f.audioFeature() != null && parser.has(f)) {
                return true;
            }
        }
        return false;
    }

    private static void artistRow(RowParser p, Accumulator acc) throws RowParser.RowProblem {
        String name = p.text(Field.ARTIST_NAMES) != null ? p.text(Field.ARTIST_NAMES) : p.text(Field.TRACK_NAME);
        String id = p.text(Field.ARTIST_IDS) != null ? p.text(Field.ARTIST_IDS) : p.text(Field.TRACK_ID);
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

    private static void trackRow(RowParser p, Accumulator acc, String file) throws RowParser.RowProblem {
        List<String> names = p.names(Field.ARTIST_NAMES);
        List<String> ids = p.names(Field.ARTIST_IDS);
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
        String id = p.text(Field.TRACK_ID);
        String name = p.text(Field.TRACK_NAME);
        if (id == null && name == null) {
            throw new RowParser.RowProblem(null, "the row has neither a track id nor a name");
        }
        if (id != null && id.startsWith("spotify:track:")) {
            id = id.substring("spotify:track:".length());
        }
        String trackId = id != null ? id : "name:" + (name + "|" + String.join("|", names)).toLowerCase(Locale.ROOT);
        double[] values = new double[AudioFeature.values().length];
        boolean any = false;
        for (Field f : Field.values()) {
            AudioFeature a = f.audioFeature();
            if (a != null) {
                values[a.ordinal()] = p.decimal(f);
                any |= !Double.isNaN(values[a.ordinal()]);
            }
        }
        String release = p.text(Field.RELEASE_DATE);
        if (release != null && release.matches("\\d{4}\\.0")) {
            release = release.substring(0, 4);
        }
        Track track = new Track(trackId, name, p.text(Field.ALBUM), release, p.integer(Field.DURATION_MS),
                p.integer(Field.POPULARITY), p.flag(Field.EXPLICIT), artistIds, AudioFeatures.of(values), Source.FILE,
                any ? Source.FILE : null);
        acc.tracks.merge(trackId, track, (older, newer) -> ImportMerge.mergeTrack(older, newer));
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

    private static final class Accumulator {
        final Map<String, Track> tracks = new LinkedHashMap<>();
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

        List<Playlist> playlists() {
            List<Playlist> list = new ArrayList<>();
            playlistBuilders.forEach((id, b) -> list.add(new Playlist(id, b.name, null, b.genre, null,
                    List.copyOf(b.trackIds), List.copyOf(b.tags), Source.FILE)));
            return list;
        }
    }
}
