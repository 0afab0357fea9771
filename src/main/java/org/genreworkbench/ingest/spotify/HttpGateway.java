package org.genreworkbench.ingest.spotify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends requests politely: a 429 waits for its Retry-After (up to a cap, then gives up with a message
 * rather than hammer a service that is banning us); a 5xx or I/O error is retried a few times with
 * exponential backoff and jitter; a 401 asks for a fresh token once. Every request is counted.
 */
public final class HttpGateway {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient http;
    private final ServiceConfig config;
    private final IngestListener listener;
    private final Sleeper sleeper;
    private final Random jitter = new Random();
    private final AtomicLong requests = new AtomicLong();

    public HttpGateway(ServiceConfig config, IngestListener listener, Sleeper sleeper) {
        this(config, listener, sleeper, 15_000);
    }

    /** @param connectTimeoutMillis how long a connection may take before the host counts as not answering */
    public HttpGateway(ServiceConfig config, IngestListener listener, Sleeper sleeper, long connectTimeoutMillis) {
        this.config = config;
        this.listener = listener;
        this.sleeper = sleeper;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    public long requestCount() {
        return requests.get();
    }

    /** A GET to whichever configured service the URL starts with. */
    public JsonNode get(String url, Supplier<String> auth, Runnable renewAuth) throws IOException {
        return get(serviceOf(url), url, auth, renewAuth);
    }

    /** A GET returning JSON; {@code auth} gives the Authorization header value (or null), renewed on a 401. */
    public JsonNode get(Service service, String url, Supplier<String> auth, Runnable renewAuth) throws IOException {
        return get(service, url, auth, renewAuth, () -> { });
    }

    /**
     * The same, with {@code beforeEachAttempt} run before every attempt, retries included: where a service's
     * pacing rule (MusicBrainz: one request a second) must hold for retries too.
     */
    public JsonNode get(Service service, String url, Supplier<String> auth, Runnable renewAuth,
                        Runnable beforeEachAttempt) throws IOException {
        return send(service, () -> {
            beforeEachAttempt.run();
            Request.Builder b = new Request.Builder().url(url).header("User-Agent", ServiceConfig.USER_AGENT)
                    .header("Accept", "application/json");
            String a = auth == null ? null : auth.get();
            if (a != null) {
                b.header("Authorization", a);
            }
            return b.build();
        }, renewAuth);
    }

    /** Sends a request built fresh for each attempt, with the retry rules above; returns the JSON body. */
    public JsonNode send(Supplier<Request> build, Runnable renewAuth) throws IOException {
        return send(serviceOf(build.get().url().toString()), build, renewAuth);
    }

    /** The same, naming the service in waits and failures. */
    public JsonNode send(Service service, Supplier<Request> build, Runnable renewAuth) throws IOException {
        boolean renewed = false;
        int failures = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("interrupted");
            }
            Request request = build.get();
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("interrupted");
            }
            requests.incrementAndGet();
            listener.request(request.method(), request.url().encodedPath());
            try (Response response = http.newCall(request).execute()) {
                int code = response.code();
                String body = body(response.body());
                if (code == 429) {
                    long seconds = retryAfter(response.header("Retry-After"));
                    if (seconds > config.maxRetryAfterSeconds()) {
                        throw new HttpStatusException(429, describe(request) + ": rate limited for " + seconds
                                + " s, more than the " + config.maxRetryAfterSeconds() + " s this run waits; try again later");
                    }
                    listener.waiting(new RateWait(service, seconds, "rate limited (429, Retry-After " + seconds + " s)"));
                    pause(seconds * 1000);
                    continue;
                }
                if (code == 401 && renewAuth != null && !renewed) {
                    listener.log("token refused (401): getting a new one");
                    renewAuth.run();
                    renewed = true;
                    continue;
                }
                if (code >= 500 && failures < config.maxRetries()) {
                    backoff(service, ++failures, describe(request) + " answered " + code);
                    continue;
                }
                if (code >= 300) {
                    throw new HttpStatusException(code, describe(request) + " answered " + code + errorMessage(body));
                }
                if (body.isBlank()) {
                    if (code == 204) {
                        return JSON.nullNode();
                    }
                    // A 200 with nothing in it is a cut connection or a faulty proxy, not an empty answer:
                    // read as "no items" it would lose a playlist's tracks without a word.
                    throw new TransientAnswer(describe(request) + " returned an empty body");
                }
                try {
                    return JSON.readTree(body);
                } catch (JsonProcessingException e) {
                    // Usually a body cut short on the way: worth another attempt, like a reset connection.
                    throw new TransientAnswer(describe(request) + " returned malformed JSON (" + e.getOriginalMessage()
                            + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
                }
            } catch (HttpStatusException e) {
                throw e;
            } catch (java.io.InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                ServiceUnreachableException.Reason unreachable = ServiceUnreachableException.classify(e);
                if (failures >= config.maxRetries()) {
                    if (unreachable != null) {
                        throw new ServiceUnreachableException(service, request.url().host() + portOf(request),
                                unreachable, failures + 1, e);
                    }
                    throw new IOException(describe(request) + " failed after " + (failures + 1) + " attempts: " + e.getMessage(), e);
                }
                backoff(service, ++failures, describe(request) + " failed: " + e.getMessage());
            }
        }
    }

    /** A 2xx whose body cannot be used as it came; retried like an I/O error. */
    private static final class TransientAnswer extends IOException {
        TransientAnswer(String message) {
            super(message);
        }

        TransientAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private void backoff(Service service, int attempt, String why) throws IOException {
        long base = config.backoffMillis() * (1L << Math.min(10, attempt - 1));
        long wait = base / 2 + (long) (jitter.nextDouble() * base);
        listener.waiting(new RateWait(service, wait / 1000.0, why + "; retry " + attempt + " of " + config.maxRetries()));
        pause(wait);
    }

    private void pause(long millis) throws IOException {
        try {
            sleeper.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting");
        }
    }

    /** The configured service whose base the URL starts with; the Web API when none matches. */
    private Service serviceOf(String url) {
        for (Service s : Service.values()) {
            if (url.startsWith(s.baseUrl(config))) {
                return s;
            }
        }
        return Service.SPOTIFY_API;
    }

    /** ":8080" when the URL names a port other than its scheme's default, so a user sees which port was tried. */
    private static String portOf(Request r) {
        int port = r.url().port();
        return port == okhttp3.HttpUrl.defaultPort(r.url().scheme()) ? "" : ":" + port;
    }

    private static long retryAfter(String header) {
        try {
            return header == null ? 1 : Math.max(0, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    private static String body(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    /** The service's own words from {"error": {"message": ...}} or {"error": "...", "error_description": ...}. */
    private static String errorMessage(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            JsonNode e = n.path("error");
            String msg = e.isObject() ? e.path("message").asText("") : e.asText("")
                    + (n.has("error_description") ? ": " + n.path("error_description").asText() : "");
            return msg.isBlank() ? "" : " (" + msg + ")";
        } catch (IOException | RuntimeException ex) {
            return "";
        }
    }

    /** "GET /v1/artists" — the path only, so query strings (ids) and no credential ever reach a log. */
    private static String describe(Request r) {
        return r.method() + " " + r.url().encodedPath();
    }
}
