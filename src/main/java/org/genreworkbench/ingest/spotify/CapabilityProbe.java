package org.genreworkbench.ingest.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.genreworkbench.ingest.spotify.Capabilities.Capability;

/**
 * Finds out what this app may do with a handful of requests: a search and one playlist's entries in turn (the
 * rest needs their ids), then the batch-track, audio-feature and batch-artist endpoints side by side, since
 * Spotify allows parallel requests. Made for "Test connection": failures come back fast, one retry at most.
 */
final class CapabilityProbe {
    private final SpotifyClient spotify;
    private final Capabilities capabilities;

    CapabilityProbe(SpotifyClient spotify, Capabilities capabilities) {
        this.spotify = spotify;
        this.capabilities = capabilities;
    }

    Capabilities probe(String query) throws IOException {
        List<SpotifyClient.Candidate> found = spotify.searchPlaylists(query, 1);
        if (found.isEmpty()) {
            throw new IOException("the search for '" + query + "' found no playlist to probe with");
        }
        List<JsonNode> tracks;
        try {
            tracks = spotify.playlistTracks(found.get(0).id());
            capabilities.set(Capability.PLAYLIST_ITEMS, available());
        } catch (HttpStatusException e) {
            capabilities.close(Capability.PLAYLIST_ITEMS, e.status(), e.getMessage());
            return capabilities;
        }
        if (tracks.isEmpty()) {
            return capabilities;
        }
        String trackId = tracks.get(0).get("id").asText();
        String artistId = tracks.get(0).path("artists").path(0).path("id").asText(null);
        ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "probe");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<?>> probes = new ArrayList<>();
            probes.add(async(pool, () -> probe(Capability.BATCH_TRACKS, () -> spotify.tracks(List.of(trackId)))));
            probes.add(async(pool, () -> probe(Capability.AUDIO_FEATURES, () -> spotify.audioFeatures(List.of(trackId)))));
            if (artistId != null) {
                probes.add(async(pool, () -> probeArtist(artistId)));
            }
            try {
                CompletableFuture.allOf(probes.toArray(CompletableFuture[]::new)).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e;
            }
        } finally {
            pool.shutdownNow();
        }
        return capabilities;
    }

    private void probeArtist(String artistId) throws IOException {
        List<JsonNode> artists = probe(Capability.BATCH_ARTISTS, () -> spotify.artists(List.of(artistId)));
        JsonNode artist = artists != null && !artists.isEmpty() ? artists.get(0) : null;
        if (artist == null && !capabilities.available(Capability.BATCH_ARTISTS)) {
            artist = spotify.artist(artistId);
        }
        boolean genres = artist != null && artist.path("genres").size() > 0;
        boolean followers = artist != null && artist.path("followers").path("total").isNumber();
        capabilities.set(Capability.ARTIST_GENRES, genres || followers ? available()
                : new Capabilities.Finding(false, 200, "returned without genres or followers"));
    }

    private interface Call {
        List<JsonNode> run() throws IOException;
    }

    private interface Step {
        void run() throws IOException;
    }

    private static CompletableFuture<Void> async(ExecutorService pool, Step step) {
        return CompletableFuture.runAsync(() -> {
            try {
                step.run();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, pool);
    }

    private List<JsonNode> probe(Capability c, Call call) throws IOException {
        try {
            List<JsonNode> result = call.run();
            capabilities.set(c, available());
            return result;
        } catch (HttpStatusException e) {
            if (e.status() == 403 || e.status() == 404) {
                capabilities.close(c, e.status(), e.getMessage());
                return null;
            }
            throw e;
        }
    }

    private static Capabilities.Finding available() {
        return new Capabilities.Finding(true, 200, "available");
    }
}
