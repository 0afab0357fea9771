package org.genreworkbench.ingest.spotify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Spotify, ReccoBeats and MusicBrainz played by one local server, with hand-written answers in the shapes of
 * 2024–2026 (null entries, item/track, empty genres) and switches for the troubles a real run meets.
 * Two genre queries: "rock" finds playlists pr1 (3 tracks over two pages, one null entry) and pr2 (served
 * only at the older /tracks path); "jazz" finds pj1. Tracks t1..t5, artists a1..a4; a3 has no Spotify genres.
 */
public final class FakeServices extends Dispatcher {
    public volatile boolean audioFeaturesClosed;
    public volatile boolean batchArtistsClosed;
    public volatile boolean rejectClient;
    public final AtomicInteger tooManyRequests = new AtomicInteger();
    public final AtomicInteger serverErrors = new AtomicInteger();
    public final AtomicInteger unauthorizedOnce = new AtomicInteger();
    public volatile String malformedPath;
    /** How long MusicBrainz takes to answer, to stop a run while it is asked. */
    public volatile long musicBrainzDelayMillis;
    public final AtomicInteger tokens = new AtomicInteger();
    public final List<String> paths = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public int hits(String pathPrefix) {
        return paths.stream().mapToInt(p -> p.startsWith(pathPrefix) ? 1 : 0).sum();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        paths.add(path);
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        if (path.startsWith("/api/token")) {
            if (rejectClient) {
                return json(400, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client\"}");
            }
            tokens.incrementAndGet();
            return json(200, "{\"access_token\":\"token-" + tokens.get() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        }
        String auth = request.getHeader("Authorization");
        // One server plays every host: ReccoBeats' /v1/audio-features is the call that comes without a token.
        boolean recco = auth == null && path.startsWith("/v1/audio-features");
        if (path.startsWith("/v1/") && !recco && (auth == null || !auth.startsWith("Bearer token-"))) {
            return json(401, "{\"error\":{\"status\":401,\"message\":\"No token provided\"}}");
        }
        if (tooManyRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return json(429, "{\"error\":{\"status\":429,\"message\":\"API rate limit exceeded\"}}").setHeader("Retry-After", "2");
        }
        if (serverErrors.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return json(503, "{\"error\":{\"status\":503,\"message\":\"Service unavailable\"}}");
        }
        if (path.startsWith("/v1/") && unauthorizedOnce.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return json(401, "{\"error\":{\"status\":401,\"message\":\"The access token expired\"}}");
        }
        if (malformedPath != null && path.startsWith(malformedPath)) {
            return json(200, "{\"playlists\": {\"items\": [ {\"id\": \"oops\" ");
        }
        if (path.startsWith("/v1/search")) {
            return search(path);
        }
        if (path.startsWith("/v1/playlists/")) {
            return playlist(path);
        }
        if (path.startsWith("/v1/audio-features")) {
            if (recco) {
                return recco(path);
            }
            if (audioFeaturesClosed) {
                return json(403, "{\"error\":{\"status\":403,\"message\":\"Forbidden\"}}");
            }
            return json(200, "{\"audio_features\":[" + String.join(",", ids(path).stream().map(id ->
                    id.equals("t5") ? "null" : features(id, true)).toList()) + "]}");
        }
        if (path.startsWith("/v1/artists?ids=")) {
            if (batchArtistsClosed) {
                return json(403, "{\"error\":{\"status\":403,\"message\":\"Forbidden\"}}");
            }
            return json(200, "{\"artists\":[" + String.join(",", ids(path).stream().map(FakeServices::artist).toList()) + "]}");
        }
        if (path.startsWith("/v1/artists/")) {
            return json(200, artist(path.substring("/v1/artists/".length())));
        }
        if (path.startsWith("/v1/tracks?ids=")) {
            return json(200, "{\"tracks\":[" + String.join(",", ids(path).stream().map(FakeServices::track).toList()) + "]}");
        }
        if (path.startsWith("/ws/2/url")) {
            return path.contains("a3") ? json(200, "{\"relations\":[{\"type\":\"streaming\",\"artist\":{\"id\":\"mb-a3\"}}]}")
                    : json(404, "{\"error\":\"Not Found\"}");
        }
        if (path.startsWith("/ws/2/artist?query=")) {
            return artistSearch(path).setBodyDelay(musicBrainzDelayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        if (path.startsWith("/ws/2/artist/mb-a3")) {
            return json(200, "{\"id\":\"mb-a3\",\"genres\":[{\"name\":\"bebop\",\"count\":3}],\"tags\":[{\"name\":\"jazz\"},{\"name\":\"bebop\"}]}");
        }
        return json(404, "{\"error\":{\"status\":404,\"message\":\"Not found: " + path + "\"}}");
    }

    private MockResponse search(String path) {
        if (path.contains("q=rock") && !path.contains("offset=10")) {
            return json(200, "{\"playlists\":{\"items\":[null," + playlistSummary("pr1", "Rock Classics", 3) + ","
                    + playlistSummary("tiny", "One song", 1) + "],\"next\":\"" + base() + "/v1/search?type=playlist&q=rock&offset=10\"}}");
        }
        if (path.contains("q=rock")) {
            return json(200, "{\"playlists\":{\"items\":[" + playlistSummary("pr2", "Rock Now", 2) + "],\"next\":null}}");
        }
        if (path.contains("q=jazz")) {
            return json(200, "{\"playlists\":{\"items\":[" + playlistSummary("pj1", "Jazz Hour", 2) + "]}}");
        }
        return json(200, "{\"playlists\":{\"items\":null}}");
    }

    private MockResponse playlist(String path) {
        if (path.startsWith("/v1/playlists/pr1/items") && !path.contains("offset")) {
            return json(200, "{\"items\":[{\"item\":" + track("t1") + "},{\"item\":null},{\"item\":" + track("t2")
                    + "}],\"next\":\"" + base() + "/v1/playlists/pr1/items?offset=50&limit=50\"}");
        }
        if (path.startsWith("/v1/playlists/pr1/items")) {
            return json(200, "{\"items\":[{\"item\":" + track("t3") + "}],\"next\":null}");
        }
        if (path.startsWith("/v1/playlists/pr2/tracks")) {
            return json(200, "{\"items\":[{\"track\":" + track("t3") + "},{\"track\":" + track("t4") + "},{\"track\":null}]}");
        }
        if (path.startsWith("/v1/playlists/pj1/items")) {
            return json(200, "{\"items\":[{\"item\":" + track("t5") + "},{\"item\":" + track("t1") + "}]}");
        }
        return json(404, "{\"error\":{\"status\":404,\"message\":\"Resource not found\"}}");
    }

    /** ReccoBeats answers in reverse order and does not know t4. */
    private static MockResponse recco(String path) {
        List<String> rows = new ArrayList<>();
        List<String> ids = ids(path);
        for (int i = ids.size() - 1; i >= 0; i--) {
            if (!ids.get(i).equals("t4")) {
                rows.add("{\"id\":\"rb-" + ids.get(i) + "\",\"href\":\"https://open.spotify.com/track/" + ids.get(i)
                        + "\",\"danceability\":0.5,\"energy\":0.25,\"key\":2,\"loudness\":-6.0,\"mode\":1,\"tempo\":101.0}");
            }
        }
        return json(200, "{\"content\":[" + String.join(",", rows) + "]}");
    }

    /**
     * MusicBrainz's artist search, as a listening history's artists (known by name only) are looked up: "Artist 3"
     * is found as mb-a3; for "Artist 2" only "Artist 22" comes back, which is another artist; others find nobody.
     */
    private static MockResponse artistSearch(String path) {
        if (path.contains("Artist+3%22")) {
            return json(200, "{\"count\":1,\"artists\":[{\"id\":\"mb-a3\",\"score\":100,\"name\":\"artist 3\"}]}");
        }
        if (path.contains("Artist+2%22")) {
            return json(200, "{\"count\":1,\"artists\":[{\"id\":\"mb-a22\",\"score\":88,\"name\":\"Artist 22\"}]}");
        }
        return json(200, "{\"count\":0,\"artists\":[]}");
    }

    static List<String> ids(String path) {
        String q = path.substring(path.indexOf("ids=") + 4);
        int amp = q.indexOf('&');
        return List.of((amp >= 0 ? q.substring(0, amp) : q).replace("%2C", ",").split(","));
    }

    static String track(String id) {
        int n = Integer.parseInt(id.substring(1));
        String artists = "{\"id\":\"a" + ((n - 1) % 4 + 1) + "\",\"name\":\"Artist " + ((n - 1) % 4 + 1) + "\"}"
                + (n == 2 ? ",{\"id\":\"a3\",\"name\":\"Artist 3\"}" : "");
        return "{\"id\":\"" + id + "\",\"name\":\"Track " + n + "\",\"duration_ms\":" + (180000 + n) + ",\"popularity\":" + (10 * n)
                + ",\"explicit\":false,\"album\":{\"name\":\"Album " + n + "\",\"release_date\":\"2020-01-0" + n + "\"},"
                + "\"artists\":[" + artists + "]}";
    }

    static String features(String id, boolean full) {
        return "{\"id\":\"" + id + "\",\"danceability\":0.7,\"energy\":0.8,\"key\":5,\"loudness\":-5.5,\"mode\":0,"
                + "\"speechiness\":0.05,\"acousticness\":0.1,\"instrumentalness\":0.0,\"liveness\":0.2,\"valence\":0.6,"
                + "\"tempo\":120.0,\"time_signature\":4}";
    }

    static String artist(String id) {
        if (id.equals("a3")) {
            return "{\"id\":\"a3\",\"name\":\"Artist 3\",\"genres\":[]}";
        }
        return "{\"id\":\"" + id + "\",\"name\":\"Artist " + id.substring(1) + "\",\"genres\":[\"genre " + id + "\",\"rock\"],"
                + "\"followers\":{\"total\":" + (1000 * id.charAt(1)) + "},\"popularity\":50}";
    }

    private String playlistSummary(String id, String name, int tracks) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"owner\":{\"id\":\"someone\",\"display_name\":\"Some One\"},"
                + "\"items\":{\"total\":" + tracks + "}}";
    }

    private volatile String base = "";

    /** Starts {@code server} with these services behind it; returns its base URL. */
    public String serveOn(okhttp3.mockwebserver.MockWebServer server) throws java.io.IOException {
        server.setDispatcher(this);
        server.start();
        String url = server.url("/").toString();
        base(url);
        return url;
    }

    public void base(String url) {
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String base() {
        return base;
    }

    static MockResponse json(int code, String body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }
}
