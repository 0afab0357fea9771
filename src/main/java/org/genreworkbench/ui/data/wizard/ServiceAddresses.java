package org.genreworkbench.ui.data.wizard;

import org.genreworkbench.ingest.spotify.Service;
import org.genreworkbench.ingest.spotify.ServiceConfig;
import org.genreworkbench.ingest.spotify.ServiceUnreachableException;
import org.genreworkbench.settings.AppSettings;

/**
 * The services' addresses from the settings file ({@code service.spotifyApi} and the like) or the built-in
 * defaults, and where each came from, so a failed connection can say which setting to check.
 */
final class ServiceAddresses {
    private final AppSettings settings;

    ServiceAddresses(AppSettings settings) {
        this.settings = settings;
    }

    ServiceConfig config(String clientId, String clientSecret) {
        ServiceConfig env = ServiceConfig.fromEnvironment();
        return new ServiceConfig(setting(Service.SPOTIFY_API), setting(Service.SPOTIFY_ACCOUNTS),
                setting(Service.RECCOBEATS), setting(Service.MUSICBRAINZ), blankToNull(clientId),
                blankToNull(clientSecret), env.maxRetryAfterSeconds(), env.maxRetries(), env.backoffMillis());
    }

    /** "service.spotifyAccounts in /home/me/.config/genre-workbench/settings.json", or "the built-in default". */
    String origin(Service service) {
        return setting(service) != null
                ? "the setting " + service.settingsKey() + " in " + settings.configDir().resolve("settings.json")
                : "the built-in default (set " + service.settingsKey() + " in " + settings.configDir().resolve("settings.json")
                + " to use another)";
    }

    /** A failure in words: for an unreachable service, which host, why, and where its address comes from. */
    String describe(Throwable failure, String doing) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnreachableException u) {
                return u.getMessage() + " Its address " + u.service().baseUrl(config(null, null)) + " comes from "
                        + origin(u.service()) + ".";
            }
        }
        return doing + ": " + failure.getMessage();
    }

    private String setting(Service service) {
        return blankToNull(settings.get(service.settingsKey()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
