package org.genreworkbench.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Format 3 → 4: LightGBM and FastForest bin a feature into at most 63 histogram bins by default since format
 * 4, where they used LightGBM's 255 before. An experiment keeps its definition so that it re-runs to the same
 * numbers, so a model of either learner that did not name its bins gets {@code -bins 255} written into its
 * base options: the setting it ran with. Every other setting is left as it was.
 */
final class LightGbmBinsMigration extends JsonEntryMigration {
    /** The bins both learners used before format 4 (LightGBM's own default). */
    static final String FORMER_BINS = "-bins 255";
    private static final Set<String> BINNING_LEARNERS = Set.of("LightGBM", "FastForest");
    private static final Pattern NAMES_BINS = Pattern.compile("(^|\\s)-bins(\\s|$)");

    @Override
    public int fromVersion() {
        return 3;
    }

    LightGbmBinsMigration() {
        super(WorkspaceFormat.EXPERIMENTS);
    }

    @Override
    void upgrade(JsonNode root) {
        for (JsonNode experiment : root) {
            for (JsonNode model : experiment.path("spec").path("models")) {
                if (model instanceof ObjectNode m && BINNING_LEARNERS.contains(m.path("base").asText())) {
                    String options = m.path("baseOptions").asText("").strip();
                    if (!NAMES_BINS.matcher(options).find()) {
                        m.put("baseOptions", options.isEmpty() ? FORMER_BINS : options + " " + FORMER_BINS);
                    }
                }
            }
        }
    }
}
