package org.genreworkbench.ingest.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Found by the flaky-network soak: answers that came broken were taken as final, and retries broke pacing. */
class TransientAnswersTest {
    private final MockWebServer server = new MockWebServer();
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final List<Long> waits = new ArrayList<>();
    private ServiceConfig config;
    private HttpGateway gateway;

    @BeforeEach
    void start() throws Exception {
        server.start();
        String base = server.url("/").toString();
        config = new ServiceConfig(base, base, base, base, "id", "secret", 5, 3, 100);
        gateway = new HttpGateway(config, IngestListener.NONE, millis -> {
            waits.add(millis);
            clock.addAndGet(millis);
        });
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void aTwoHundredWithAnEmptyBodyIsRetriedNotReadAsNoItems() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200).setBody(""));
        server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"items\":[1,2,3]}"));
        assertThat(gateway.get(server.url("/v1/playlists/p/items").toString(), null, null).path("items").size())
                .isEqualTo(3);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void jsonCutShortIsRetriedAndOnlyAfterTheLastAttemptReported() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"items\":[1,2"));
        server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"items\":[1,2,3]}"));
        assertThat(gateway.get(server.url("/v1/search").toString(), null, null).path("items").size()).isEqualTo(3);

        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"items\":"));
        }
        assertThatThrownBy(() -> gateway.get(server.url("/v1/search").toString(), null, null))
                .hasMessageContaining("GET /v1/search failed after 4 attempts")
                .hasMessageContaining("returned malformed JSON");
    }

    @Test
    void aNoContentAnswerIsStillEmpty() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(204));
        assertThat(gateway.get(server.url("/v1/me").toString(), null, null).isNull()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRetriedMusicBrainzRequestStillWaitsASecondAfterTheOneBefore() throws Exception {
        List<Long> arrivals = new ArrayList<>();
        server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            private int n;

            @Override
            public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                arrivals.add(clock.get());
                return n++ == 0 ? new MockResponse().setResponseCode(503)
                        : new MockResponse().setBody(request.getPath().startsWith("/ws/2/url")
                        ? "{\"relations\":[{\"artist\":{\"id\":\"mb1\"}}]}" : "{\"genres\":[{\"name\":\"bebop\"}]}");
            }
        });
        MusicBrainzClient musicBrainz = new MusicBrainzClient(config, gateway, millis -> {
            waits.add(millis);
            clock.addAndGet(millis);
        }, clock::get);
        assertThat(musicBrainz.genres("a1")).containsExactly("bebop");
        assertThat(arrivals).hasSize(3);
        assertThat(arrivals.get(1) - arrivals.get(0)).isGreaterThanOrEqualTo(MusicBrainzClient.MIN_INTERVAL_MILLIS);
        assertThat(arrivals.get(2) - arrivals.get(1)).isGreaterThanOrEqualTo(MusicBrainzClient.MIN_INTERVAL_MILLIS);
    }
}
