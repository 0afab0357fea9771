package org.genreworkbench.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
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
 * {@code bench ingest}: a full ingestion of generated playlists against a stub Spotify on loopback that
 * answers every request after a fixed latency, with the batch endpoints open: how many requests per 1,000
 * tracks, and how long.
 */
@Command(name = "ingest", description = "Times a full ingestion against a local stub server.")
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
        // Without TCP_NODELAY the JDK server's header and body writes meet delayed ACKs: 40 ms a request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", exchange -> answer(exchange, base));
        server.start();
        try {
            int queries = Math.max(1, playlists / 10);
            List<String> q = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                q.add("genre" + i);
            }
            ServiceConfig config = new ServiceConfig(base, base, base, base, "bench", "bench", 60, 3, 100);
            SpotifyIngestion ingestion = SpotifyIngestion.create(config, IngestListener.NONE);
            Project project = new Project();
            long t0 = System.nanoTime();
            SpotifyIngestion.Summary s = ingestion.run(project.snapshot(), new IngestPlan(q, playlists / queries, 1, true, false),
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
        } finally {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange, String base) throws IOException {
        try {
            Thread.sleep(latencyMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        URI uri = exchange.getRequestURI();
        String path = uri.getPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String body;
        if (path.equals("/api/token")) {
            body = "{\"access_token\":\"bench\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
        } else if (path.equals("/v1/search")) {
            String q = param(query, "q");
            int offset = Integer.parseInt(param(query, "offset", "0"));
            int perQuery = playlists / Math.max(1, playlists / 10);
            StringBuilder items = new StringBuilder();
            for (int i = offset; i < Math.min(perQuery, offset + 10); i++) {
                items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"").append(q).append("-p").append(i)
                        .append("\",\"name\":\"").append(q).append(" ").append(i).append("\",\"owner\":{\"id\":\"o\"},\"items\":{\"total\":")
                        .append(tracksPerPlaylist).append("}}");
            }
            String next = offset + 10 < perQuery ? "\"" + base + "/v1/search?type=playlist&limit=10&q=" + q + "&offset=" + (offset + 10) + "\"" : "null";
            body = "{\"playlists\":{\"items\":[" + items + "],\"next\":" + next + "}}";
        } else if (path.startsWith("/v1/playlists/")) {
            String id = path.split("/")[3];
            int offset = Integer.parseInt(param(query, "offset", "0"));
            // Playlist "genreQ-pN" is number Q * 10 + N; its tracks are numbered on from there, artists in turn.
            String[] parts = id.substring("genre".length()).split("-p");
            int playlistNumber = Integer.parseInt(parts[0]) * 10 + Integer.parseInt(parts[1]);
            StringBuilder items = new StringBuilder();
            for (int i = offset; i < Math.min(tracksPerPlaylist, offset + 50); i++) {
                int track = playlistNumber * tracksPerPlaylist + i;
                int artist = track % artists;
                items.append(items.length() == 0 ? "" : ",").append("{\"item\":{\"id\":\"tr").append(track)
                        .append("\",\"name\":\"Track ").append(track).append("\",\"duration_ms\":200000,\"popularity\":50,")
                        .append("\"album\":{\"name\":\"A\",\"release_date\":\"2020\"},\"artists\":[{\"id\":\"ar").append(artist)
                        .append("\",\"name\":\"Artist ").append(artist).append("\"}]}}");
            }
            String next = offset + 50 < tracksPerPlaylist
                    ? "\"" + base + path + "?limit=50&offset=" + (offset + 50) + "\"" : "null";
            body = "{\"items\":[" + items + "],\"next\":" + next + "}";
        } else if (path.equals("/v1/audio-features")) {
            StringBuilder rows = new StringBuilder();
            for (String id : param(query, "ids").split(",")) {
                rows.append(rows.length() == 0 ? "" : ",").append("{\"id\":\"").append(id)
                        .append("\",\"danceability\":0.5,\"energy\":0.5,\"key\":1,\"loudness\":-6,\"mode\":1,\"speechiness\":0.05,"
                                + "\"acousticness\":0.2,\"instrumentalness\":0,\"liveness\":0.1,\"valence\":0.5,\"tempo\":120,\"time_signature\":4}");
            }
            body = "{\"audio_features\":[" + rows + "]}";
        } else if (path.equals("/v1/artists")) {
            StringBuilder rows = new StringBuilder();
            for (String id : param(query, "ids").split(",")) {
                rows.append(rows.length() == 0 ? "" : ",").append("{\"id\":\"").append(id)
                        .append("\",\"name\":\"").append(id).append("\",\"genres\":[\"g").append(id.hashCode() % 50)
                        .append("\"],\"followers\":{\"total\":100},\"popularity\":10}");
            }
            body = "{\"artists\":[" + rows + "]}";
        } else {
            body = "{\"error\":{\"status\":404,\"message\":\"no such stub path\"}}";
            send(exchange, 404, body);
            return;
        }
        send(exchange, 200, body);
    }

    private static void send(HttpExchange exchange, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String param(String query, String name) {
        return param(query, name, "");
    }

    private static String param(String query, String name, String fallback) {
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return fallback;
    }
}
