package org.genreworkbench.ml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.genreworkbench.model.Experiment;
import org.junit.jupiter.api.Test;

/** The REST calls MLflow expects, against a stub; and a server that is down. */
class MlflowLoggerTest {
    private static final Experiment EXPERIMENT = new Experiment("e-1", "genres", "2026-11-24T10:00:00Z", "{}",
            List.of("pop", "rock"), List.of(List.of("t1"), List.of("t2")),
            List.of(new Experiment.ModelResult("BR + J48", "BR / J48 / threshold PCut1", List.of(
                    new Experiment.FoldScore(0, Map.of("f1_micro", 0.5), List.of(0.4, 0.6), 10, 1),
                    new Experiment.FoldScore(1, Map.of("f1_micro", 0.7), List.of(0.5, 0.9), 12, 1)))),
            Map.of("weka", "3.9.6"));

    @Test
    void anExperimentBecomesOneRunPerModelWithFoldsAsSteps() throws Exception {
        List<RecordedRequest> seen = new ArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    seen.add(r);
                    String p = r.getPath();
                    if (p.startsWith("/api/2.0/mlflow/experiments/get-by-name")) {
                        return new MockResponse().setResponseCode(404).setBody("{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\"}");
                    }
                    if (p.equals("/api/2.0/mlflow/experiments/create")) {
                        return new MockResponse().setBody("{\"experiment_id\":\"7\"}");
                    }
                    if (p.equals("/api/2.0/mlflow/runs/create")) {
                        return new MockResponse().setBody("{\"run\":{\"info\":{\"run_id\":\"run-1\"}}}");
                    }
                    return new MockResponse().setBody("{}");
                }
            });
            server.start();
            MlflowLogger.Outcome outcome = new MlflowLogger(server.url("/").toString()).log(EXPERIMENT);
            assertThat(outcome.ok()).isTrue();
            assertThat(outcome.runs()).isEqualTo(1);
        }
        assertThat(seen).extracting(r -> r.getMethod() + " " + r.getPath().replaceAll("\\?.*", "")).containsExactly(
                "GET /api/2.0/mlflow/experiments/get-by-name", "POST /api/2.0/mlflow/experiments/create",
                "POST /api/2.0/mlflow/runs/create", "POST /api/2.0/mlflow/runs/log-batch", "POST /api/2.0/mlflow/runs/update");
        ObjectMapper json = new ObjectMapper();
        JsonNode create = json.readTree(seen.get(2).getBody().readUtf8());
        assertThat(create.path("experiment_id").asText()).isEqualTo("7");
        assertThat(create.path("run_name").asText()).isEqualTo("BR + J48");
        JsonNode batch = json.readTree(seen.get(3).getBody().readUtf8());
        assertThat(batch.path("run_id").asText()).isEqualTo("run-1");
        List<String> metricSteps = new ArrayList<>();
        batch.path("metrics").forEach(m -> metricSteps.add(m.path("key").asText() + "@" + m.path("step").asInt() + "=" + m.path("value").asDouble()));
        assertThat(metricSteps).contains("f1_micro@0=0.5", "f1_micro@1=0.7");
        assertThat(batch.path("params").toString()).contains("BR / J48 / threshold PCut1");
        assertThat(json.readTree(seen.get(4).getBody().readUtf8()).path("status").asText()).isEqualTo("FINISHED");
    }

    @Test
    void aServerThatIsDownIsReportedAndNothingThrows() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        MlflowLogger.Outcome outcome = new MlflowLogger("http://127.0.0.1:" + port).log(EXPERIMENT);
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).contains("MLflow logging failed").contains("kept in the workspace");
    }
}
