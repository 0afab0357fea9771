package org.genreworkbench.ingest.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.genreworkbench.ingest.spotify.Capabilities.Capability;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.IngestState;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;
import org.genreworkbench.task.TaskContext;

/**
 * Builds a data set from Spotify as the original study did — genre queries, their playlists, every track once,
 * each new artist once — and keeps going where Spotify has closed doors: audio features from ReccoBeats, genre
 * tags from MusicBrainz, one artist per request when the batch endpoint is closed. A closed capability is
 * switched to its fallback once, not per request. Work is handed over playlist by playlist with the state of
 * what remains, so a cancel or a crash loses at most the playlist in progress and a later run resumes.
 */
public final class SpotifyIngestion {
    private final HttpGateway gateway;
    private final SpotifyClient spotify;
    private final ReccoBeatsClient recco;
    private final MusicBrainzClient musicBrainz;
    private final IngestListener listener;
    private final Capabilities capabilities;

    /** Counts of a run. */
    public record Summary(int playlists, int newTracks, int knownTracks, int newArtists, long requests, int errors) {
    }

    public SpotifyIngestion(ServiceConfig config, IngestListener listener, Sleeper sleeper, LongSupplier clock,
                            Capabilities capabilities) {
        this.listener = listener;
        this.capabilities = capabilities;
        this.gateway = new HttpGateway(config, listener, sleeper);
        SpotifyAuth auth = new SpotifyAuth(config, gateway, clock);
        this.spotify = new SpotifyClient(config, gateway, auth);
        this.recco = new ReccoBeatsClient(config, gateway);
        this.musicBrainz = new MusicBrainzClient(config, gateway, sleeper, clock);
    }

    public static SpotifyIngestion create(ServiceConfig config, IngestListener listener) {
        return new SpotifyIngestion(config, listener, Sleeper.REAL, System::currentTimeMillis, Capabilities.assumeAll());
    }

    public Capabilities capabilities() {
        return capabilities;
    }

    public long requests() {
        return gateway.requestCount();
    }

    public SpotifyClient spotify() {
        return spotify;
    }

    /** Finds out what this app may do, with a handful of requests on one playlist found by a search. */
    public Capabilities probe(String query) throws IOException {
        List<SpotifyClient.Candidate> found = spotify.searchPlaylists(query, 1);
        if (found.isEmpty()) {
            throw new IOException("the search for '" + query + "' found no playlist to probe with");
        }
        List<JsonNode> tracks;
        try {
            tracks = spotify.playlistTracks(found.get(0).id());
            capabilities.set(Capability.PLAYLIST_ITEMS, new Capabilities.Finding(true, 200, "available"));
        } catch (HttpStatusException e) {
            capabilities.close(Capability.PLAYLIST_ITEMS, e.status(), e.getMessage());
            return capabilities;
        }
        if (tracks.isEmpty()) {
            return capabilities;
        }
        String trackId = tracks.get(0).get("id").asText();
        String artistId = tracks.get(0).path("artists").path(0).path("id").asText(null);
        probe(Capability.BATCH_TRACKS, () -> spotify.tracks(List.of(trackId)));
        probe(Capability.AUDIO_FEATURES, () -> spotify.audioFeatures(List.of(trackId)));
        if (artistId != null) {
            List<JsonNode> artists = probe(Capability.BATCH_ARTISTS, () -> spotify.artists(List.of(artistId)));
            JsonNode artist = artists != null && !artists.isEmpty() ? artists.get(0) : null;
            if (artist == null && !capabilities.available(Capability.BATCH_ARTISTS)) {
                artist = spotify.artist(artistId);
            }
            boolean genres = artist != null && artist.path("genres").size() > 0;
            boolean followers = artist != null && artist.path("followers").path("total").isNumber();
            capabilities.set(Capability.ARTIST_GENRES, genres || followers
                    ? new Capabilities.Finding(true, 200, "available")
                    : new Capabilities.Finding(false, 200, "Spotify returns no genres or followers to this app"));
        }
        return capabilities;
    }

    private interface Call {
        List<JsonNode> run() throws IOException;
    }

    private List<JsonNode> probe(Capability c, Call call) throws IOException {
        try {
            List<JsonNode> result = call.run();
            capabilities.set(c, new Capabilities.Finding(true, 200, "available"));
            return result;
        } catch (HttpStatusException e) {
            if (e.status() == 403 || e.status() == 404) {
                capabilities.close(c, e.status(), e.getMessage());
                return null;
            }
            throw e;
        }
    }

