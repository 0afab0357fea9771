package org.genreworkbench.ingest.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.AudioFeatures;

/**
 * Audio features from ReccoBeats, for apps that Spotify no longer lets read them: up to 40 Spotify ids a
 * request, no key. Rows come back in any order and unknown ids are silently left out, so rows are matched
 * back through their {@code href} (the open.spotify.com track URL); a track without a row stays missing.
 */
public final class ReccoBeatsClient {
    static final int BATCH = 40;

    private final ServiceConfig config;
    private final HttpGateway gateway;

    public ReccoBeatsClient(ServiceConfig config, HttpGateway gateway) {
        this.config = config;
        this.gateway = gateway;
    }

    /** Spotify track id to features, for the ids ReccoBeats knows. */
    public Map<String, AudioFeatures> audioFeatures(List<String> spotifyIds) throws IOException {
        Map<String, AudioFeatures> found = new HashMap<>();
        JsonNode answer = gateway.get(Service.RECCOBEATS, config.reccoBeats() + "/v1/audio-features?ids=" + String.join(",", spotifyIds),
                null, null);
        for (JsonNode row : answer.path("content")) {
            String href = row.path("href").asText("");
            String id = href.substring(href.lastIndexOf('/') + 1);
            int query = id.indexOf('?');
            id = query >= 0 ? id.substring(0, query) : id;
            if (spotifyIds.contains(id)) {
                found.put(id, SpotifyData.features(row));
            }
        }
        return found;
    }
}
