package org.genreworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.model.Experiment;

/** How the experiment was run: features, transforms, split, seed, every model with its options, versions. */
final class SettingsSection {
    private SettingsSection() {
    }

    static void write(Html page, ExperimentSpec spec, Experiment experiment) {
        page.section("settings", "Settings");
        DatasetSpec d = spec.dataset();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"features", d.features().size() + ": " + String.join(", ", d.features())});
        facts.add(new String[] {"transforms", transforms(d)});
        facts.add(new String[] {"missing values", d.dropMissing() ? "tracks with one are left out"
                : "filled with the training folds' mean"});
        facts.add(new String[] {"split", split(spec.split())});
        facts.add(new String[] {"seed", Long.toString(spec.seed())});
        page.facts("run-settings", facts);
        List<List<String>> rows = new ArrayList<>();
        for (ModelSpec m : spec.models()) {
            rows.add(List.of(Html.escape(m.name()), Html.escape(m.describe())));
        }
        page.table("models", List.of("model", "method, base learner, options and threshold"), rows);
        if (!experiment.versions().isEmpty()) {
            List<String[]> versions = new ArrayList<>();
            experiment.versions().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> versions.add(new String[] {e.getKey(), e.getValue()}));
            page.element("h3", "Software");
            page.facts("versions", versions);
        }
        page.endSection();
    }

    private static String transforms(DatasetSpec d) {
        List<String> t = new ArrayList<>();
        if (d.logSkewed()) {
            t.add("log(1 + x) of the skewed features");
        }
        if (d.oneHot()) {
            t.add("key, mode and time signature one-hot");
        }
        if (d.standardise()) {
            t.add("standardised on each training fold");
        }
        return t.isEmpty() ? "none" : String.join("; ", t);
    }

    private static String split(Split s) {
        String how = s instanceof Split.HoldOut h
                ? String.format(Locale.US, "one hold-out split, %.0f %% for testing", 100 * h.testFraction())
                : ((Split.KFold) s).folds() + "-fold cross-validation";
        return how + " by iterative stratification" + (s.secondOrder() ? ", balancing pairs of labels too" : "");
    }
}
