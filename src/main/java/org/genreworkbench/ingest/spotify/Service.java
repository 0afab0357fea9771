package org.genreworkbench.ingest.spotify;

/** The services an ingestion talks to, with the names a user knows them by and the settings key of their address. */
public enum Service {
    SPOTIFY_API("Spotify Web API", "service.spotifyApi"),
    SPOTIFY_ACCOUNTS("Spotify accounts", "service.spotifyAccounts"),
    RECCOBEATS("ReccoBeats", "service.reccobeats"),
    MUSICBRAINZ("MusicBrainz", "service.musicbrainz");

    private final String displayName;
    private final String settingsKey;

    Service(String displayName, String settingsKey) {
        this.displayName = displayName;
        this.settingsKey = settingsKey;
    }

    public String displayName() {
        return displayName;
    }

    /** The settings file's key that overrides this service's address. */
    public String settingsKey() {
        return settingsKey;
    }

    /** This service's base URL in a configuration. */
    public String baseUrl(ServiceConfig config) {
        return switch (this) {
            case SPOTIFY_API -> config.spotifyApi();
            case SPOTIFY_ACCOUNTS -> config.spotifyAccounts();
            case RECCOBEATS -> config.reccoBeats();
            case MUSICBRAINZ -> config.musicBrainz();
        };
    }
}
