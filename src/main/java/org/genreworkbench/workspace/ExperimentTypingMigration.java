package org.genreworkbench.workspace;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.genreworkbench.model.spec.ExperimentSpec;

/**
 * Format 2 → 3: an experiment kept its definition as JSON text inside a string ({@code "spec": "{\n  \"name\"
 * ..."}) and when it ran as free text; format 3 keeps the definition as the JSON object it is ({@code "spec":
 * {"name": ...}}), read into the typed spec, and the time as an ISO-8601 instant ({@code
 * "2026-11-24T10:00:00.123Z"}; an offset such as {@code +01:00} is turned into UTC). The text is read as a
 * spec file is, so a setting it leaves out takes its default, and written whole. A definition that is not JSON
 * or not one the workbench can run, or a time that is no date, is refused naming the experiment.
 */
final class ExperimentTypingMigration extends JsonEntryMigration {

    @Override
    public int fromVersion() {
        return 2;
    }

    ExperimentTypingMigration() {
        super(WorkspaceFormat.EXPERIMENTS);
    }

    @Override
    void upgrade(JsonNode root) throws WorkspaceException {
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                if (root.get(i) instanceof ObjectNode experiment) {
                    migrate(experiment, i);
                }
            }
        }
    }

    private static void migrate(ObjectNode experiment, int index) throws WorkspaceException {
        JsonNode spec = experiment.get("spec");
        if (spec != null && spec.isTextual()) {
            // read as a spec file is (a setting left out takes its default), then written whole
            try {
                experiment.set("spec", WorkspaceJson.mapper().readTree(ExperimentSpec.fromJson(spec.asText()).toJson()));
            } catch (JsonParseException e) {
                throw refused(experiment, index, "spec", "is not a JSON experiment definition ("
                        + e.getOriginalMessage() + ")");
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw refused(experiment, index, "spec", e instanceof JsonProcessingException json
                        ? json.getOriginalMessage() : e.getMessage());
            }
        }
        JsonNode created = experiment.get("created");
        if (created != null && created.isTextual()) {
            experiment.put("created", instant(created.asText(), experiment, index).toString());
        }
    }

    private static Instant instant(String text, ObjectNode experiment, int index) throws WorkspaceException {
        try {
            // ISO-8601 with Z or an offset ("+01:00"), which the instant turns into UTC
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw refused(experiment, index, "created", "'" + text + "' is not a date and time");
        }
    }

    private static WorkspaceException refused(ObjectNode experiment, int index, String field, String problem) {
        return new WorkspaceException(WorkspaceFormat.EXPERIMENTS + " at [" + index + "] ('"
                + experiment.path("name").asText("") + "') " + field + ": " + problem
                + " (upgrading from format version 2)");
    }
}
