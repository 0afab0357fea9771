package org.genreworkbench.ingest.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;

/** Reads Spotify's JSON objects into the project model, tolerating every field being absent or null. */
final class SpotifyData {
    private SpotifyData() {
    }

    /** A track object; null when the node is null or has no id (local files, removed tracks). */
    static Track track(JsonNode t) {
        if (t == null || t.isNull() || !t.hasNonNull("id")) {
            return null;
        }
        List<String> artistIds = new ArrayList<>();
        for (JsonNode a : t.path("artists")) {
            if (a.hasNonNull("id")) {
                artistIds.add(a.get("id").asText());
            }
        }
        JsonNode album = t.path("album");
        return new Track(t.get("id").asText(), text(t, "name"), text(album, "name"), text(album, "release_date"),
                t.hasNonNull("duration_ms") ? t.get("duration_ms").asInt() : null,
                t.hasNonNull("popularity") ? t.get("popularity").asInt() : null,
                t.hasNonNull("explicit") ? t.get("explicit").asBoolean() : null, artistIds, null, Source.SPOTIFY, null);
    }

    /** The artists a track object names, as bare artists (id and name). */
    static List<Artist> trackArtists(JsonNode t) {
        List<Artist> artists = new ArrayList<>();
        for (JsonNode a : t.path("artists")) {
            if (a.hasNonNull("id")) {
                artists.add(new Artist(a.get("id").asText(), text(a, "name"), List.of(), null, null, Source.SPOTIFY, null));
            }
        }
        return artists;
    }

    /** A full artist object; genres, followers and popularity may be missing since 2026. */
    static Artist artist(JsonNode a) {
        if (a == null || a.isNull() || !a.hasNonNull("id")) {
            return null;
        }
        List<String> genres = new ArrayList<>();
        for (JsonNode g : a.path("genres")) {
            if (!g.asText("").isBlank()) {
                genres.add(g.asText());
            }
        }
        JsonNode followers = a.path("followers").path("total");
        return new Artist(a.get("id").asText(), text(a, "name"), genres,
                followers.isNumber() ? followers.asLong() : null,
                a.hasNonNull("popularity") ? a.get("popularity").asInt() : null, Source.SPOTIFY,
                genres.isEmpty() ? null : Source.SPOTIFY);
    }

    /** Audio features from Spotify's or ReccoBeats' field names; absent fields stay missing. */
    static AudioFeatures features(JsonNode f) {
        AudioFeatures.Builder b = AudioFeatures.builder();
        for (AudioFeature feature : AudioFeature.values()) {
            JsonNode v = f.path(feature.fieldName());
            if (v.isNumber()) {
                b.set(feature, v.asDouble());
            }
        }
        return b.build();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.asText() : null;
    }
}