    /**
     * Runs (or resumes) an ingestion. {@code sink} receives each finished piece; it must apply it to the
     * project atomically, on whatever thread owns the project.
     */
    public Summary run(Project snapshot, IngestPlan plan, Consumer<IngestBatch> sink, TaskContext context)
            throws IOException {
        Set<String> knownTracks = new HashSet<>(snapshot.tracks().keySet());
        Set<String> knownArtists = new HashSet<>(snapshot.artists().keySet());
        Map<String, List<String>> mbCache = new HashMap<>(snapshot.ingestState().musicBrainzGenres());
        Map<String, Playlist> playlists = new LinkedHashMap<>(snapshot.playlists());
        List<String> pending = new ArrayList<>(snapshot.ingestState().pendingPlaylistIds());
        if (pending.isEmpty()) {
            List<Playlist> chosen = choosePlaylists(plan, context);
            chosen.forEach(p -> playlists.put(p.id(), p));
            chosen.forEach(p -> pending.add(p.id()));
            sink.accept(new IngestBatch(List.of(), List.of(), chosen, new IngestState(pending, mbCache)));
            listener.log("chose " + chosen.size() + " playlists");
        } else {
            listener.log("resuming: " + pending.size() + " playlists still to read");
        }
        int total = pending.size();
        int done = 0;
        int newTracks = 0;
        int known = 0;
        int newArtists = 0;
        int errors = 0;
        for (String playlistId : List.copyOf(pending)) {
            context.checkCancelled();
            Playlist meta = playlists.getOrDefault(playlistId,
                    new Playlist(playlistId, null, null, null, null, List.of(), List.of(), Source.SPOTIFY));
            context.message("Playlist " + (done + 1) + " of " + total + ": " + (meta.name() == null ? playlistId : meta.name()));
            List<JsonNode> items;
            try {
                items = spotify.playlistTracks(playlistId);
            } catch (HttpStatusException e) {
                if (e.status() == 403 || e.status() == 404) {
                    errors++;
                    listener.log("skipped playlist " + playlistId + ": " + e.getMessage());
                    if (e.status() == 403) {
                        capabilities.close(Capability.PLAYLIST_ITEMS, 403, e.getMessage());
                    }
                    pending.remove(playlistId);
                    sink.accept(new IngestBatch(List.of(), List.of(), List.of(), new IngestState(pending, mbCache)));
                    listener.progress(new IngestListener.Counts(done, total, newTracks, known, newArtists,
                            gateway.requestCount(), errors));
                    continue;
                }
                throw e;
            }
            Map<String, Track> fresh = new LinkedHashMap<>();
            Map<String, Artist> named = new LinkedHashMap<>();
            List<String> order = new ArrayList<>();
            for (JsonNode t : items) {
                Track track = SpotifyData.track(t);
                if (track == null) {
                    continue;
                }
                order.add(track.id());
                if (knownTracks.contains(track.id()) || fresh.containsKey(track.id())) {
                    known++;
                    continue;
                }
                fresh.put(track.id(), track);
                for (Artist a : SpotifyData.trackArtists(t)) {
                    if (!knownArtists.contains(a.id())) {
                        named.putIfAbsent(a.id(), a);
                    }
                }
            }
            context.checkCancelled();
            Map<String, Found> features = features(List.copyOf(fresh.keySet()), plan);
            List<Track> tracks = new ArrayList<>();
            for (Track t : fresh.values()) {
                Found f = features.get(t.id());
                tracks.add(f == null ? t : t.withFeatures(f.features(), f.source()));
            }
            context.checkCancelled();
            List<Artist> artists = artists(named, plan, mbCache, context);
            pending.remove(playlistId);
            Playlist filled = new Playlist(meta.id(), meta.name(), meta.query(), meta.genre(), meta.owner(),
                    List.copyOf(new LinkedHashSet<>(order)), meta.tags(), Source.SPOTIFY);
            sink.accept(new IngestBatch(tracks, artists, List.of(filled), new IngestState(pending, mbCache)));
            knownTracks.addAll(fresh.keySet());
            knownArtists.addAll(named.keySet());
            newTracks += tracks.size();
            newArtists += artists.size();
            done++;
            context.progress(done, total);
            listener.progress(new IngestListener.Counts(done, total, newTracks, known, newArtists,
                    gateway.requestCount(), errors));
            listener.log(String.format("%s: %d tracks, %d new, %d new artists", meta.name(), order.size(), tracks.size(),
                    artists.size()));
        }
        return new Summary(done, newTracks, known, newArtists, gateway.requestCount(), errors);
    }

