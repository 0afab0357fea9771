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
 * what remains; a stop or a failure mid-playlist hands over what that playlist had fetched so far, and a later
 * run asks only for what is still missing.
 */
public final class SpotifyIngestion {
    private final HttpGateway gateway;
    private final SpotifyClient spotify;
    private final ReccoBeatsClient recco;
    private final MusicBrainzClient musicBrainz;
    private final IngestListener listener;
    private final Capabilities capabilities;
    private final LongSupplier clock;

    /**
     * Counts of a run.
     *
     * @param repeatedTracks tracks met again in a later playlist of this run (not fetched twice)
     * @param knownTracks    tracks the workspace held before this run
     * @param skippedEntries playlist entries without a track: null, local files, removed tracks
     */
    public record Summary(int playlists, int newTracks, int repeatedTracks, int knownTracks, int skippedEntries,
                          int newArtists, int musicBrainzAsked, long requests, int errors) {
    }

    public SpotifyIngestion(ServiceConfig config, IngestListener listener, Sleeper sleeper, LongSupplier clock,
                            Capabilities capabilities) {
        this(new HttpGateway(config, listener, sleeper), config, listener, sleeper, clock, capabilities);
    }

    private SpotifyIngestion(HttpGateway gateway, ServiceConfig config, IngestListener listener, Sleeper sleeper,
                             LongSupplier clock, Capabilities capabilities) {
        this.listener = listener;
        this.capabilities = capabilities;
        this.clock = clock;
        this.gateway = gateway;
        SpotifyAuth auth = new SpotifyAuth(config, gateway, clock);
        this.spotify = new SpotifyClient(config, gateway, auth);
        this.recco = new ReccoBeatsClient(config, gateway);
        this.musicBrainz = new MusicBrainzClient(config, gateway, sleeper, clock);
    }

    public static SpotifyIngestion create(ServiceConfig config, IngestListener listener) {
        return new SpotifyIngestion(config, listener, Sleeper.REAL, System::currentTimeMillis, Capabilities.assumeAll());
    }

    /** For a quick look at a service ("Test connection", a search): one retry, a few seconds to connect. */
    public static SpotifyIngestion forProbing(ServiceConfig config, IngestListener listener) {
        ServiceConfig patient = new ServiceConfig(config.spotifyApi(), config.spotifyAccounts(), config.reccoBeats(),
                config.musicBrainz(), config.clientId(), config.clientSecret(), config.maxRetryAfterSeconds(),
                Math.min(1, config.maxRetries()), Math.min(300, config.backoffMillis()));
        return new SpotifyIngestion(new HttpGateway(patient, listener, Sleeper.REAL, 4_000), patient, listener,
                Sleeper.REAL, System::currentTimeMillis, Capabilities.assumeAll());
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
        return new CapabilityProbe(spotify, capabilities).probe(query);
    }

    /**
     * The playlists of each query: up to {@code playlistsPerQuery} with at least {@code minTracks} tracks, none
     * twice. The command line and the wizard both choose through here.
     */
    public PlaylistChoice choosePlaylists(IngestPlan plan, TaskContext context) throws IOException {
        Map<String, SpotifyClient.Candidate> chosen = new LinkedHashMap<>();
        List<PlaylistChoice.Shortfall> shortfalls = new ArrayList<>();
        for (String query : plan.queries()) {
            context.checkCancelled();
            context.message("Searching playlists for '" + query + "'");
            int taken = 0;
            List<SpotifyClient.Candidate> found = spotify.searchPlaylists(query, Math.max(plan.playlistsPerQuery() * 3, 10));
            for (SpotifyClient.Candidate c : found) {
                if (taken < plan.playlistsPerQuery() && c.trackCount() >= plan.minTracks() && !chosen.containsKey(c.id())) {
                    chosen.put(c.id(), c);
                    taken++;
                }
            }
            if (taken < plan.playlistsPerQuery()) {
                shortfalls.add(new PlaylistChoice.Shortfall(query, plan.playlistsPerQuery(), found.size(), taken,
                        plan.minTracks()));
            }
        }
        return new PlaylistChoice(List.copyOf(chosen.values()), shortfalls);
    }

