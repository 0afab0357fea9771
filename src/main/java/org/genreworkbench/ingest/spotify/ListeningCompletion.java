package org.genreworkbench.ingest.spotify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.IngestState;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;
import org.genreworkbench.task.TaskContext;

/**
 * Completes the tracks of a listener's own Spotify data, which come with names and play counts only: audio
 * features from ReccoBeats by track id, genre tags from MusicBrainz by artist (by Spotify id where the workspace
 * knows it, else by name). The same clients as a Spotify run, so the same pacing, retries and waits. Every answer
 * is handed over as it arrives, with the answers that were "nothing", so a stop loses at most the request in
 * flight and a later run asks only for what is still missing.
 */
public final class ListeningCompletion {
    private static final String NAME_KEYED = "name:";
    private static final double DEFAULT_REQUEST_SECONDS = 0.5;

    private final HttpGateway gateway;
    private final ReccoBeatsClient recco;
    private final MusicBrainzClient musicBrainz;
    private final IngestListener listener;
    private final LongSupplier clock;

    /**
     * What a listening import left to complete.
     *
     * @param tracks           listened tracks without audio features, never asked about
     * @param withoutSpotifyId listened tracks without features known only by artist and track name (the older
     *                         history has no track URIs): ReccoBeats cannot be asked about them
     * @param artists          their artists without genre tags whom MusicBrainz was never asked about
     */
    public record Plan(List<String> tracks, int withoutSpotifyId, List<Artist> artists) {
        public Plan {
            tracks = List.copyOf(tracks);
            artists = List.copyOf(artists);
        }

        public boolean isEmpty() {
            return tracks.isEmpty() && artists.isEmpty();
        }

        /** What is left in the workspace, read fresh: after a stop, only what is still missing. */
        public static Plan of(Project project) {
            IngestState state = project.ingestState();
            List<String> tracks = new ArrayList<>();
            Map<String, Artist> artists = new LinkedHashMap<>();
            int byName = 0;
            for (Track t : project.tracks().values()) {
                if (t.listening() == null) {
                    continue;
                }
                if (t.features().isEmpty() && !state.featuresUnknown().contains(t.id())) {
                    if (t.id().startsWith(NAME_KEYED)) {
                        byName++;
                    } else {
                        tracks.add(t.id());
                    }
                }
                for (String artistId : t.artistIds()) {
                    Artist a = project.artists().get(artistId);
                    if (a != null && a.genres().isEmpty() && !state.musicBrainzGenres().containsKey(artistId)
                            && (!artistId.startsWith(NAME_KEYED) || a.name() != null)) {
                        artists.putIfAbsent(artistId, a);
                    }
                }
            }
            return new Plan(tracks, byName, List.copyOf(artists.values()));
        }
    }

    /**
     * What a run did.
     *
     * @param featuresUnknown tracks ReccoBeats was asked about and does not know
     */
    public record Summary(int tracksAsked, int featuresFound, int featuresUnknown, int withoutSpotifyId,
                          int artistsAsked, int genresFound, long requests) {
    }

    public ListeningCompletion(ServiceConfig config, IngestListener listener, Sleeper sleeper, LongSupplier clock) {
        this.gateway = new HttpGateway(config, listener, sleeper);
        this.recco = new ReccoBeatsClient(config, gateway);
        this.musicBrainz = new MusicBrainzClient(config, gateway, sleeper, clock);
        this.listener = listener;
        this.clock = clock;
    }

    public static ListeningCompletion create(ServiceConfig config, IngestListener listener) {
        return new ListeningCompletion(config, listener, Sleeper.REAL, System::currentTimeMillis);
    }

