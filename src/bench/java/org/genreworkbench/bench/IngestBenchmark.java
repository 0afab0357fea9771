package org.genreworkbench.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import okhttp3.mockwebserver.MockWebServer;
import org.genreworkbench.cli.JsonOut;
import org.genreworkbench.ingest.spotify.GeneratedCatalogue;
import org.genreworkbench.ingest.spotify.IngestListener;
import org.genreworkbench.ingest.spotify.IngestPlan;
import org.genreworkbench.ingest.spotify.ServiceConfig;
import org.genreworkbench.ingest.spotify.SpotifyIngestion;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench ingest}: a full ingestion of generated playlists against the tests' MockWebServer on loopback,
 * playing a Spotify with the batch endpoints open that answers every request after a fixed latency: how many
 * requests per 1,000 tracks, and how long.
 */
@Command(name = "ingest", description = "Times a full ingestion against a local stand-in for Spotify.")
final class IngestBenchmark implements Callable<Integer> {
    @Option(names = "--playlists", defaultValue = "100")
    int playlists;

    @Option(names = "--tracks-per-playlist", defaultValue = "100")
    int tracksPerPlaylist;

    @Option(names = "--artists", defaultValue = "6000")
    int artists;

    @Option(names = "--latency-ms", defaultValue = "20")
    int latencyMs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int queries = Math.max(1, playlists / 10);
        int perQuery = playlists / queries;
        try (MockWebServer server = new MockWebServer()) {
            String base = new GeneratedCatalogue(perQuery, tracksPerPlaylist, artists, latencyMs).serveOn(server);
            List<String> q = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                q.add("genre" + i);
            }
            ServiceConfig config = new ServiceConfig(base, base, base, base, "bench", "bench", 60, 3, 100);
            SpotifyIngestion ingestion = SpotifyIngestion.create(config, IngestListener.NONE);
            Project project = new Project();
            long t0 = System.nanoTime();
            SpotifyIngestion.Summary s = ingestion.run(project.snapshot(), new IngestPlan(q, perQuery, 1, true, false),
                    batch -> batch.applyTo(project), TaskContext.silent());
            double wall = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("playlists", s.playlists());
            out.put("tracks", project.tracks().size());
            out.put("artists", project.artists().size());
            out.put("requests", s.requests());
            out.put("requests_per_1000_tracks", Math.round(1000.0 * s.requests() / Math.max(1, project.tracks().size()) * 10) / 10.0);
            out.put("latency_ms", latencyMs);
            out.put("wall_s", Math.round(wall * 100) / 100.0);
            JsonOut.print(spec.commandLine().getOut(), out);
            return 0;
        }
    }
}
