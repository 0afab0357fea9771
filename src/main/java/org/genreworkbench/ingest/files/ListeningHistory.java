package org.genreworkbench.ingest.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Listening;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.workspace.BoundedInputStream;
import org.genreworkbench.workspace.WorkspaceException;

/**
 * Reads a listener's own Spotify data, the privacy export, given as its zip or as its files: the extended
 * streaming history ({@code Streaming_History_Audio_*.json}), the older {@code StreamingHistory*.json} and
 * {@code YourLibrary.json}. Tracks are kept once per track URI with their plays and time played; podcasts,
 * audiobooks and entries naming no track are set aside and counted. A bad entry is skipped and reported by file
 * and entry; a file that is not valid JSON is reported where it broke and nothing of it is kept. A zip is read
 * entry by entry as a stream, its names checked and its sizes counted as they inflate.
 */
public final class ListeningHistory {
    static final int MAX_ZIP_ENTRIES = 10_000;
    static final long MAX_ENTRY_BYTES = 1L << 30;
    private static final int LEFT_OUT_NAMED = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter OLD_END_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern TRACK_URI = Pattern.compile("spotify:track:([0-9A-Za-z]{1,64})");

    /** The kinds of file in the export this reads; others are left alone. */
    enum Kind {
        EXTENDED_HISTORY(Pattern.compile("Streaming_History_Audio_.*\\.json", Pattern.CASE_INSENSITIVE)),
        OLDER_HISTORY(Pattern.compile("StreamingHistory.*\\.json", Pattern.CASE_INSENSITIVE)),
        LIBRARY(Pattern.compile("YourLibrary\\.json", Pattern.CASE_INSENSITIVE));

        private final Pattern name;

        Kind(Pattern name) {
            this.name = name;
        }

        static Kind of(String fileName) {
            for (Kind k : values()) {
                if (k.name.matcher(fileName).matches()) {
                    return k;
                }
            }
            return null;
        }
    }

    /** What was read: tracks and artists by id, skipped entries, and the counts for the report. */
    record Result(Map<String, Track> tracks, Map<String, Artist> artists, List<Problem> problems, long entries,
                  ListeningSummary summary) {
    }

