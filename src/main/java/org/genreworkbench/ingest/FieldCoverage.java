package org.genreworkbench.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;

/**
 * Every field of the workspace's tracks and artists with how many have it and where it came from, and for a
 * field nobody has, where it could come from: what a user's Spotify app cannot get since 2024–2026 and which
 * service or file has it.
 */
public final class FieldCoverage {
    private FieldCoverage() {
    }

    /**
     * One field.
     *
     * @param bySource how many have it, per source
     * @param advice   where the field could come from, for a field that no track or artist has; empty otherwise
     */
    public record Row(String field, int present, int total, Map<Source, Integer> bySource, String advice) {
        /** "tempo: 96 % (ReccoBeats 96 %)", or "popularity: none — Spotify gives …". */
        public String describe() {
            if (total == 0) {
                return field + ": nothing to count";
            }
            if (present == 0) {
                return field + ": none" + (advice.isEmpty() ? "" : " — " + advice);
            }
            StringBuilder sb = new StringBuilder(String.format(Locale.US, "%s: %s of %,d (", field, percent(present), total));
            List<String> parts = new ArrayList<>();
            bySource.forEach((s, n) -> parts.add(displayName(s) + " " + percent(n)));
            return sb.append(String.join(", ", parts)).append(')').toString();
        }

        private String percent(int n) {
            double p = 100.0 * n / total;
            return p > 0 && p < 1 ? "<1 %" : p < 100 && p > 99 ? ">99 %" : String.format(Locale.US, "%.0f %%", p);
        }
    }

    /** The names users know the sources by. */
    public static String displayName(Source source) {
        return switch (source) {
            case SPOTIFY -> "Spotify";
            case RECCOBEATS -> "ReccoBeats";
            case MUSICBRAINZ -> "MusicBrainz";
            case FILE -> "imported files";
            case SYNTHETIC -> "sample generator";
        };
    }

    private static final String EXTENDED = "Spotify gives it only to apps with extended quota since 2026";
    private static final String FEATURES = "Spotify's audio features are closed to apps made since late 2024; "
            + "ReccoBeats (switch it on in Connect) or imported Kaggle/TidyTuesday tables have them";

    public static List<Row> of(Project project) {
        List<Track> tracks = List.copyOf(project.tracks().values());
        List<Artist> artists = List.copyOf(project.artists().values());
        List<Row> rows = new ArrayList<>();
        rows.add(row("track name", tracks, t -> t.name() != null, Track::source, ""));
        rows.add(row("album", tracks, t -> t.album() != null, Track::source, ""));
        rows.add(row("release date", tracks, t -> t.releaseDate() != null, Track::source, ""));
        rows.add(row("duration", tracks, t -> t.durationMs() != null, Track::source, ""));
        rows.add(row("popularity", tracks, t -> t.popularity() != null, Track::source,
                EXTENDED + "; the Kaggle and TidyTuesday tables have it (Import files…)"));
        rows.add(row("explicit", tracks, t -> t.explicit() != null, Track::source, ""));
        boolean reccoBeatsUsed = tracks.stream().anyMatch(t -> t.featuresSource() == Source.RECCOBEATS);
        for (AudioFeature f : AudioFeature.values()) {
            String advice = f == AudioFeature.TIME_SIGNATURE || reccoBeatsUsed
                    ? "ReccoBeats does not give it; Spotify's audio features (closed to apps made since late 2024) and the "
                    + "Kaggle/TidyTuesday tables have it" : FEATURES;
            rows.add(row(f.fieldName().replace('_', ' '), tracks, t -> t.features().has(f), Track::featuresSource, advice));
        }
        rows.add(row("artist genres", artists, a -> !a.genres().isEmpty(), Artist::genresSource,
                "switch MusicBrainz on in Connect, or import an artist table with genres (data_w_genres.csv)"));
        rows.add(row("artist followers", artists, a -> a.followers() != null, Artist::source,
                EXTENDED + "; import an artist table that has them"));
        rows.add(row("artist popularity", artists, a -> a.popularity() != null, Artist::source,
                EXTENDED + "; data_w_genres.csv has it (Import files…)"));
        return rows;
    }

    private static <T> Row row(String field, List<T> items, Predicate<T> has, Function<T, Source> source, String advice) {
        Map<Source, Integer> bySource = new EnumMap<>(Source.class);
        int present = 0;
        for (T item : items) {
            if (has.test(item)) {
                present++;
                Source s = source.apply(item);
                bySource.merge(s == null ? Source.FILE : s, 1, Integer::sum);
            }
        }
        return new Row(field, present, items.size(), bySource, advice);
    }
}