    /** Runs (or resumes) an ingestion, choosing playlists by the plan's searches when none are left to read. */
    public Summary run(Project snapshot, IngestPlan plan, Consumer<IngestBatch> sink, TaskContext context)
            throws IOException {
        return run(snapshot, plan, List.of(), sink, context);
    }

    /**
     * Runs an ingestion of {@code chosen} playlists, or, when none are given, resumes the playlists an earlier
     * run left, or chooses by the plan's searches. {@code sink} receives each finished piece; it must apply it to
     * the project atomically, on whatever thread owns the project.
     */
    public Summary run(Project snapshot, IngestPlan plan, List<Playlist> chosen, Consumer<IngestBatch> sink,
                       TaskContext context) throws IOException {
        Known known = new Known(snapshot);
        ProgressTracker tracker = new ProgressTracker(clock);
        List<String> pending = new ArrayList<>(chosen.isEmpty() ? snapshot.ingestState().pendingPlaylistIds() : List.of());
        if (pending.isEmpty()) {
            List<Playlist> playlists = chosen;
            if (playlists.isEmpty()) {
                tracker.step = "Searching playlists";
                emit(tracker);
                PlaylistChoice choice = choosePlaylists(plan, context);
                choice.shortfalls().forEach(s -> listener.log("fewer playlists than asked for " + s.describe()));
                playlists = choice.candidates().stream().map(SpotifyClient.Candidate::toPlaylist).toList();
            }
            playlists.forEach(p -> known.playlists.put(p.id(), known.playlists.getOrDefault(p.id(), p)));
            playlists.forEach(p -> pending.add(p.id()));
            sink.accept(new IngestBatch(List.of(), List.of(), playlists, known.state(pending)));
            listener.log("reading " + pending.size() + " playlists");
        } else {
            listener.log("resuming: " + pending.size() + " playlists still to read");
        }
        tracker.playlists = pending.size();
        int newArtists = 0;
        for (String playlistId : List.copyOf(pending)) {
            context.checkCancelled();
            Playlist meta = known.playlists.getOrDefault(playlistId,
                    new Playlist(playlistId, null, null, null, null, List.of(), List.of(), Source.SPOTIFY));
            String name = meta.name() == null ? playlistId : meta.name();
            context.message("Playlist " + (tracker.playlistsDone + 1) + " of " + tracker.playlists + ": " + name);
            tracker.startPlaylist(name);
            PlaylistWork work = new PlaylistWork(meta);
            try {
                if (!readEntries(work, known, tracker)) {
                    tracker.errors++;
                    pending.remove(playlistId);
                    sink.accept(new IngestBatch(List.of(), List.of(), List.of(), known.state(pending)));
                    tracker.finishPlaylist();
                    emit(tracker);
                    continue;
                }
                context.checkCancelled();
                readFeatures(work, known, plan, tracker, context);
                readArtists(work, known, plan, tracker, context);
            } catch (IOException | RuntimeException e) {
                keep(work, known, pending, sink);
                throw e;
            }
            pending.remove(playlistId);
            sink.accept(work.batch(known.state(pending)));
            newArtists += known.absorb(work);
            tracker.finishPlaylist();
            tracker.step = "";
            emit(tracker);
            listener.log(String.format("%s: %d tracks, %d new, %d new artists", name, work.order.size(),
                    work.newTracks, work.newArtists));
        }
        return new Summary(tracker.playlistsDone, tracker.newTracks, tracker.repeatedTracks, tracker.knownTracks,
                tracker.skippedEntries, newArtists, tracker.musicBrainzAsked, gateway.requestCount(), tracker.errors);
    }