    /** Whether this file is part of a privacy export (a listening file or a zip that may hold them). */
    public static boolean handles(Path file) {
        String name = file.getFileName().toString();
        return Kind.of(name) != null || name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private final Totals totals = new Totals();
    private final long maxEntryBytes;

    private ListeningHistory(long maxEntryBytes) {
        this.maxEntryBytes = maxEntryBytes;
    }

    /** Reads the files; an archive that cannot be read safely refuses the whole import (an IOException). */
    static Result read(List<Path> files, TaskContext context) throws IOException {
        return read(files, context, MAX_ENTRY_BYTES);
    }

    /** As {@link #read(List, TaskContext)}, with a zip's entries held to {@code maxEntryBytes} each. */
    static Result read(List<Path> files, TaskContext context, long maxEntryBytes) throws IOException {
        ListeningHistory reader = new ListeningHistory(maxEntryBytes);
        for (int f = 0; f < files.size(); f++) {
            context.checkCancelled();
            Path file = files.get(f);
            String name = file.getFileName().toString();
            context.message("Reading " + name);
            if (Kind.of(name) != null) {
                try (InputStream in = Files.newInputStream(file)) {
                    reader.readFile(name, name, Kind.of(name), in, context);
                }
            } else {
                reader.readZip(file, context);
            }
            context.progress(f + 1, files.size());
        }
        Totals t = reader.totals;
        return new Result(t.tracks, t.artists, t.problems, t.entries, new ListeningSummary(t.files, t.plays,
                t.keyedByName, t.podcasts, t.audiobooks, t.withoutTrack, t.leftOut));
    }

    private void readZip(Path zipFile, TaskContext context) throws IOException {
        String zipName = zipFile.getFileName().toString();
        try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                throw new IOException(zipName + ": holds " + zip.size() + " entries, more than the " + MAX_ZIP_ENTRIES
                        + " a Spotify export has; the file may be damaged or hostile; nothing was imported");
            }
            Enumeration<? extends ZipEntry> all = zip.entries();
            List<ZipEntry> listening = new ArrayList<>();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                checkName(zipName, entry.getName());
                String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory()) {
                    continue;
                }
                if (Kind.of(base) == null) {
                    if (totals.leftOut.size() < LEFT_OUT_NAMED) {
                        totals.leftOut.add(zipName + ": " + entry.getName());
                    }
                    continue;
                }
                if (entry.getSize() > maxEntryBytes) {
                    throw new IOException(zipName + ": " + entry.getName() + " declares " + entry.getSize()
                            + " bytes, more than the " + maxEntryBytes + " accepted; nothing was imported");
                }
                listening.add(entry);
            }
            if (listening.isEmpty()) {
                throw new IOException(zipName + ": holds no Streaming_History_Audio_*.json, StreamingHistory*.json "
                        + "or YourLibrary.json; nothing was imported");
            }
            for (ZipEntry entry : listening) {
                context.checkCancelled();
                String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                // Counted as it inflates: the declared size of an entry can lie.
                try (InputStream in = new BoundedInputStream(zip.getInputStream(entry), entry.getName(), maxEntryBytes)) {
                    readFile(zipName + ": " + entry.getName(), base, Kind.of(base), in, context);
                } catch (WorkspaceException e) {
                    throw new IOException(zipName + ": " + entry.getName() + " inflates to more than the "
                            + maxEntryBytes + " bytes accepted (its declared size is wrong); nothing was imported", e);
                }
            }
        } catch (ZipException e) {
            throw new IOException(zipName + ": not a readable zip (" + e.getMessage() + "); nothing was imported", e);
        }
    }

    /** Refuses names that would escape a folder if extracted (zip slip): such an archive is not an export. */
    private static void checkName(String zipName, String name) throws IOException {
        boolean bad = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")
                || name.matches("^[A-Za-z]:.*");
        for (String part : name.split("/")) {
            bad |= part.equals("..");
        }
        if (bad) {
            throw new IOException(zipName + ": the entry name '" + name.replace("\0", "\\0")
                    + "' is not allowed (absolute, or leads outside the archive); nothing was imported");
        }
    }

    /**
     * One listening file, into a tally of its own that joins the totals only when the whole file was read:
     * a file that breaks part way gives nothing.
     */
    private void readFile(String shownName, String baseName, Kind kind, InputStream in, TaskContext context)
            throws IOException {
        Totals file = new Totals();
        long[] entry = {0};
        try (JsonParser parser = JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (kind == Kind.LIBRARY) {
                if (first != JsonToken.START_OBJECT) {
                    throw new NotExpected("is not a JSON object with a \"tracks\" list");
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("tracks") && value == JsonToken.START_ARRAY) {
                        eachEntry(parser, entry, context, node -> libraryEntry(node, shownName, baseName, entry[0], file));
                    } else if (field.equals("episodes") && value == JsonToken.START_ARRAY) {
                        eachEntry(parser, entry, context, node -> file.podcasts++);
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                if (first != JsonToken.START_ARRAY) {
                    throw new NotExpected("is not a JSON array of plays");
                }
                eachEntry(parser, entry, context, node -> {
                    if (kind == Kind.EXTENDED_HISTORY) {
                        extendedEntry(node, shownName, baseName, entry[0], file);
                    } else {
                        olderEntry(node, shownName, baseName, entry[0], file);
                    }
                });
            }
        } catch (NotExpected e) {
            totals.problem(new Problem(shownName, 1, null, e.getMessage() + "; nothing was imported from this file"));
            return;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            totals.problem(Problem.atEntry(shownName, entry[0], null, "malformed" + where + " ("
                    + e.getOriginalMessage() + "); nothing was imported from this file"));
            return;
        }
        file.entries = entry[0];
        totals.files.add(shownName);
        totals.add(file);
    }

    private interface EntryReader {
        void read(JsonNode entry) throws IOException;
    }

    /** A listening file that is valid JSON but not shaped like one. */
    private static final class NotExpected extends IOException {
        NotExpected(String what) {
            super(what);
        }
    }

    /** Each element of the array the parser stands at, one in memory at a time; {@code entry} counts from 1. */
    private static void eachEntry(JsonParser parser, long[] entry, TaskContext context, EntryReader reader)
            throws IOException {
        while (true) {
            entry[0]++; // before reading: a file that breaks between entries is reported at the one it broke in
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                entry[0]--;
                return;
            }
            if (token == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "the file ends inside the list");
            }
            JsonNode node = parser.readValueAsTree();
            context.checkCancelled();
            reader.read(node);
        }
    }

    /** Whether the entry is an object; if not, it is reported. */
    private static boolean isObject(JsonNode e, String shownName, long index, Totals file) {
        if (!e.isObject()) {
            file.problem(Problem.atEntry(shownName, index, null, "not an object"));
        }
        return e.isObject();
    }

    /** Whether the entry says when it was played, readably; if not, it is reported. */
    private static boolean timed(JsonNode e, String field, java.util.function.Function<String, ?> parse, String example,
                                 String shownName, long index, Totals file) {
        String time = text(e, field);
        if (time == null) {
            file.problem(Problem.atEntry(shownName, index, field, "no timestamp"));
            return false;
        }
        try {
            parse.apply(time);
            return true;
        } catch (DateTimeParseException x) {
            file.problem(Problem.atEntry(shownName, index, field, "'" + time + "' is not a time such as " + example));
            return false;
        }
    }

    private static void extendedEntry(JsonNode e, String shownName, String baseName, long index, Totals file) {
        if (!isObject(e, shownName, index, file)) {
            return;
        }
        String uri = text(e, "spotify_track_uri");
        if (uri == null) {
            if (text(e, "spotify_episode_uri") != null || text(e, "episode_name") != null) {
                file.podcasts++;
                return;
            }
            if (text(e, "audiobook_uri") != null || text(e, "audiobook_title") != null) {
                file.audiobooks++;
                return;
            }
        }
        if (!timed(e, "ts", Instant::parse, "2023-01-05T13:37:00Z", shownName, index, file)) {
            return;
        }
        play(e, shownName, baseName, index, file, uri, "master_metadata_track_name",
                "master_metadata_album_artist_name", "master_metadata_album_album_name", "ms_played");
    }

    private static void olderEntry(JsonNode e, String shownName, String baseName, long index, Totals file) {
        if (!isObject(e, shownName, index, file)) {
            return;
        }
        if (text(e, "podcastName") != null || text(e, "episodeName") != null) {
            file.podcasts++;
            return;
        }
        if (!timed(e, "endTime", t -> LocalDateTime.parse(t, OLD_END_TIME), "2023-01-05 13:37", shownName, index, file)) {
            return;
        }
        play(e, shownName, baseName, index, file, null, "trackName", "artistName", null, "msPlayed");
    }

    private static void libraryEntry(JsonNode e, String shownName, String baseName, long index, Totals file) {
        if (!isObject(e, shownName, index, file)) {
            return;
        }
        String uri = text(e, "uri");
        String trackId = trackId(uri, text(e, "track"), text(e, "artist"), shownName, index, "uri", file);
        if (trackId == null) {
            return;
        }
        file.keep(trackId, text(e, "track"), text(e, "artist"), text(e, "album"), new Listening(0, 0, List.of(baseName)));
    }

    /** One play: kept under its track, its time added. */
    private static void play(JsonNode e, String shownName, String baseName, long index, Totals file, String uri,
                             String trackField, String artistField, String albumField, String msField) {
        JsonNode ms = e.get(msField);
        if (ms == null || !ms.canConvertToLong() || !ms.isIntegralNumber() || ms.asLong() < 0) {
            file.problem(Problem.atEntry(shownName, index, msField,
                    ms == null || ms.isNull() ? "no time played" : "'" + ms.asText() + "' is not a number of milliseconds"));
            return;
        }
        String track = text(e, trackField);
        String artist = text(e, artistField);
        String trackId = trackId(uri, track, artist, shownName, index,
                uri == null ? trackField : "spotify_track_uri", file);
        if (trackId == null) {
            return;
        }
        file.plays++;
        file.keep(trackId, track, artist, albumField == null ? null : text(e, albumField),
                new Listening(1, ms.asLong(), List.of(baseName)));
    }

    /**
     * The track's id: the id in its URI, or, without one, its artist and track name as a table import keys them.
     * Null when the entry is set aside (no track named) or skipped (a URI that is not a track's).
     */
    private static String trackId(String uri, String track, String artist, String shownName, long index,
                                  String field, Totals file) {
        if (uri != null) {
            var m = TRACK_URI.matcher(uri);
            if (!m.matches()) {
                file.problem(Problem.atEntry(shownName, index, field, "'" + uri + "' is not a track URI (spotify:track:…)"));
                return null;
            }
            return m.group(1);
        }
        if (track == null) {
            file.withoutTrack++;
            return null;
        }
        file.keyedByName++;
        return TableImporter.trackIdForName(track, artist == null ? List.of() : List.of(artist));
    }

    private static String text(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** Counts and tracks of one file, or of all. */
    private static final class Totals {
        final Map<String, Track> tracks = new LinkedHashMap<>();
        final Map<String, Artist> artists = new LinkedHashMap<>();
        final List<Problem> problems = new ArrayList<>();
        final List<String> files = new ArrayList<>();
        final List<String> leftOut = new ArrayList<>();
        long entries;
        long plays;
        long keyedByName;
        long podcasts;
        long audiobooks;
        long withoutTrack;

        void problem(Problem p) {
            problems.add(p);
        }

        void keep(String trackId, String name, String artist, String album, Listening listening) {
            List<String> artistIds = List.of();
            if (artist != null) {
                String artistId = TableImporter.artistIdForName(artist);
                artistIds = List.of(artistId);
                artists.putIfAbsent(artistId, new Artist(artistId, artist, List.of(), null, null, Source.FILE, null));
            }
            Track track = new Track(trackId, name, album, null, null, null, null, artistIds, AudioFeatures.none(),
                    Source.FILE, null, listening);
            tracks.merge(trackId, track, Totals::samePlayedTrack);
        }

        /** The same track played again: its names as last seen, its plays and time added. */
        private static Track samePlayedTrack(Track older, Track newer) {
            return ImportMerge.mergeTrack(older, newer).withListening(Listening.combine(older.listening(), newer.listening()));
        }

        void add(Totals file) {
            file.tracks.forEach((id, t) -> tracks.merge(id, t, Totals::samePlayedTrack));
            file.artists.forEach(artists::putIfAbsent);
            problems.addAll(file.problems);
            entries += file.entries;
            plays += file.plays;
            keyedByName += file.keyedByName;
            podcasts += file.podcasts;
            audiobooks += file.audiobooks;
            withoutTrack += file.withoutTrack;
        }
    }
}
