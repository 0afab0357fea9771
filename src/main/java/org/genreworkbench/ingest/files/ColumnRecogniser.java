package org.genreworkbench.ingest.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.genreworkbench.model.AudioFeature;

/**
 * Recognises what the columns of one table hold from their names, the way real exports spell them rather
 * than from a list of known names. A header is cut into words (camelCase, spaces, dots, dashes and
 * underscores all split; case and plurals ignored), a leading or trailing entity word ({@code track},
 * {@code artist}, {@code album}, {@code playlist}) says whose attribute it is, and the remaining words name
 * the attribute. The table's own kind (from its file name, else from the entity most of its columns are
 * prefixed with) is the entity of a column that names none: {@code id} is an artist's id in an artists
 * table. So {@code artist_genre}, {@code artistGenres} and {@code Genres} in an artists table are all genre
 * tags, {@code track_album_release_date} and {@code album.releaseDate} a release date, and
 * {@code audio_features_energy} in {@code audio_features.csv} the energy.
 */
public final class ColumnRecogniser {
    private enum Entity { TRACK, ARTIST, ALBUM, PLAYLIST }

    /** Words that say where the data came from, not what it is: dropped from names. */
    private static final Set<String> NOISE = Set.of("spotify", "data", "export", "exported", "table", "csv", "json",
            "tsv", "dataset", "final", "clean", "cleaned", "raw", "all", "my", "w", "with", "and", "of", "by", "the");
    private static final Set<String> ID = Set.of("id", "uri", "url", "href", "link", "external_url", "spotify_url",
            "uuid", "key_id");
    private static final Set<String> NAME = Set.of("", "name", "title");
    private static final Set<String> RELEASE = Set.of("release_date", "release", "released", "date_released",
            "release_year", "year", "date");
    private static final Set<String> FOLLOWERS = Set.of("follower", "follower_total", "total_follower",
            "follower_count", "number_of_follower");
    private static final Set<String> TAGS = Set.of("genre", "genre_tag", "tag", "genre_list");

    private final TableKind kind;
    private final List<String> tableWords;

    private ColumnRecogniser(TableKind kind, List<String> tableWords) {
        this.kind = kind;
        this.tableWords = tableWords;
    }