    /** Hands over what the interrupted playlist fetched, so a resume does not ask for it again. */
    private void keep(PlaylistWork work, Known known, List<String> pending, Consumer<IngestBatch> sink) {
        // The sink may write a file: let it, even when the stop came as an interrupt.
        boolean interrupted = Thread.interrupted();
        try {
            sink.accept(work.batch(known.state(pending)));
            listener.stopped(work.kept());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What is known before and during the run: read once, updated as playlists finish. */
    private static final class Known {
        final Map<String, Track> tracks;
        final Map<String, Artist> artists;
        final Set<String> addedThisRun = new HashSet<>();
        final Map<String, List<String>> musicBrainz;
        final Set<String> featuresUnknown;
        final Map<String, Playlist> playlists;

        Known(Project snapshot) {
            tracks = new HashMap<>(snapshot.tracks());
            artists = new HashMap<>(snapshot.artists());
            musicBrainz = new HashMap<>(snapshot.ingestState().musicBrainzGenres());
            featuresUnknown = new HashSet<>(snapshot.ingestState().featuresUnknown());
            playlists = new LinkedHashMap<>(snapshot.playlists());
        }

        IngestState state(List<String> pending) {
            return new IngestState(pending, musicBrainz, featuresUnknown);
        }

        Track track(PlaylistWork work, String id) {
            Track t = work.tracks.get(id);
            return t != null ? t : tracks.get(id);
        }

        Artist artist(PlaylistWork work, String id) {
            Artist a = work.artists.get(id);
            return a != null ? a : artists.get(id);
        }

        /** Takes a finished playlist's tracks and artists in; returns how many artists were new. */
        int absorb(PlaylistWork work) {
            tracks.putAll(work.tracks);
            addedThisRun.addAll(work.tracks.keySet());
            artists.putAll(work.artists);
            return work.newArtists;
        }
    }

    /** The playlist in progress: what it has fetched so far, kept even when it does not finish. */
    private static final class PlaylistWork {
        final Playlist meta;
        final List<String> order = new ArrayList<>();
        final Map<String, Artist> named = new LinkedHashMap<>();
        final Map<String, Track> tracks = new LinkedHashMap<>();
        final Map<String, Artist> artists = new LinkedHashMap<>();
        boolean entriesRead;
        int newTracks;
        int newArtists;
        int musicBrainzAnswers;

        PlaylistWork(Playlist meta) {
            this.meta = meta;
        }

        IngestBatch batch(IngestState state) {
            List<Playlist> playlists = entriesRead ? List.of(new Playlist(meta.id(), meta.name(), meta.query(), meta.genre(),
                    meta.owner(), List.copyOf(new LinkedHashSet<>(order)), meta.tags(), Source.SPOTIFY)) : List.of();
            return new IngestBatch(List.copyOf(tracks.values()), List.copyOf(artists.values()), playlists, state);
        }

        IngestProgress.Kept kept() {
            int withFeatures = (int) tracks.values().stream().filter(t -> !t.features().isEmpty()).count();
            return new IngestProgress.Kept(tracks.size(), withFeatures, artists.size(), musicBrainzAnswers, entriesRead);
        }
    }

    private void emit(ProgressTracker tracker) {
        listener.progress(tracker.snapshot(gateway.requestCount()));
    }

    /**
     * The playlist's entries: read from Spotify, or taken from the workspace when a stopped run had read them all.
     * Returns false when Spotify refuses the playlist (it is skipped and counted as an error).
     */
    private boolean readEntries(PlaylistWork work, Known known, ProgressTracker tracker) throws IOException {
        if (!work.meta.trackIds().isEmpty()) {
            work.order.addAll(work.meta.trackIds());
            work.entriesRead = true;
            return true;
        }
        tracker.step = "Spotify: reading the playlist's entries";
        emit(tracker);
        SpotifyClient.PlaylistItems items;
        try {
            items = spotify.playlistItems(work.meta.id());
        } catch (HttpStatusException e) {
            if (e.status() == 403 || e.status() == 404) {
                listener.log("skipped playlist " + work.meta.id() + ": " + e.getMessage());
                if (e.status() == 403) {
                    capabilities.close(Capability.PLAYLIST_ITEMS, 403, e.getMessage());
                }
                return false;
            }
            throw e;
        }
        if (items.skipped() > 0) {
            tracker.skippedEntries += items.skipped();
            listener.log(work.meta.name() + ": skipped " + items.skipped() + " entries without a track (null, local file or removed)");
        }
        Set<String> inThisPlaylist = new HashSet<>();
        for (JsonNode t : items.tracks()) {
            Track track = SpotifyData.track(t);
            if (track == null) {
                tracker.skippedEntries++;
                continue;
            }
            tracker.entriesRead++;
            work.order.add(track.id());
            if (!inThisPlaylist.add(track.id())) {
                continue; // listed twice in this playlist: read once, counted once
            }
            if (known.addedThisRun.contains(track.id())) {
                tracker.repeatedTracks++;
                continue;
            }
            if (known.tracks.containsKey(track.id())) {
                tracker.knownTracks++;
                continue;
            }
            work.tracks.put(track.id(), track);
            work.newTracks++;
            tracker.newTracks++;
            for (Artist a : SpotifyData.trackArtists(t)) {
                work.named.putIfAbsent(a.id(), a);
            }
        }
        work.entriesRead = true;
        return true;
    }

    /** Audio features for the playlist's tracks that have none and were never asked for. */
    private void readFeatures(PlaylistWork work, Known known, IngestPlan plan, ProgressTracker tracker,
                              TaskContext context) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String id : new LinkedHashSet<>(work.order)) {
            Track t = known.track(work, id);
            if (t != null && t.features().isEmpty() && !known.featuresUnknown.contains(id)) {
                ids.add(id);
            }
        }
        int start = 0;
        if (capabilities.available(Capability.AUDIO_FEATURES)) {
            try {
                for (; start < ids.size(); start += SpotifyClient.FEATURES_BATCH) {
                    context.checkCancelled();
                    List<String> batch = ids.subList(start, Math.min(ids.size(), start + SpotifyClient.FEATURES_BATCH));
                    featureStep(work, known, plan, tracker, "Spotify", start, ids.size(), SpotifyClient.FEATURES_BATCH);
                    Set<String> answered = new HashSet<>();
                    for (JsonNode f : spotify.audioFeatures(batch)) {
                        if (f != null && f.hasNonNull("id")) {
                            String id = f.get("id").asText();
                            answered.add(id);
                            found(work, known, tracker, id, SpotifyData.features(f), Source.SPOTIFY);
                        }
                    }
                    batch.stream().filter(id -> !answered.contains(id)).forEach(known.featuresUnknown::add);
                }
                return;
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
            return;
        }
        for (int i = start; i < ids.size(); i += ReccoBeatsClient.BATCH) {
            context.checkCancelled();
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + ReccoBeatsClient.BATCH));
            featureStep(work, known, plan, tracker, "ReccoBeats", i, ids.size(), ReccoBeatsClient.BATCH);
            Map<String, org.genreworkbench.model.AudioFeatures> answer = recco.audioFeatures(batch);
            answer.forEach((id, f) -> found(work, known, tracker, id, f, Source.RECCOBEATS));
            batch.stream().filter(id -> !answer.containsKey(id)).forEach(known.featuresUnknown::add);
        }
    }

    private void featureStep(PlaylistWork work, Known known, IngestPlan plan, ProgressTracker tracker, String service,
                             int start, int total, int batch) {
        int batches = (total + batch - 1) / batch;
        int index = start / batch;
        tracker.step = service + ": audio features, request " + (index + 1) + " of " + batches;
        int artists = artistsToLookUp(work, known).size();
        tracker.workLeft(batches - index + artistCalls(artists), artists * musicBrainzShare(plan, tracker));
        emit(tracker);
    }

    private static void found(PlaylistWork work, Known known, ProgressTracker tracker, String id,
                              org.genreworkbench.model.AudioFeatures f, Source source) {
        Track t = known.track(work, id);
        if (t != null) {
            work.tracks.put(id, t.withFeatures(f, source));
            tracker.featuresFound++;
        }
    }

    /** Artists the playlist's tracks name that the workspace does not hold yet, with the names the entries gave. */
    private static Map<String, Artist> artistsToLookUp(PlaylistWork work, Known known) {
        Map<String, Artist> out = new LinkedHashMap<>();
        for (String trackId : new LinkedHashSet<>(work.order)) {
            Track t = known.track(work, trackId);
            if (t == null) {
                continue;
            }
            for (String artistId : t.artistIds()) {
                if (known.artist(work, artistId) == null && !out.containsKey(artistId)) {
                    Artist bare = work.named.get(artistId);
                    out.put(artistId, bare != null ? bare
                            : new Artist(artistId, null, List.of(), null, null, Source.SPOTIFY, null));
                }
            }
        }
        return out;
    }

    private int artistCalls(int artists) {
        return capabilities.available(Capability.BATCH_ARTISTS)
                ? (artists + SpotifyClient.ARTISTS_BATCH - 1) / SpotifyClient.ARTISTS_BATCH : artists;
    }

    /** The share of looked-up artists expected to need MusicBrainz: as seen so far, else from the probe. */
    private double musicBrainzShare(IngestPlan plan, ProgressTracker tracker) {
        if (!plan.useMusicBrainz()) {
            return 0;
        }
        if (tracker.artistsLookedUp > 0) {
            return Math.min(1, tracker.musicBrainzAsked / (double) tracker.artistsLookedUp);
        }
        return capabilities.available(Capability.ARTIST_GENRES) ? 0.2 : 1;
    }

    /** Spotify's artist objects for the artists not held yet, then MusicBrainz for those left without genres. */
    private void readArtists(PlaylistWork work, Known known, IngestPlan plan, ProgressTracker tracker,
                             TaskContext context) throws IOException {
        Map<String, Artist> wanted = artistsToLookUp(work, known);
        List<String> ids = List.copyOf(wanted.keySet());
        int i = 0;
        if (capabilities.available(Capability.BATCH_ARTISTS)) {
            try {
                for (; i < ids.size(); i += SpotifyClient.ARTISTS_BATCH) {
                    context.checkCancelled();
                    List<String> batch = ids.subList(i, Math.min(ids.size(), i + SpotifyClient.ARTISTS_BATCH));
                    artistStep(tracker, plan, i + 1, ids.size(), artistCalls(ids.size() - i));
                    Set<String> answered = new HashSet<>();
                    for (JsonNode a : spotify.artists(batch)) {
                        Artist artist = SpotifyData.artist(a);
                        if (artist != null) {
                            lookedUp(work, known, tracker, artist);
                            answered.add(artist.id());
                        }
                    }
                    batch.stream().filter(id -> !answered.contains(id)).forEach(id -> lookedUp(work, known, tracker, wanted.get(id)));
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
            artistStep(tracker, plan, i + 1, ids.size(), ids.size() - i);
            Artist artist = SpotifyData.artist(spotify.artist(ids.get(i)));
            lookedUp(work, known, tracker, artist != null ? artist : wanted.get(ids.get(i)));
        }
        if (plan.useMusicBrainz()) {
            askMusicBrainz(work, known, tracker, context);
        }
    }

    private void artistStep(ProgressTracker tracker, IngestPlan plan, int index, int total, int callsLeft) {
        tracker.step = "Spotify: artist " + index + " of " + total;
        tracker.workLeft(callsLeft, (total - index + 1) * musicBrainzShare(plan, tracker));
        emit(tracker);
    }

    private static void lookedUp(PlaylistWork work, Known known, ProgressTracker tracker, Artist artist) {
        if (known.artists.get(artist.id()) == null && !work.artists.containsKey(artist.id())) {
            work.newArtists++;
        }
        work.artists.put(artist.id(), artist);
        tracker.artistsLookedUp++;
    }

    /** The playlist's artists without genre tags whom MusicBrainz was never asked about, at its pace. */
    private void askMusicBrainz(PlaylistWork work, Known known, ProgressTracker tracker, TaskContext context)
            throws IOException {
        List<Artist> ask = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String trackId : new LinkedHashSet<>(work.order)) {
            Track t = known.track(work, trackId);
            for (String artistId : t == null ? List.<String>of() : t.artistIds()) {
                Artist a = known.artist(work, artistId);
                if (a != null && seen.add(artistId) && a.genres().isEmpty() && !known.musicBrainz.containsKey(artistId)) {
                    ask.add(a);
                }
            }
        }
        for (int i = 0; i < ask.size(); i++) {
            context.checkCancelled();
            Artist a = ask.get(i);
            tracker.step = "MusicBrainz: artist " + (i + 1) + " of " + ask.size() + " (one request a second)";
            tracker.workLeft(0, ask.size() - i);
            emit(tracker);
            long requestsBefore = gateway.requestCount();
            long before = clock.getAsLong();
            List<String> genres = musicBrainz.genres(a.id());
            tracker.musicBrainzAnswered(gateway.requestCount() - requestsBefore, clock.getAsLong() - before);
            known.musicBrainz.put(a.id(), genres);
            work.musicBrainzAnswers++;
            if (!genres.isEmpty()) {
                work.artists.put(a.id(), a.withGenres(genres, Source.MUSICBRAINZ));
            }
        }
        tracker.workLeft(0, 0);
    }
}
