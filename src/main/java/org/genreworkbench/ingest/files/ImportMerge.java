package org.genreworkbench.ingest.files;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;

/**
 * Applies an import to a project in one step. A track or artist already there keeps its fields and takes
 * the imported ones where those are present (the newest wins, nothing known is lost); playlists join their
 * track lists.
 */
public final class ImportMerge {

    /** What merging did. */
    public record Counts(int newTracks, int updatedTracks, int newArtists, int updatedArtists, int playlists,
                         double artistMatchRate) {
    }

    private ImportMerge() {
    }

    public static Counts apply(Project project, ImportResult result) {
        List<Track> tracks = new ArrayList<>();
        int newTracks = mergeById(result.tracks(), Track::id, project::track, ImportMerge::mergeTrack, tracks);
        List<Artist> artists = new ArrayList<>();
        int newArtists = mergeById(result.artists(), Artist::id, project::artist, ImportMerge::mergeArtist, artists);
        List<Playlist> playlists = new ArrayList<>();
        mergeById(result.playlists(), Playlist::id, project.playlists()::get, ImportMerge::mergePlaylist, playlists);
        project.putArtists(artists);
        project.putTracks(tracks);
        project.putPlaylists(playlists);
        return new Counts(newTracks, tracks.size() - newTracks, newArtists, artists.size() - newArtists,
                playlists.size(), matchRate(project, result));
    }

    /** Each imported item merged into the one of the same id already there, if any; returns how many are new. */
    private static <T> int mergeById(Collection<T> imported, Function<T, String> id, Function<String, T> existing,
                                     BinaryOperator<T> merge, List<T> out) {
        int added = 0;
        for (T item : imported) {
            T old = existing.apply(id.apply(item));
            added += old == null ? 1 : 0;
            out.add(old == null ? item : merge.apply(old, item));
        }
        return added;
    }

    /** Both track lists and tag lists joined, the newer playlist's present fields over the older's. */
    static Playlist mergePlaylist(Playlist old, Playlist p) {
        LinkedHashSet<String> ids = new LinkedHashSet<>(old.trackIds());
        ids.addAll(p.trackIds());
        LinkedHashSet<String> tags = new LinkedHashSet<>(old.tags());
        tags.addAll(p.tags());
        return new Playlist(p.id(), first(p.name(), old.name()), first(old.query(), p.query()),
                first(p.genre(), old.genre()), first(p.owner(), old.owner()), List.copyOf(ids), List.copyOf(tags),
                p.source());
    }

    /**
     * Of the tracks whose artists are known only by name, the share that now has genre tags through one of
     * them: how well tracks of one file met the artists of another. NaN when no track names its artists so.
     */
    static double matchRate(Project project, ImportResult result) {
        long named = 0;
        long matched = 0;
        for (Track t : project.tracks().values()) {
            if (t.artistIds().stream().anyMatch(id -> id.startsWith("name:"))) {
                named++;
                matched += t.artistIds().stream().map(project::artist)
                        .anyMatch(a -> a != null && !a.genres().isEmpty()) ? 1 : 0;
            }
        }
        return named == 0 ? Double.NaN : (double) matched / named;
    }

    /**
     * The newer track's present fields over the older's; features merged field by field. Listening figures
     * are replaced, not added: importing the same export twice must not double its play counts.
     */
    public static Track mergeTrack(Track older, Track newer) {
        boolean newFeatures = !newer.features().isEmpty();
        return new Track(older.id(), first(newer.name(), older.name()), first(newer.album(), older.album()),
                first(newer.releaseDate(), older.releaseDate()), first(newer.durationMs(), older.durationMs()),
                first(newer.popularity(), older.popularity()), first(newer.explicit(), older.explicit()),
                newer.artistIds().isEmpty() ? older.artistIds() : newer.artistIds(),
                newer.features().fillMissingFrom(older.features()),
                first(newer.source(), older.source()), newFeatures ? newer.featuresSource() : older.featuresSource(),
                first(newer.listening(), older.listening()));
    }

    /** The newer artist's present fields over the older's; tags replaced only by a non-empty list. */
    public static Artist mergeArtist(Artist older, Artist newer) {
        boolean newGenres = !newer.genres().isEmpty();
        return new Artist(older.id(), first(newer.name(), older.name()), newGenres ? newer.genres() : older.genres(),
                first(newer.followers(), older.followers()), first(newer.popularity(), older.popularity()),
                first(newer.source(), older.source()), newGenres ? newer.genresSource() : older.genresSource());
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
