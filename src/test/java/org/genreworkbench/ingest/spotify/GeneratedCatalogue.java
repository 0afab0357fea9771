package org.genreworkbench.ingest.spotify;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Spotify of any size, for timing ingestion: every query finds {@code playlistsPerQuery} playlists
 * ("genreQ-pN"), each of {@code tracksPerPlaylist} tracks numbered on from its place, whose artists cycle through
 * {@code artists}; batch endpoints open, every answer after {@code latencyMs}. Track and feature rows are in the
 * shapes of {@link FakeServices}.
 */
public final class GeneratedCatalogue extends Dispatcher {
    private final int playlistsPerQuery;
    private final int tracksPerPlaylist;
    private final int artists;
    private final int latencyMs;
    private volatile String base = "";

    public GeneratedCatalogue(int playlistsPerQuery, int tracksPerPlaylist, int artists, int latencyMs) {
        this.playlistsPerQuery = playlistsPerQuery;
        this.tracksPerPlaylist = tracksPerPlaylist;
        this.artists = artists;
        this.latencyMs = latencyMs;
    }

    /** Starts {@code server} with this catalogue behind it; returns its base URL, without the final slash. */
    public String serveOn(MockWebServer server) throws java.io.IOException {
        server.setDispatcher(this);
        server.start();
        String url = server.url("/").toString();
        base = url.substring(0, url.length() - 1);
        return base;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        return answer(request.getRequestUrl()).setHeadersDelay(latencyMs, TimeUnit.MILLISECONDS);
    }

    private MockResponse answer(HttpUrl url) {
        String path = url.encodedPath();
        if (path.equals("/api/token")) {
            return FakeServices.json(200, "{\"access_token\":\"token-bench\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        }
        if (path.equals("/v1/search")) {
            return search(url.queryParameter("q"), offset(url));
        }
        if (path.startsWith("/v1/playlists/")) {
            return playlist(path, path.split("/")[3], offset(url));
        }
        if (path.equals("/v1/audio-features")) {
            return FakeServices.json(200, "{\"audio_features\":[" + String.join(",",
                    ids(url).stream().map(id -> FakeServices.features(id, true)).toList()) + "]}");
        }
        if (path.equals("/v1/artists")) {
            return FakeServices.json(200, "{\"artists\":[" + String.join(",", ids(url).stream().map(id ->
                    "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"genres\":[\"g" + Math.floorMod(id.hashCode(), 50)
                            + "\"],\"followers\":{\"total\":100},\"popularity\":10}").toList()) + "]}");
        }
        return FakeServices.json(404, "{\"error\":{\"status\":404,\"message\":\"Not found: " + path + "\"}}");
    }

    private MockResponse search(String query, int offset) {
        StringBuilder items = new StringBuilder();
        for (int i = offset; i < Math.min(playlistsPerQuery, offset + 10); i++) {
            items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"").append(query).append("-p").append(i)
                    .append("\",\"name\":\"").append(query).append(' ').append(i)
                    .append("\",\"owner\":{\"id\":\"o\"},\"items\":{\"total\":").append(tracksPerPlaylist).append("}}");
        }
        String next = offset + 10 < playlistsPerQuery
                ? "\"" + base + "/v1/search?type=playlist&limit=10&q=" + query + "&offset=" + (offset + 10) + "\"" : "null";
        return FakeServices.json(200, "{\"playlists\":{\"items\":[" + items + "],\"next\":" + next + "}}");
    }

    /** Playlist "genreQ-pN" is number Q * playlistsPerQuery + N; its tracks are numbered on from there. */
    private MockResponse playlist(String path, String id, int offset) {
        String[] parts = id.substring("genre".length()).split("-p");
        int number = Integer.parseInt(parts[0]) * playlistsPerQuery + Integer.parseInt(parts[1]);
        StringBuilder items = new StringBuilder();
        for (int i = offset; i < Math.min(tracksPerPlaylist, offset + 50); i++) {
            int track = number * tracksPerPlaylist + i;
            int artist = track % artists;
            items.append(items.length() == 0 ? "" : ",").append("{\"item\":{\"id\":\"tr").append(track)
                    .append("\",\"name\":\"Track ").append(track).append("\",\"duration_ms\":200000,\"popularity\":50,")
                    .append("\"album\":{\"name\":\"A\",\"release_date\":\"2020\"},\"artists\":[{\"id\":\"ar").append(artist)
                    .append("\",\"name\":\"Artist ").append(artist).append("\"}]}}");
        }
        String next = offset + 50 < tracksPerPlaylist ? "\"" + base + path + "?limit=50&offset=" + (offset + 50) + "\"" : "null";
        return FakeServices.json(200, "{\"items\":[" + items + "],\"next\":" + next + "}");
    }

    private static int offset(HttpUrl url) {
        String offset = url.queryParameter("offset");
        return offset == null ? 0 : Integer.parseInt(offset);
    }

    private static List<String> ids(HttpUrl url) {
        return List.of(URLDecoder.decode(url.queryParameter("ids"), StandardCharsets.UTF_8).split(","));
    }
}
