package org.genreworkbench.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.genreworkbench.model.spec.Specs;
import java.time.Instant;
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
import org.genreworkbench.model.LossCurve;
import org.junit.jupiter.api.Test;

/** The REST calls MLflow expects, against a stub; and a server that is down. */
class MlflowLoggerTest {
    private static final Experiment EXPERIMENT = new Experiment("e-1", "genres", Instant.parse("2026-11-24T10:00:00Z"), Specs.oneModel(),
            List.of("pop", "rock"), List.of(List.of("t1"), List.of("t2")),
            List.of(new Experiment.ModelResult("BR + J48", "BR / J48 / threshold PCut1", List.of(
                    new Experiment.FoldScore(0, Map.of("f1_micro", 0.5), List.of(0.4, 0.6), 10, 1),
                    new Experiment.FoldScore(1, Map.of("f1_micro", 0.7), List.of(0.5, 0.9), 12, 1)))),
            Map.of("weka", "3.9.6"));

    @Test
    void anExperimentBecomesOneRunPerModelWithFoldsAsSteps() throws Exception {
        List<RecordedRequest> seen = new ArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fakeMlflow(seen, null, "run-1"));
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

    @Test
    void aNetworksLossesBecomeMetricStepsPerEpochSentInBatchesMlflowAccepts() throws Exception {
        List<Double> training = new ArrayList<>();
        List<Double> validation = new ArrayList<>();
        for (int e = 0; e < 300; e++) {
            training.add(1.0 / (e + 1));
            validation.add(1.0 / (e + 1) + 0.01 * e);
        }
        LossCurve curve = new LossCurve(training, validation, 9);
        Experiment withNetwork = new Experiment("e-2", "genres", Instant.parse("2026-11-24T10:00:00Z"), Specs.oneModel(), List.of("pop", "rock"),
                List.of(List.of("t1"), List.of("t2")), List.of(new Experiment.ModelResult("MLP", "MLP / threshold PCut1",
                List.of(new Experiment.FoldScore(0, Map.of("f1_micro", 0.5), List.of(0.4, 0.6), 10, 1, curve),
                        new Experiment.FoldScore(1, Map.of("f1_micro", 0.6), List.of(0.4, 0.6), 10, 1, curve)))),
                Map.of());
        List<RecordedRequest> seen = new ArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fakeMlflow(seen, "3", "run-9"));
            server.start();
            assertThat(new MlflowLogger(server.url("/").toString()).log(withNetwork).ok()).isTrue();
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> batches = new ArrayList<>();
        for (RecordedRequest r : seen) {
            if (r.getPath().equals("/api/2.0/mlflow/runs/log-batch")) {
                batches.add(json.readTree(r.getBody().readUtf8()));
            }
        }
        // 2 folds x 300 epochs x 2 losses + 2 x (f1, train_ms, kept epoch) = 1206 metrics: two batches
        assertThat(batches).hasSize(2);
        assertThat(batches).allSatisfy(b -> assertThat(b.path("metrics").size()).isLessThanOrEqualTo(1000));
        assertThat(batches.get(0).has("params")).isTrue();
        assertThat(batches.get(1).has("params")).isFalse();
        List<String> steps = new ArrayList<>();
        batches.forEach(b -> b.path("metrics").forEach(m -> steps.add(m.path("key").asText() + "@" + m.path("step").asInt()
                + "=" + m.path("value").asDouble())));
        assertThat(steps).hasSize(1206).contains("loss_train_fold1@1=1.0", "loss_validation_fold1@2=0.51",
                "loss_train_fold2@300=" + (1.0 / 300), "kept_epoch_fold2@1=9.0");
    }

    /**
     * MLflow's REST calls as the logger uses them, each request kept in {@code seen}: the experiment by name has
     * the id {@code existingId}, or does not exist (null) and is created as "7"; every run created is {@code runId}.
     */
    private static Dispatcher fakeMlflow(List<RecordedRequest> seen, String existingId, String runId) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                seen.add(r);
                String p = r.getPath();
                if (p.startsWith("/api/2.0/mlflow/experiments/get-by-name")) {
                    return existingId == null
                            ? new MockResponse().setResponseCode(404).setBody("{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\"}")
                            : new MockResponse().setBody("{\"experiment\":{\"experiment_id\":\"" + existingId + "\"}}");
                }
                if (p.equals("/api/2.0/mlflow/experiments/create")) {
                    return new MockResponse().setBody("{\"experiment_id\":\"7\"}");
                }
                if (p.equals("/api/2.0/mlflow/runs/create")) {
                    return new MockResponse().setBody("{\"run\":{\"info\":{\"run_id\":\"" + runId + "\"}}}");
                }
                return new MockResponse().setBody("{}");
            }
        };
    }
}
