package org.genreworkbench.ingest.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Genre tags from MusicBrainz's open data: the Spotify artist URL leads to the MusicBrainz artist, whose
 * genres and tags are read. MusicBrainz asks for at most one request a second and a User-Agent naming the
 * application; both are kept here. Answers are cached by the caller so each artist is asked once.
 */
public final class MusicBrainzClient {
    static final long MIN_INTERVAL_MILLIS = 1_000;

    private final ServiceConfig config;
    private final HttpGateway gateway;
    private final Sleeper sleeper;
    private final LongSupplier clock;
    private long lastRequest = Long.MIN_VALUE / 2;

    public MusicBrainzClient(ServiceConfig config, HttpGateway gateway, Sleeper sleeper, LongSupplier clock) {
        this.config = config;
        this.gateway = gateway;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** The genres (then tags) of the artist with this Spotify id; empty when MusicBrainz does not know it. */
    public List<String> genres(String spotifyArtistId) throws IOException {
        String resource = URLEncoder.encode("https://open.spotify.com/artist/" + spotifyArtistId, StandardCharsets.UTF_8);
        JsonNode url;
        try {
            url = get(config.musicBrainz() + "/ws/2/url?resource=" + resource + "&inc=artist-rels&fmt=json");
        } catch (HttpStatusException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
        String mbid = null;
        for (JsonNode rel : url.path("relations")) {
            if (rel.path("artist").hasNonNull("id")) {
                mbid = rel.path("artist").get("id").asText();
                break;
            }
        }
        return mbid == null ? List.of() : genresOf(mbid);
    }

    /**
     * The genres (then tags) of the artist MusicBrainz finds under exactly this name (case and spacing aside),
     * for artists known only by name, as in a listening history; empty when no artist of that name is found.
     */
    public List<String> genresByName(String artistName) throws IOException {
        // A phrase query: quotes and backslashes in the name are escaped, so the name cannot change the query.
        String phrase = "artist:\"" + artistName.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        JsonNode found = get(config.musicBrainz() + "/ws/2/artist?query="
                + URLEncoder.encode(phrase, StandardCharsets.UTF_8) + "&limit=5&fmt=json");
        for (JsonNode candidate : found.path("artists")) {
            if (candidate.hasNonNull("id") && sameName(candidate.path("name").asText(""), artistName)) {
                return genresOf(candidate.get("id").asText());
            }
        }
        return List.of();
    }

    private static boolean sameName(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }

    private List<String> genresOf(String mbid) throws IOException {
        JsonNode artist = get(config.musicBrainz() + "/ws/2/artist/" + URLEncoder.encode(mbid, StandardCharsets.UTF_8)
                + "?inc=genres+tags&fmt=json");
        List<String> out = new ArrayList<>();
        for (String field : List.of("genres", "tags")) {
            for (JsonNode g : artist.path(field)) {
                String name = g.path("name").asText("").strip();
                if (!name.isEmpty() && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private JsonNode get(String url) throws IOException {
        boolean[] retry = {false};
        try {
            // Paced before every attempt: a retry after a 5xx or a 429 is a request like any other.
            return gateway.get(Service.MUSICBRAINZ, url, null, null, () -> {
                if (retry[0]) {
                    lastRequest = clock.getAsLong(); // the failed attempt's answer has ended by now
                }
                retry[0] = true;
                pace();
            });
        } finally {
            // Paced from the end of the answer: a slow request followed by a fast one must not arrive closer than a second.
            lastRequest = clock.getAsLong();
        }
    }

    private void pace() {
        long wait = lastRequest + MIN_INTERVAL_MILLIS - clock.getAsLong();
        if (wait > 0) {
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                // The gateway sees the flag and stops before the request.
                Thread.currentThread().interrupt();
            }
        }
    }
}