    /** Features with the service that gave them. */
    private record Found(AudioFeatures features, Source source) {
    }

    private List<Playlist> choosePlaylists(IngestPlan plan, TaskContext context) throws IOException {
        Map<String, Playlist> chosen = new LinkedHashMap<>();
        for (String query : plan.queries()) {
            context.checkCancelled();
            context.message("Searching playlists for '" + query + "'");
            int taken = 0;
            for (SpotifyClient.Candidate c : spotify.searchPlaylists(query, Math.max(plan.playlistsPerQuery() * 3, 10))) {
                if (taken < plan.playlistsPerQuery() && c.trackCount() >= plan.minTracks() && !chosen.containsKey(c.id())) {
                    chosen.put(c.id(), c.toPlaylist());
                    taken++;
                }
            }
        }
        return List.copyOf(chosen.values());
    }

    private Map<String, Found> features(List<String> ids, IngestPlan plan) throws IOException {
        Map<String, Found> found = new HashMap<>();
        int start = 0;
        if (capabilities.available(Capability.AUDIO_FEATURES)) {
            try {
                for (; start < ids.size(); start += SpotifyClient.FEATURES_BATCH) {
                    List<String> batch = ids.subList(start, Math.min(ids.size(), start + SpotifyClient.FEATURES_BATCH));
                    for (JsonNode f : spotify.audioFeatures(batch)) {
                        if (f != null && f.hasNonNull("id")) {
                            found.put(f.get("id").asText(), new Found(SpotifyData.features(f), Source.SPOTIFY));
                        }
                    }
                }
                return found;
            } catch (HttpStatusException e) {
                if (e.status() != 403 && e.status() != 404) {
                    throw e;
                }
                if (capabilities.close(Capability.AUDIO_FEATURES, e.status(), e.getMessage())) {
                    listener.log("Spotify refused audio features (" + e.status() + "): "
                            + (plan.useReccoBeats() ? "using ReccoBeats from now on" : "they stay missing"));
                }
            }
        }
        if (!plan.useReccoBeats()) {
            return found;
        }
        for (int i = start; i < ids.size(); i += ReccoBeatsClient.BATCH) {
            recco.audioFeatures(ids.subList(i, Math.min(ids.size(), i + ReccoBeatsClient.BATCH)))
                    .forEach((id, f) -> found.put(id, new Found(f, Source.RECCOBEATS)));
        }
        return found;
    }

    private List<Artist> artists(Map<String, Artist> named, IngestPlan plan, Map<String, List<String>> mbCache,
                                 TaskContext context) throws IOException {
        Map<String, Artist> full = new LinkedHashMap<>(named);
        List<String> ids = List.copyOf(named.keySet());
        int i = 0;
        if (capabilities.available(Capability.BATCH_ARTISTS)) {
            try {
                for (; i < ids.size(); i += SpotifyClient.ARTISTS_BATCH) {
                    for (JsonNode a : spotify.artists(ids.subList(i, Math.min(ids.size(), i + SpotifyClient.ARTISTS_BATCH)))) {
                        Artist artist = SpotifyData.artist(a);
                        if (artist != null) {
                            full.put(artist.id(), artist);
                        }
                    }
                }
            } catch (HttpStatusException e) {
                if (e.status() != 403 && e.status() != 404) {
                    throw e;
                }
                if (capabilities.close(Capability.BATCH_ARTISTS, e.status(), e.getMessage())) {
                    listener.log("Spotify refused several artists per request (" + e.status() + "): one at a time from now on");
                }
            }
        }
        for (; i < ids.size(); i++) {
            context.checkCancelled();
            Artist artist = SpotifyData.artist(spotify.artist(ids.get(i)));
            if (artist != null) {
                full.put(artist.id(), artist);
            }
        }
        List<Artist> out = new ArrayList<>();
        for (Artist a : full.values()) {
            if (a.genres().isEmpty() && plan.useMusicBrainz()) {
                context.checkCancelled();
                List<String> genres = mbCache.get(a.id());
                if (genres == null) {
                    genres = musicBrainz.genres(a.id());
                    mbCache.put(a.id(), genres);
                }
                if (!genres.isEmpty()) {
                    a = a.withGenres(genres, Source.MUSICBRAINZ);
                }
            }
            out.add(a);
        }
        return out;
    }
}
