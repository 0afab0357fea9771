package org.genreworkbench.ingest.spotify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * Puts a bad network and overloaded services in front of {@link FakeServices}: each answer is, at random from a
 * seed, the right one or one of the troubles real runs meet. Counts what it did and when MusicBrainz was asked.
 */
final class FlakyNetwork extends Dispatcher {
    enum Fault { NONE, RATE_LIMITED, SERVER_ERROR, RESET_MID_BODY, SLOW_BODY, TRUNCATED_JSON, EMPTY_BODY, LONG_BAN }

    private final FakeServices services;
    private final Random random;
    private final int faultPercent;
    private final int retryAfterCap;
    private final LongSupplier clock;
    final Map<Fault, Integer> injected = Collections.synchronizedMap(new EnumMap<>(Fault.class));
    final List<Long> musicBrainzTimes = Collections.synchronizedList(new ArrayList<>());

    /** @param retryAfterCap the longest Retry-After the client waits; a rare ban goes beyond it */
    FlakyNetwork(FakeServices services, long seed, int faultPercent, int retryAfterCap, LongSupplier clock) {
        this.services = services;
        this.random = new Random(seed);
        this.faultPercent = faultPercent;
        this.retryAfterCap = retryAfterCap;
        this.clock = clock;
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getPath().startsWith("/ws/2/")) {
            musicBrainzTimes.add(clock.getAsLong());
        }
        Fault fault = pick();
        injected.merge(fault, 1, Integer::sum);
        if (fault == Fault.RATE_LIMITED || fault == Fault.LONG_BAN) {
            int seconds = fault == Fault.LONG_BAN ? retryAfterCap + 1 + random.nextInt(100) : random.nextInt(retryAfterCap + 1);
            return json(429, "{\"error\":{\"status\":429,\"message\":\"API rate limit exceeded\"}}")
                    .setHeader("Retry-After", Integer.toString(seconds));
        }
        if (fault == Fault.SERVER_ERROR) {
            int code = List.of(500, 502, 503).get(random.nextInt(3));
            return json(code, code == 502 ? "<html>Bad Gateway</html>" : "{\"error\":{\"status\":" + code + "}}");
        }
        MockResponse fine = services.dispatch(request);
        String body = fine.getBody() == null ? "" : fine.getBody().clone().readUtf8();
        return switch (fault) {
            case RESET_MID_BODY -> fine.setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
            case SLOW_BODY -> fine.throttleBody(64, 2, TimeUnit.MILLISECONDS);
            case TRUNCATED_JSON -> json(200, body.substring(0, body.isEmpty() ? 0 : random.nextInt(body.length())));
            case EMPTY_BODY -> json(200, "");
            default -> fine;
        };
    }

    private Fault pick() {
        if (random.nextInt(100) >= faultPercent) {
            return Fault.NONE;
        }
        // A ban longer than the cap is rare: it ends the run, which is then resumed.
        if (random.nextInt(50) == 0) {
            return Fault.LONG_BAN;
        }
        Fault[] troubles = {Fault.RATE_LIMITED, Fault.SERVER_ERROR, Fault.RESET_MID_BODY, Fault.SLOW_BODY,
                Fault.TRUNCATED_JSON, Fault.EMPTY_BODY};
        return troubles[random.nextInt(troubles.length)];
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }
}