    /**
     * Asks for what {@link Plan#of} finds missing in {@code snapshot}. {@code sink} receives every answer as a
     * batch; it must apply it to the project atomically, on whatever thread owns the project.
     */
    public Summary run(Project snapshot, Consumer<IngestBatch> sink, TaskContext context) throws IOException {
        Plan plan = Plan.of(snapshot);
        Run run = new Run(snapshot, plan);
        listener.log(String.format("completing %d tracks without audio features and %d artists without genre tags"
                + "%s", plan.tracks().size(), plan.artists().size(), plan.withoutSpotifyId() == 0 ? ""
                : "; " + plan.withoutSpotifyId() + " tracks have no Spotify id and keep their features missing"));
        for (int i = 0; i < plan.tracks().size(); i += ReccoBeatsClient.BATCH) {
            context.checkCancelled();
            List<String> batch = plan.tracks().subList(i, Math.min(plan.tracks().size(), i + ReccoBeatsClient.BATCH));
            run.step = "ReccoBeats: audio features, request " + (run.requestsDone + 1) + " of " + run.requests;
            emit(run);
            long before = clock.getAsLong();
            Map<String, AudioFeatures> answer = recco.audioFeatures(batch);
            run.reccoMillis += clock.getAsLong() - before;
            run.requestsDone++;
            List<Track> found = new ArrayList<>();
            answer.forEach((id, f) -> found.add(snapshot.tracks().get(id).withFeatures(f, Source.RECCOBEATS)));
            batch.stream().filter(id -> !answer.containsKey(id)).forEach(run.featuresUnknown::add);
            run.featuresFound += found.size();
            sink.accept(new IngestBatch(found, List.of(), List.of(), run.state()));
            emit(run);
        }
        for (Artist a : plan.artists()) {
            context.checkCancelled();
            run.step = "MusicBrainz: artist " + (run.artistsDone + 1) + " of " + plan.artists().size()
                    + " (one request a second)";
            emit(run);
            long requestsBefore = gateway.requestCount();
            long before = clock.getAsLong();
            List<String> genres = a.id().startsWith(NAME_KEYED) ? musicBrainz.genresByName(a.name())
                    : musicBrainz.genres(a.id());
            run.musicBrainzRequests += gateway.requestCount() - requestsBefore;
            run.musicBrainzMillis += clock.getAsLong() - before;
            run.artistsDone++;
            run.musicBrainz.put(a.id(), genres);
            List<Artist> tagged = genres.isEmpty() ? List.of() : List.of(a.withGenres(genres, Source.MUSICBRAINZ));
            run.genresFound += tagged.size();
            sink.accept(new IngestBatch(List.of(), tagged, List.of(), run.state()));
            emit(run);
        }
        run.step = "";
        listener.log(String.format("audio features for %d of %d tracks; genre tags for %d of %d artists",
                run.featuresFound, plan.tracks().size(), run.genresFound, plan.artists().size()));
        return new Summary(plan.tracks().size(), run.featuresFound, run.featuresUnknown.size() - run.unknownBefore,
                plan.withoutSpotifyId(), run.artistsDone, run.genresFound, gateway.requestCount());
    }

    private void emit(Run run) {
        long requests = gateway.requestCount();
        listener.completing(new CompletionProgress(run.step, run.requestsDone, run.requests, run.featuresFound,
                run.artistsDone, run.plan.artists().size(), run.genresFound, requests, run.secondsLeft()));
    }

    /** A run's counts and the answers so far, which go with every batch so a resume skips them. */
    private static final class Run {
        final Plan plan;
        final List<String> pending;
        final Map<String, List<String>> musicBrainz;
        final Set<String> featuresUnknown;
        final int unknownBefore;
        final int requests;
        String step = "";
        int requestsDone;
        int featuresFound;
        int artistsDone;
        int genresFound;
        long reccoMillis;
        long musicBrainzRequests;
        long musicBrainzMillis;

        Run(Project snapshot, Plan plan) {
            this.plan = plan;
            IngestState state = snapshot.ingestState();
            pending = state.pendingPlaylistIds();
            musicBrainz = new HashMap<>(state.musicBrainzGenres());
            featuresUnknown = new HashSet<>(state.featuresUnknown());
            unknownBefore = featuresUnknown.size();
            requests = (plan.tracks().size() + ReccoBeatsClient.BATCH - 1) / ReccoBeatsClient.BATCH;
        }

        IngestState state() {
            return new IngestState(pending, musicBrainz, featuresUnknown);
        }

        /**
         * ReccoBeats requests at their measured time, then the artists left at MusicBrainz's pace: one or two
         * requests an artist (as measured), never closer than a second apart.
         */
        double secondsLeft() {
            double reccoSeconds = requestsDone == 0 ? DEFAULT_REQUEST_SECONDS : reccoMillis / 1000.0 / requestsDone;
            double perArtist = artistsDone == 0 ? 2 * MusicBrainzClient.MIN_INTERVAL_MILLIS / 1000.0
                    : Math.max(musicBrainzMillis / 1000.0 / artistsDone,
                    musicBrainzRequests / (double) artistsDone * MusicBrainzClient.MIN_INTERVAL_MILLIS / 1000.0);
            return (requests - requestsDone) * reccoSeconds + (plan.artists().size() - artistsDone) * perArtist;
        }
    }
}