    /** Recognition for the table in {@code fileName} with this header. */
    public static ColumnRecogniser forTable(String fileName, List<String> header) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]+$", "");
        List<String> fileWords = new ArrayList<>(singular(words(base)));
        fileWords.removeIf(NOISE::contains);
        fileWords.removeIf(w -> w.matches("\\d+"));
        return new ColumnRecogniser(kindOf(fileWords, header), fileWords);
    }

    /** The same table read as another kind, as when the user's mapping says what its rows are. */
    ColumnRecogniser as(TableKind other) {
        return new ColumnRecogniser(other, tableWords);
    }

    /** The kind of this table. */
    public TableKind kind() {
        return kind;
    }

    /**
     * The kind: from the columns when most of them are prefixed with one entity, else from the file
     * name ({@code artists.csv}, {@code spotify_songs.csv}), else an artists table when the columns read as
     * a tracks table hold genre tags and no track id or no audio features ({@code data_w_genres.csv}, an
     * API-shaped artists list), else tracks.
     */
    private static TableKind kindOf(List<String> fileWords, List<String> header) {
        Map<Entity, Integer> prefixed = new EnumMap<>(Entity.class);
        for (String h : header) {
            List<String> w = singular(words(h));
            Entity e = w.isEmpty() ? null : entity(w.get(0));
            if (e != null && e != Entity.PLAYLIST) {
                prefixed.merge(e, 1, Integer::sum);
            }
        }
        var most = prefixed.entrySet().stream().max(Map.Entry.comparingByValue());
        if (most.isPresent() && most.get().getValue() * 2 > header.size()) {
            return kindOf(most.get().getKey());
        }
        for (String w : fileWords) {
            Entity e = entity(w);
            if (e != null && e != Entity.PLAYLIST) {
                return kindOf(e);
            }
            if (w.equals("song") || w.equals("feature") || w.equals("audio")) {
                return TableKind.TRACKS;
            }
        }
        Set<Field> asTracks = java.util.EnumSet.noneOf(Field.class);
        ColumnRecogniser tracks = new ColumnRecogniser(TableKind.TRACKS, fileWords);
        header.forEach(h -> asTracks.add(tracks.field(h)));
        boolean features = asTracks.stream().anyMatch(f -> f.audioFeature() != null);
        return asTracks.contains(Field.GENRES) && !asTracks.contains(Field.PLAYLIST_ID)
                && (!asTracks.contains(Field.TRACK_ID) || !features) ? TableKind.ARTISTS : TableKind.TRACKS;
    }

    private static TableKind kindOf(Entity e) {
        return switch (e) {
            case ARTIST -> TableKind.ARTISTS;
            case ALBUM -> TableKind.ALBUMS;
            default -> TableKind.TRACKS;
        };
    }

    private static Entity own(TableKind kind) {
        return switch (kind) {
            case ARTISTS -> Entity.ARTIST;
            case ALBUMS -> Entity.ALBUM;
            case TRACKS -> Entity.TRACK;
        };
    }

    /**
     * The field of each column. When two columns would give the same field, one is read and the other left
     * out: the user's choice first, then a plain {@code id} before its URI and link forms (an API export holds
     * all three), then the earlier column.
     */
    public Map<Integer, Field> mapping(List<String> header, Map<String, Field> overrides) {
        Map<Integer, Field> mapping = new java.util.TreeMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> overrides.containsKey(header.get(i)) ? 0
                : lastWord(header.get(i)).matches("ids?") ? 1 : 2));
        Set<Field> taken = java.util.EnumSet.noneOf(Field.class);
        for (int i : order) {
            Field f = overrides.getOrDefault(header.get(i), field(header.get(i)));
            mapping.put(i, f != Field.IGNORE && !taken.add(f) ? Field.IGNORE : f);
        }
        return mapping;
    }

    /** What a column of this table holds, or IGNORE. */
    public Field field(String header) {
        List<String> w = new ArrayList<>(words(header));
        boolean plural = !w.isEmpty() && isPlural(lastWord(header));
        w = singular(w);
        // The table's own name as a prefix ("audio_features_energy" in audio_features.csv) says nothing.
        if (!tableWords.isEmpty() && w.size() > tableWords.size() && w.subList(0, tableWords.size()).equals(tableWords)) {
            w = new ArrayList<>(w.subList(tableWords.size(), w.size()));
        }
        if (w.size() > 1) {
            w.remove("spotify");
        }
        if (w.size() > 2 && w.get(0).equals("audio") && w.get(1).equals("feature")) {
            w = new ArrayList<>(w.subList(2, w.size()));
        }
        if (w.isEmpty()) {
            return Field.IGNORE;
        }
        Entity own = own(kind);
        Entity entity = own;
        boolean named = false;
        if (entity(w.get(0)) != null) {
            entity = entity(w.get(0));
            w.remove(0);
            named = true;
            // "track_album_release_date" in a tracks table: the track's own prefix, then the album's.
            if (entity == own && !w.isEmpty() && entity(w.get(0)) != null) {
                entity = entity(w.get(0));
                w.remove(0);
            }
        } else if (w.size() > 1 && entity(w.get(w.size() - 1)) != null) {
            entity = entity(w.remove(w.size() - 1));
            named = true;
        }
        if (!w.isEmpty() && entity(w.get(0)) != null) {
            return Field.IGNORE; // an attribute of a related entity's relation ("album_artist_id"): not ours
        }
        String attribute = String.join("_", w);
        AudioFeature feature = AudioFeature.byFieldName(attribute.equals("timesignature") ? "time_signature" : attribute);
        if (feature != null && entity == Entity.TRACK) {
            return Field.valueOf(feature.name());
        }
        return switch (entity) {
            case TRACK -> trackAttribute(attribute, plural, named);
            case ARTIST -> artistAttribute(attribute);
            case ALBUM -> albumAttribute(attribute);
            case PLAYLIST -> playlistAttribute(attribute);
        };
    }

    private Field trackAttribute(String a, boolean plural, boolean named) {
        if (ID.contains(a)) {
            return Field.TRACK_ID;
        }
        if (NAME.contains(a) || a.equals("song") || a.equals("song_name")) {
            return a.isEmpty() && !named ? Field.IGNORE : Field.TRACK_NAME;
        }
        if (a.equals("genre")) {
            // One genre per track ("track_genre", "genre") is a playlist-style genre; "genres" are tags.
            return plural && !named ? Field.GENRES : Field.PLAYLIST_GENRE;
        }
        if (TAGS.contains(a)) {
            return Field.GENRES;
        }
        if (RELEASE.contains(a)) {
            return Field.RELEASE_DATE;
        }
        if (FOLLOWERS.contains(a)) {
            return Field.FOLLOWERS;
        }
        return switch (a) {
            case "popularity" -> Field.POPULARITY;
            case "explicit", "is_explicit", "explicit_content" -> Field.EXPLICIT;
            case "duration_ms", "duration_millis", "duration_msec", "duration_millisecond", "length_ms" -> Field.DURATION_MS;
            case "duration_s", "duration_sec", "duration_second", "length_s", "length_sec", "length_second" -> Field.DURATION_S;
            case "duration", "length" -> Field.DURATION;
            case "subgenre", "sub_genre" -> Field.PLAYLIST_SUBGENRE;
            case "album_name" -> Field.ALBUM;
            default -> Field.IGNORE;
        };
    }

    private Field artistAttribute(String a) {
        if (ID.contains(a)) {
            return Field.ARTIST_IDS;
        }
        if (NAME.contains(a)) {
            return Field.ARTIST_NAMES;
        }
        if (TAGS.contains(a)) {
            return Field.GENRES;
        }
        if (FOLLOWERS.contains(a)) {
            return Field.FOLLOWERS;
        }
        // An artist's popularity in a tracks table would be read as the track's: only an artists table has it.
        return a.equals("popularity") && kind == TableKind.ARTISTS ? Field.POPULARITY : Field.IGNORE;
    }

    private Field albumAttribute(String a) {
        if (ID.contains(a)) {
            return Field.ALBUM_ID;
        }
        if (NAME.contains(a)) {
            return Field.ALBUM;
        }
        return RELEASE.contains(a) ? Field.RELEASE_DATE : Field.IGNORE;
    }

    private static Field playlistAttribute(String a) {
        if (ID.contains(a)) {
            return Field.PLAYLIST_ID;
        }
        if (NAME.contains(a)) {
            return Field.PLAYLIST_NAME;
        }
        return switch (a) {
            case "genre" -> Field.PLAYLIST_GENRE;
            case "subgenre", "sub_genre" -> Field.PLAYLIST_SUBGENRE;
            default -> Field.IGNORE;
        };
    }

    /**
     * The fields nearest to an unrecognised column's name, best first (at most three): what a user most
     * likely meant, to offer in the mapping step and name in the refusal.
     */
    public static List<Field> nearest(String header) {
        String h = String.join("_", singular(words(header)));
        record Scored(Field field, double distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f == Field.IGNORE) {
                continue;
            }
            double best = Double.MAX_VALUE;
            for (String name : f.names()) {
                String n = String.join("_", singular(words(name)));
                double d = distance(h, n) / (double) Math.max(h.length(), n.length());
                // A shared whole word ("title" in "Song Title") counts as near as a one-letter slip.
                for (String word : h.split("_")) {
                    if (word.length() > 2 && List.of(n.split("_")).contains(word)) {
                        d = Math.min(d, 0.3);
                    }
                }
                best = Math.min(best, d);
            }
            if (best < 0.5) {
                scored.add(new Scored(f, best));
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::distance)).limit(3).map(Scored::field).toList();
    }

    private static Entity entity(String word) {
        return switch (word) {
            case "track" -> Entity.TRACK;
            case "artist" -> Entity.ARTIST;
            case "album" -> Entity.ALBUM;
            case "playlist" -> Entity.PLAYLIST;
            default -> null;
        };
    }

    /** "trackAlbum.Release-Date" reads as [track, album, release, date]. */
    static List<String> words(String header) {
        String spaced = header.strip()
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : spaced.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String lastWord(String header) {
        List<String> w = words(header);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    private static boolean isPlural(String word) {
        return !singular(word).equals(word);
    }

    private static List<String> singular(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        words.forEach(w -> out.add(singular(w)));
        return out;
    }

    /** "artists" → "artist", "ids" → "id"; "loudness", "ms" and "status" stay. */
    private static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() >= 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
