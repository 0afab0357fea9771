package org.genreworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.genreworkbench.ingest.Coverage;
import org.genreworkbench.ingest.spotify.IngestBatch;
import org.genreworkbench.ingest.spotify.IngestListener;
import org.genreworkbench.ingest.spotify.ListeningCompletion;
import org.genreworkbench.ingest.spotify.IngestProgress;
import org.genreworkbench.ingest.spotify.KeptMessage;
import org.genreworkbench.ingest.spotify.RateWait;
import org.genreworkbench.ingest.spotify.IngestPlan;
import org.genreworkbench.ingest.spotify.ServiceConfig;
import org.genreworkbench.ingest.spotify.SpotifyIngestion;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ingest --into WS.gwb --queries "rock,metal"}: builds or extends a data set from Spotify, with the
 * credentials from SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET unless given as options. The workspace is saved after every playlist,
 * so an interrupted run resumes where it stopped. {@code ingest --into WS.gwb --complete} instead completes the
 * tracks an import of the listener's own Spotify data brought (no credentials needed), saving after every answer.
 */
@Command(name = "ingest", description = "Ingests genre playlists from the Spotify Web API, with fallbacks.")
final class IngestCommand implements Callable<Integer> {
    @Option(names = "--into", required = true, paramLabel = "WS.gwb")
    Path workspace;

    @Option(names = "--queries", description = "comma-separated genre queries (default: a list of broad and regional genres)")
    String queries;

    @Option(names = "--playlists-per-query", defaultValue = "5")
    int playlistsPerQuery;

    @Option(names = "--min-tracks", defaultValue = "50")
    int minTracks;

    @Option(names = "--no-reccobeats", description = "leave audio features missing where Spotify refuses them")
    boolean noReccoBeats;

    @Option(names = "--no-musicbrainz", description = "leave genre tags missing where Spotify gives none")
    boolean noMusicBrainz;

    @Option(names = "--complete", description = "complete the imported listening history's tracks instead: audio "
            + "features from ReccoBeats, genre tags from MusicBrainz (no Spotify credentials needed)")
    boolean complete;

    @Option(names = "--spotify-api")
    String spotifyApi;

    @Option(names = "--spotify-accounts")
    String spotifyAccounts;

    @Option(names = "--reccobeats")
    String reccoBeats;

    @Option(names = "--musicbrainz")
    String musicBrainz;

    @Option(names = "--client-id", defaultValue = "${env:SPOTIFY_CLIENT_ID}",
            description = "the Spotify app's client id (default: $SPOTIFY_CLIENT_ID)")
    String clientId;

    // The environment is the place for the secret: a command-line argument is visible to every user in the
    // process list. The option is there for scripts that hold it some other way.
    @Option(names = "--client-secret", defaultValue = "${env:SPOTIFY_CLIENT_SECRET}",
            description = "the Spotify app's client secret (default: $SPOTIFY_CLIENT_SECRET, the safer place for it)")
    String clientSecret;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServiceConfig config = ServiceConfig.withCredentials(clientId, clientSecret)
                .withBases(spotifyApi, spotifyAccounts, reccoBeats, musicBrainz);
        List<String> list = queries == null ? IngestPlan.DEFAULT_QUERIES : IngestPlan.parseQueries(queries);
        IngestPlan plan = new IngestPlan(list, playlistsPerQuery, minTracks, !noReccoBeats, !noMusicBrainz);
        Project project = Files.exists(workspace) ? new WorkspaceReader().open(workspace) : new Project();
        PrintWriter err = spec.commandLine().getErr();
        IngestListener listener = new IngestListener() {
            @Override
            public void waiting(RateWait wait) {
                err.println(wait.describe());
                err.flush();
            }

            @Override
            public void stopped(IngestProgress.Kept kept) {
                err.println(KeptMessage.describe(kept));
                err.flush();
            }

            @Override
            public void log(String line) {
                err.println(line);
                err.flush();
            }
        };
        if (complete) {
            return complete(config, project, listener);
        }
        SpotifyIngestion ingestion = SpotifyIngestion.create(config, listener);
        SpotifyIngestion.Summary summary = ingestion.run(project.snapshot(), plan, savingEach(project),
                TaskContext.silent());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tracks", project.tracks().size());
        out.put("artists", project.artists().size());
        out.put("playlists", summary.playlists());
        out.put("new_tracks", summary.newTracks());
        out.put("repeated_tracks", summary.repeatedTracks());
        out.put("known_tracks", summary.knownTracks());
        out.put("new_artists", summary.newArtists());
        out.put("requests", summary.requests());
        out.put("skipped", summary.skippedEntries());
        out.put("musicbrainz_asked", summary.musicBrainzAsked());
        out.put("errors", summary.errors());
        Map<String, Object> capabilities = new LinkedHashMap<>();
        ingestion.capabilities().all().forEach((c, f) -> capabilities.put(c.name().toLowerCase(), f.available()));
        out.put("capabilities", capabilities);
        out.put("coverage", Coverage.of(project));
        JsonOut.print(spec.commandLine().getOut(), out);
        return 0;
    }

    private int complete(ServiceConfig config, Project project, IngestListener listener) throws java.io.IOException {
        if (!Files.exists(workspace)) {
            throw new IllegalArgumentException("--complete: " + workspace + " does not exist; import the listening "
                    + "history into it first (import my_spotify_data.zip --into " + workspace.getFileName() + ")");
        }
        ListeningCompletion.Summary s = ListeningCompletion.create(config, listener)
                .run(project.snapshot(), savingEach(project), TaskContext.silent());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tracks", project.tracks().size());
        out.put("artists", project.artists().size());
        out.put("tracks_asked", s.tracksAsked());
        out.put("features_found", s.featuresFound());
        out.put("features_unknown", s.featuresUnknown());
        out.put("without_spotify_id", s.withoutSpotifyId());
        out.put("artists_asked", s.artistsAsked());
        out.put("genres_found", s.genresFound());
        out.put("requests", s.requests());
        out.put("coverage", Coverage.of(project));
        JsonOut.print(spec.commandLine().getOut(), out);
        return 0;
    }

    /** Applies each batch and saves the workspace, so a stop or crash keeps everything handed over. */
    private Consumer<IngestBatch> savingEach(Project project) {
        WorkspaceWriter writer = new WorkspaceWriter();
        return batch -> {
            batch.applyTo(project);
            try {
                writer.save(project, workspace);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }
}
