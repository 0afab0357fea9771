package org.genreworkbench.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LossCurve;
import org.genreworkbench.model.Metric;

/**
 * Logs an experiment to an MLflow tracking server over its REST API 2.0: the MLflow experiment of the same
 * name (made if absent), one run per model with its configuration as params, every fold's metrics as steps,
 * and tags naming the software. A server that is down or refuses is reported in the outcome; the local
 * experiment is never touched.
 */
public final class MlflowLogger {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_METRICS_PER_BATCH = 1000;

    private final String base;
    private final OkHttpClient http = new OkHttpClient.Builder().connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(20, TimeUnit.SECONDS).build();

    /** What became of the logging. */
    public record Outcome(boolean ok, String message, int runs) {
    }

    public MlflowLogger(String trackingUrl) {
        this.base = trackingUrl.endsWith("/") ? trackingUrl.substring(0, trackingUrl.length() - 1) : trackingUrl;
    }

    public Outcome log(Experiment experiment) {
        try {
            String experimentId = experimentId(experiment.name());
            int runs = 0;
            for (Experiment.ModelResult result : experiment.results()) {
                logRun(experimentId, experiment, result);
                runs++;
            }
            return new Outcome(true, "logged " + runs + " runs to MLflow experiment '" + experiment.name() + "'", runs);
        } catch (IOException | RuntimeException e) {
            return new Outcome(false, "MLflow logging failed (" + e.getMessage() + "); the experiment is kept in the workspace", 0);
        }
    }

    private String experimentId(String name) throws IOException {
        JsonNode found = call("GET", "/api/2.0/mlflow/experiments/get-by-name?experiment_name="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8), null, true);
        if (found != null) {
            return found.path("experiment").path("experiment_id").asText();
        }
        ObjectNode create = JSON.createObjectNode().put("name", name);
        return call("POST", "/api/2.0/mlflow/experiments/create", create, false).path("experiment_id").asText();
    }

    private void logRun(String experimentId, Experiment experiment, Experiment.ModelResult result) throws IOException {
        long now = System.currentTimeMillis();
        ObjectNode create = JSON.createObjectNode().put("experiment_id", experimentId).put("run_name", result.model())
                .put("start_time", now);
        ArrayNode tags = create.putArray("tags");
        tags.addObject().put("key", "genre_workbench.experiment_id").put("value", experiment.id());
        for (Map.Entry<String, String> v : experiment.versions().entrySet()) {
            tags.addObject().put("key", "version." + v.getKey()).put("value", v.getValue());
        }
        String runId = call("POST", "/api/2.0/mlflow/runs/create", create, false).path("run").path("info").path("run_id").asText();
        ObjectNode batch = JSON.createObjectNode().put("run_id", runId);
        ArrayNode params = batch.putArray("params");
        params.addObject().put("key", "model").put("value", result.model());
        params.addObject().put("key", "configuration").put("value", truncate(result.configuration()));
        params.addObject().put("key", "folds").put("value", Integer.toString(result.folds().size()));
        ArrayNode metrics = batch.putArray("metrics");
        for (Experiment.FoldScore fold : result.folds()) {
            for (Metric m : Metric.values()) {
                // the scores and the training time; prediction time is left out as it always was
                if (m == Metric.TRAIN_TIME || m.kind() == Metric.Kind.QUALITY && fold.metrics().containsKey(m.key())) {
                    metrics.addObject().put("key", m.key()).put("value", fold.value(m)).put("timestamp", now)
                            .put("step", fold.fold());
                }
            }
            addLosses(metrics, fold, now);
        }
        // MLflow takes at most 1000 metrics per batch, and a network's loss curves alone may pass that
        ArrayNode all = metrics.deepCopy();
        metrics.removeAll();
        for (int i = 0; i < all.size() || i == 0; i += MAX_METRICS_PER_BATCH) {
            for (int j = i; j < Math.min(all.size(), i + MAX_METRICS_PER_BATCH); j++) {
                metrics.add(all.get(j));
            }
            call("POST", "/api/2.0/mlflow/runs/log-batch", batch, false);
            batch.remove("params");
            metrics.removeAll();
        }
        ObjectNode update = JSON.createObjectNode().put("run_id", runId).put("status", "FINISHED")
                .put("end_time", System.currentTimeMillis());
        call("POST", "/api/2.0/mlflow/runs/update", update, false);
    }

    /**
     * A network's losses as metric steps, one step per epoch, one metric per fold (the fold's steps are its
     * epochs): {@code loss_train_fold1}, {@code loss_validation_fold1}, and the epoch early stopping kept.
     */
    private static void addLosses(ArrayNode metrics, Experiment.FoldScore fold, long now) {
        LossCurve curve = fold.lossCurve();
        if (curve == null) {
            return;
        }
        String suffix = "_fold" + (fold.fold() + 1);
        for (int e = 0; e < curve.epochs(); e++) {
            metrics.addObject().put("key", "loss_train" + suffix).put("value", curve.training().get(e))
                    .put("timestamp", now).put("step", e + 1);
            metrics.addObject().put("key", "loss_validation" + suffix).put("value", curve.validation().get(e))
                    .put("timestamp", now).put("step", e + 1);
        }
        metrics.addObject().put("key", "kept_epoch" + suffix).put("value", curve.keptEpoch()).put("timestamp", now)
                .put("step", fold.fold());
    }

    /** MLflow caps a param value at 500 characters. */
    private static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }

    /** The JSON answer; null for a 404 when {@code missingIsNull}. */
    private JsonNode call(String method, String path, JsonNode body, boolean missingIsNull) throws IOException {
        Request.Builder b = new Request.Builder().url(base + path);
        if (body != null) {
            b.method(method, RequestBody.create(JSON.writeValueAsBytes(body), JSON_TYPE));
        } else {
            b.method(method, null);
        }
        try (Response r = http.newCall(b.build()).execute()) {
            String text = r.body() == null ? "" : r.body().string();
            if (r.code() == 404 && missingIsNull) {
                return null;
            }
            if (!r.isSuccessful()) {
                throw new IOException(method + " " + path.replaceAll("\\?.*", "") + " answered " + r.code());
            }
            return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        }
    }
}
