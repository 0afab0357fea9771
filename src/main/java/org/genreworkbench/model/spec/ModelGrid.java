package org.genreworkbench.model.spec;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * A small grid search: one model tried with every combination of the listed option strings, each combination
 * a model of its own in the comparison (same folds, same seeds), named after what varies.
 *
 * @param baseOptions   Weka options of the base learner to try, e.g. ["-I 100", "-I 300 -K 3"]
 * @param methodOptions MEKA options of the method to try
 * @param thresholds    threshold strategies to try
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelGrid(ModelSpec model, List<String> baseOptions, List<String> methodOptions, List<String> thresholds) {

    public ModelGrid {
        if (model == null) {
            throw new IllegalArgumentException("a grid needs a 'model' to vary");
        }
        baseOptions = orSingle(baseOptions, model.baseOptions());
        methodOptions = orSingle(methodOptions, model.methodOptions());
        thresholds = orSingle(thresholds, model.threshold().specName());
    }

    private static List<String> orSingle(List<String> values, String current) {
        return values == null || values.isEmpty() ? List.of(current) : List.copyOf(values);
    }

    /**
     * The family a model of a grid belongs to: its name without the bracketed values that vary
     * ("J48 [-M 50]" is of "J48"); a model outside any grid is its own family.
     */
    public static String family(String modelName) {
        int open = modelName.lastIndexOf(" [");
        return open > 0 && modelName.endsWith("]") ? modelName.substring(0, open) : modelName;
    }

    /** Every combination as a model, named after what varies ("J48 [-M 50]"). */
    public List<ModelSpec> expand() {
        List<ModelSpec> out = new ArrayList<>();
        for (String base : baseOptions) {
            for (String method : methodOptions) {
                for (String threshold : thresholds) {
                    List<String> varied = new ArrayList<>();
                    if (baseOptions.size() > 1) {
                        varied.add(base);
                    }
                    if (methodOptions.size() > 1) {
                        varied.add(method);
                    }
                    if (thresholds.size() > 1) {
                        varied.add(threshold);
                    }
                    String name = model.name() + (varied.isEmpty() ? "" : " [" + String.join(", ", varied) + "]");
                    out.add(new ModelSpec(name, model.method(), model.base(), method, base, Threshold.parse(threshold)));
                }
            }
        }
        return out;
    }
}
