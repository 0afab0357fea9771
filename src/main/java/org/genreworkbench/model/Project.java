package org.genreworkbench.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whole in-memory project: what one workspace file holds.
 *
 * <p>Not thread-safe by design: one thread owns it (the UI thread in the app). Background work reads a
 * snapshot or computes results that the owner then applies, so no half-applied state is ever visible.
 * Every change bumps {@link #revision()} and tells the listeners, which is how view models stay current
 * without the model knowing about any UI toolkit.
 */
public final class Project {
    // Shared with snapshots until either side changes them: see CopiedOnWrite.
    private final CopiedOnWrite<Track> tracks;
    private final CopiedOnWrite<Artist> artists;
    private final CopiedOnWrite<Playlist> playlists;
    private final List<LabelScheme> labelSchemes = new ArrayList<>();
    private final List<Experiment> experiments = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String activeLabelScheme;
    private IngestState ingestState = IngestState.empty();
    private long revision;
    /** {@link #genreTags()} as last counted; null once the artists have changed since. */
    private List<String> genreTags;

    public Project() {
        this(0, 0);
    }

    /** An empty project with room for this many tracks and artists: a workspace opens a million at once. */
    public Project(int expectedTracks, int expectedArtists) {
        this(new CopiedOnWrite<>(sizedFor(expectedTracks)), new CopiedOnWrite<>(sizedFor(expectedArtists)),
                new CopiedOnWrite<>(new LinkedHashMap<>()));
    }

    private Project(CopiedOnWrite<Track> tracks, CopiedOnWrite<Artist> artists, CopiedOnWrite<Playlist> playlists) {
        this.tracks = tracks;
        this.artists = artists;
        this.playlists = playlists;
    }

    /** The tracks by id, in the order added; a read-only view that follows later changes. */
    public Map<String, Track> tracks() {
        return tracks.view();
    }

    public Map<String, Artist> artists() {
        return artists.view();
    }

    public Map<String, Playlist> playlists() {
        return playlists.view();
    }

    public List<LabelScheme> labelSchemes() {
        return Collections.unmodifiableList(labelSchemes);
    }

    public List<Experiment> experiments() {
        return Collections.unmodifiableList(experiments);
    }

    public IngestState ingestState() {
        return ingestState;
    }

    /** The name of the label scheme the Models tab trains on, or null. */
    public String activeLabelScheme() {
        return activeLabelScheme;
    }

    public Track track(String id) {
        return tracks.read().get(id);
    }

    public Artist artist(String id) {
        return artists.read().get(id);
    }

    /** Adds or replaces tracks by id. */
    public void putTracks(Collection<Track> newTracks) {
        Map<String, Track> own = tracks.write();
        for (Track t : newTracks) {
            own.put(t.id(), t);
        }
        changed();
    }

    /** Adds or replaces artists by id. */
    public void putArtists(Collection<Artist> newArtists) {
        Map<String, Artist> own = artists.write();
        for (Artist a : newArtists) {
            own.put(a.id(), a);
        }
        genreTags = null;
        changed();
    }

    /** Adds or replaces playlists by id. */
    public void putPlaylists(Collection<Playlist> newPlaylists) {
        Map<String, Playlist> own = playlists.write();
        for (Playlist p : newPlaylists) {
            own.put(p.id(), p);
        }
        changed();
    }

    /** Adds a label scheme, replacing one of the same name. */
    public void putLabelScheme(LabelScheme scheme) {
        labelSchemes.removeIf(s -> s.name().equals(scheme.name()));
        labelSchemes.add(scheme);
        changed();
    }

    public void removeLabelScheme(String name) {
        labelSchemes.removeIf(s -> s.name().equals(name));
        if (name.equals(activeLabelScheme)) {
            activeLabelScheme = null;
        }
        changed();
    }

    /** Makes the named scheme active; null clears the choice. */
    public void setActiveLabelScheme(String name) {
        if (name != null && labelSchemes.stream().noneMatch(s -> s.name().equals(name))) {
            throw new IllegalArgumentException("no label scheme named '" + name + "'");
        }
        activeLabelScheme = name;
        changed();
    }

    /** Adds an experiment, replacing one with the same id. */
    public void putExperiment(Experiment experiment) {
        experiments.removeIf(e -> e.id().equals(experiment.id()));
        experiments.add(experiment);
        changed();
    }

    public void setIngestState(IngestState state) {
        ingestState = Objects.requireNonNull(state);
        changed();
    }

    /**
     * Every distinct genre tag carried by an artist, sorted. Kept until the artists change: the status bar asks after
     * every change of the project, and a million tracks' artists take a sixth of a second to go through.
     */
    public List<String> genreTags() {
        if (genreTags == null) {
            TreeSet<String> tags = new TreeSet<>();
            for (Artist a : artists.read().values()) {
                tags.addAll(a.genres());
            }
            genreTags = List.copyOf(tags);
        }
        return genreTags;
    }

    /**
     * The genre tags of a track: the union of its artists' tags, each once, in first-seen order; artists the
     * workspace does not hold add nothing. The one walk from a track to its tags, for tag statistics, the tag
     * tree's tracks, label schemes and the Data table alike.
     */
    public List<String> genreTagsOf(Track track) {
        return genreTagsOf(track.artistIds());
    }

    /** The genre tags of these artists, each once, in the order met. */
    public List<String> genreTagsOf(List<String> artistIds) {
        Set<String> result = new LinkedHashSet<>();
        for (String artistId : artistIds) {
            Artist a = artists.read().get(artistId);
            if (a != null) {
                result.addAll(a.genres());
            }
        }
        return List.copyOf(result);
    }

    /** Track id to playlist genre for every track in a playlist with a genre; first playlist wins. */
    public Map<String, String> playlistGenres() {
        Map<String, String> genres = new LinkedHashMap<>();
        for (Playlist p : playlists.read().values()) {
            if (p.genre() != null) {
                for (String id : p.trackIds()) {
                    genres.putIfAbsent(id, p.genre());
                }
            }
        }
        return genres;
    }

    /**
     * A project holding this one's artists and nothing else: for background work over an array of the tracks that
     * looks their artists up while the window's thread goes on changing this one.
     */
    public Project artistsOnly() {
        return new Project(new CopiedOnWrite<>(new LinkedHashMap<>()), artists.share(),
                new CopiedOnWrite<>(new LinkedHashMap<>()));
    }

    /**
     * A copy for background work, which either side may go on changing without the other seeing it: records are
     * immutable, so copying the collections suffices, and the large ones are copied only when one side changes
     * them ({@link CopiedOnWrite}).
     */
    public Project snapshot() {
        Project copy = new Project(tracks.share(), artists.share(), playlists.share());
        copy.genreTags = genreTags;
        copy.labelSchemes.addAll(labelSchemes);
        copy.experiments.addAll(experiments);
        copy.activeLabelScheme = activeLabelScheme;
        copy.ingestState = ingestState;
        copy.revision = revision;
        return copy;
    }

    /** Counts changes; a view model compares revisions to know it must refresh. */
    public long revision() {
        return revision;
    }

    /** Called after every change, on the thread that made it. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        revision++;
        for (Runnable l : listeners) {
            l.run();
        }
    }

    /** An empty map that takes {@code size} entries without growing. */
    private static <V> Map<String, V> sizedFor(int size) {
        return size <= 12 ? new LinkedHashMap<>() : new LinkedHashMap<>((int) (size / 0.75f) + 1);
    }
}
