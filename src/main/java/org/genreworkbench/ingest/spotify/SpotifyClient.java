package org.genreworkbench.ingest.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Source;

/**
 * The Spotify Web API calls an ingestion needs, at the documented batch sizes, reading every response shape
 * of 2024–2026: null entries in searches and batches, {@code items} missing or null, playlist entries under
 * {@code item} (2026) or {@code track}, null tracks inside playlists.
 */
public final class SpotifyClient {
    static final int SEARCH_LIMIT = 10;
    static final int TRACKS_BATCH = 50;
    static final int ARTISTS_BATCH = 50;
    static final int FEATURES_BATCH = 100;
    static final int ITEMS_PAGE = 50;

    private final ServiceConfig config;
    private final HttpGateway gateway;
    private final SpotifyAuth auth;

    public SpotifyClient(ServiceConfig config, HttpGateway gateway, SpotifyAuth auth) {
        this.config = config;
        this.gateway = gateway;
        this.auth = auth;
    }

    /** A playlist found by a search, before its tracks are read. */
    public record Candidate(String id, String name, String owner, int trackCount, String query) {
        public Playlist toPlaylist() {
            return new Playlist(id, name, query, query, owner, List.of(), List.of(), Source.SPOTIFY);
        }
    }

    /** Up to {@code wanted} playlists for a query, paging at the 2026 limit of 10 per request. */
    public List<Candidate> searchPlaylists(String query, int wanted) throws IOException {
        List<Candidate> found = new ArrayList<>();
        String url = config.spotifyApi() + "/v1/search?type=playlist&limit=" + SEARCH_LIMIT + "&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
        while (url != null && found.size() < wanted) {
            JsonNode page = get(url).path("playlists");
            for (JsonNode p : page.path("items")) {
                if (p != null && !p.isNull() && p.hasNonNull("id")) {
                    JsonNode tracks = p.has("items") ? p.path("items") : p.path("tracks");
                    found.add(new Candidate(p.get("id").asText(), p.path("name").asText(null),
                            p.path("owner").path("display_name").asText(p.path("owner").path("id").asText(null)),
                            tracks.path("total").asInt(0), query));
                }
            }
            url = next(page);
        }
        return found.size() > wanted ? found.subList(0, wanted) : found;
    }

    /** The track objects of a playlist's entries, and how many entries held none (null, local file, removed). */
    public record PlaylistItems(List<JsonNode> tracks, int skipped) {
    }

    /** The track objects of a playlist, every page, skipping local and removed tracks. */
    public List<JsonNode> playlistTracks(String playlistId) throws IOException {
        return playlistItems(playlistId).tracks();
    }

    /** The track objects of a playlist, every page, counting the entries skipped as null, local or removed. */
    public PlaylistItems playlistItems(String playlistId) throws IOException {
        List<JsonNode> tracks = new ArrayList<>();
        int skipped = 0;
        String url = config.spotifyApi() + "/v1/playlists/" + playlistId + "/items?limit=" + ITEMS_PAGE;
        boolean first = true;
        while (url != null) {
            JsonNode page;
            try {
                page = get(url);
            } catch (HttpStatusException e) {
                if (first && e.status() == 404) {
                    // Before 2026 the entries lived under /tracks.
                    url = config.spotifyApi() + "/v1/playlists/" + playlistId + "/tracks?limit=" + ITEMS_PAGE;
                    first = false;
                    continue;
                }
                throw e;
            }
            first = false;
            for (JsonNode entry : page.path("items")) {
                JsonNode t = entry.hasNonNull("item") ? entry.get("item") : entry.path("track");
                if (t != null && !t.isNull() && t.hasNonNull("id") && !t.path("is_local").asBoolean(false)) {
                    tracks.add(t);
                } else {
                    skipped++;
                }
            }
            url = next(page);
        }
        return new PlaylistItems(tracks, skipped);
    }

    /** Several artists in one request; entries may be null. */
    public List<JsonNode> artists(List<String> ids) throws IOException {
        return batch("/v1/artists?ids=", ids, "artists");
    }

    /** Several tracks in one request; entries may be null. */
    public List<JsonNode> tracks(List<String> ids) throws IOException {
        return batch("/v1/tracks?ids=", ids, "tracks");
    }

    /** Audio features of several tracks; entries may be null. */
    public List<JsonNode> audioFeatures(List<String> ids) throws IOException {
        return batch("/v1/audio-features?ids=", ids, "audio_features");
    }

    /** One artist, for apps whose batch endpoint is closed. */
    public JsonNode artist(String id) throws IOException {
        return get(config.spotifyApi() + "/v1/artists/" + id);
    }

    private List<JsonNode> batch(String path, List<String> ids, String field) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : get(config.spotifyApi() + path + String.join(",", ids)).path(field)) {
            out.add(n);
        }
        return out;
    }

    private JsonNode get(String url) throws IOException {
        try {
            return gateway.get(Service.SPOTIFY_API, url, auth::header, auth::invalidate);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String next(JsonNode page) {
        JsonNode n = page.path("next");
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }
}
