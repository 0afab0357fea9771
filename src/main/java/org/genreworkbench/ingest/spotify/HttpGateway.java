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
        this.config = config;
        this.listener = listener;
        this.sleeper = sleeper;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    public long requestCount() {
        return requests.get();
    }

    /** A GET returning JSON; {@code auth} gives the Authorization header value (or null), renewed on a 401. */
    public JsonNode get(String url, Supplier<String> auth, Runnable renewAuth) throws IOException {
        return send(() -> {
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
        boolean renewed = false;
        int failures = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("interrupted");
            }
            Request request = build.get();
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
                    listener.waiting(seconds, "rate limit (Retry-After " + seconds + " s)");
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
                    backoff(++failures, describe(request) + " answered " + code);
                    continue;
                }
                if (code >= 300) {
                    throw new HttpStatusException(code, describe(request) + " answered " + code + errorMessage(body));
                }
                if (body.isBlank()) {
                    return JSON.nullNode();
                }
                try {
                    return JSON.readTree(body);
                } catch (JsonProcessingException e) {
                    throw new IOException(describe(request) + " returned malformed JSON (" + e.getOriginalMessage()
                            + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
                }
            } catch (HttpStatusException e) {
                throw e;
            } catch (java.io.InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().contains("malformed JSON")) {
                    throw e;
                }
                if (failures >= config.maxRetries()) {
                    throw new IOException(describe(request) + " failed after " + (failures + 1) + " attempts: " + e.getMessage(), e);
                }
                backoff(++failures, describe(request) + " failed: " + e.getMessage());
            }
        }
    }

    private void backoff(int attempt, String why) throws IOException {
        long base = config.backoffMillis() * (1L << Math.min(10, attempt - 1));
        long wait = base / 2 + (long) (jitter.nextDouble() * base);
        listener.waiting(wait / 1000.0, why + "; retry " + attempt + " of " + config.maxRetries());
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
