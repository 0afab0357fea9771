package org.genreworkbench.ingest.spotify;

import java.util.EnumMap;
import java.util.Map;

/**
 * What this Spotify app may do, as found by probing, and which fallback stands in for what it may not.
 * Since late 2024 new apps lose audio features; since 2026 development-mode apps also lose batch endpoints,
 * other users' playlists and the artist fields genres, followers and popularity.
 */
public final class Capabilities {
    /** The abilities an ingestion relies on. */
    public enum Capability {
        PLAYLIST_ITEMS("Read others' playlists", "none: only your own playlists can be read"),
        BATCH_TRACKS("Several tracks per request", "one track per request"),
        BATCH_ARTISTS("Several artists per request", "one artist per request"),
        AUDIO_FEATURES("Audio features", "ReccoBeats"),
        ARTIST_GENRES("Artist genres and followers", "MusicBrainz genre tags");

        private final String label;
        private final String fallback;

        Capability(String label, String fallback) {
            this.label = label;
            this.fallback = fallback;
        }

        public String label() {
            return label;
        }

        public String fallback() {
            return fallback;
        }
    }

    /**
     * One probe's finding.
     *
     * @param status the HTTP status Spotify answered (0 when not probed)
     */
    public record Finding(boolean available, int status, String note) {
    }

    private final Map<Capability, Finding> findings = new EnumMap<>(Capability.class);

    /** Everything assumed available until a probe or a 403 says otherwise. */
    public static Capabilities assumeAll() {
        Capabilities c = new Capabilities();
        for (Capability cap : Capability.values()) {
            c.findings.put(cap, new Finding(true, 0, "not probed"));
        }
        return c;
    }

    public synchronized Finding get(Capability c) {
        return findings.get(c);
    }

    public synchronized boolean available(Capability c) {
        return findings.get(c).available();
    }

    public synchronized void set(Capability c, Finding f) {
        findings.put(c, f);
    }

    /** Marks a capability closed, once; returns true if it was open until now. */
    public synchronized boolean close(Capability c, int status, String note) {
        boolean wasOpen = findings.get(c).available();
        findings.put(c, new Finding(false, status, note));
        return wasOpen;
    }

    public synchronized Map<Capability, Finding> all() {
        return new EnumMap<>(findings);
    }
}
