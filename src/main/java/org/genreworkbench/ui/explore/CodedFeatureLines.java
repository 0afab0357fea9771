package org.genreworkbench.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genreworkbench.explore.ExploreData;
import org.genreworkbench.ui.text.FeatureText;

/**
 * The summary's counts of coded features, one line each, values by name as the Data table shows them
 * ("key: C 3,001 · C♯/D♭ 3,436"), or why a feature has none.
 */
final class CodedFeatureLines {
    private CodedFeatureLines() {
    }

    static List<String> of(ExploreData data) {
        List<String> lines = new ArrayList<>();
        data.categoryCounts().forEach((name, counts) -> {
            if (counts.keySet().stream().allMatch(v -> Double.isNaN(v))) {
                lines.add(name + ": " + data.whyEmpty(name).orElse("no values"));
                return;
            }
            List<String> parts = new ArrayList<>();
            for (Map.Entry<Double, Integer> e : counts.entrySet()) {
                parts.add(FeatureText.category(name, e.getKey()) + " " + FeatureText.count(e.getValue()));
            }
            lines.add(name + ": " + String.join(" · ", parts));
        });
        return lines;
    }
}
