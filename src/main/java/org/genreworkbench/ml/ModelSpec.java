package org.genreworkbench.ml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.genreworkbench.ml.mlp.MlpOptions;

/**
 * One model of an experiment, as plain data that rebuilds it exactly.
 *
 * @param name          shown in the comparison table; unique within an experiment
 * @param method        a multi-label method (BR, CC, ECC, LC, PS, RAkEL, BCC, MLkNN, BPNN, DBPNN), "MLP" (one
 *                      PyTorch network for all labels, multi- or single-label) or, for single-label runs, "WEKA"
 *                      (the base learner alone)
 * @param base          the base learner, a {@link BaseLearner} by its spec name (RandomForest, LightGBM,
 *                      FastForest, J48, Logistic, SMO, NaiveBayes, IBk, MultilayerPerceptron); ignored by BPNN,
 *                      DBPNN, MLkNN and MLP
 * @param methodOptions MEKA options of the method, Weka command-line style (e.g. "-M 10" for RAkEL); for MLP
 *                      its {@link MlpOptions} (e.g. "-layers 128,64 -dropout 0.2"), checked when the spec is made
 * @param baseOptions   Weka options of the base learner (e.g. "-I 100" for RandomForest, "-rounds 200" for
 *                      LightGBM), checked when the spec is made: a bad option is refused with its name
 * @param threshold     PCut1, PCutL or a number in [0, 1]
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelSpec(String name, String method, String base, String methodOptions, String baseOptions,
                        String threshold) {

    public static final List<String> METHODS = List.of("BR", "CC", "ECC", "LC", "PS", "RAkEL", "BCC", "MLkNN",
            "BPNN", "DBPNN", "MLP", "WEKA");
    public static final List<String> BASES = BaseLearner.specNames();

    public ModelSpec {
        method = method == null ? "BR" : method;
        base = base == null ? "RandomForest" : base;
        methodOptions = methodOptions == null ? "" : methodOptions;
        baseOptions = baseOptions == null ? "" : baseOptions;
        threshold = threshold == null ? "PCut1" : threshold;
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("unknown method '" + method + "'; known: " + METHODS);
        }
        BaseLearner learner = BaseLearner.of(base);
        name = name == null || name.isBlank() ? defaultName(method, base) : name;
        try {
            learner.create(baseOptions);
            if (method.equals("MLP")) {
                MlpOptions.parse(methodOptions);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model '" + name + "': " + e.getMessage(), e);
        }
    }

    /** The base learner as a type. */
    public BaseLearner baseLearner() {
        return BaseLearner.of(base);
    }

    /** True for methods that need no base learner. */
    public boolean standalone() {
        return standaloneMethod(method);
    }

    /** True for the methods that need no base learner: BPNN, DBPNN, MLkNN and MLP. */
    public static boolean standaloneMethod(String method) {
        return List.of("BPNN", "DBPNN", "MLkNN", "MLP").contains(method);
    }

    /** True for the PyTorch network, which learns every label at once and takes single-label targets too. */
    public boolean network() {
        return method.equals("MLP");
    }

    /** The network's settings (MLP only). */
    public MlpOptions networkOptions() {
        return MlpOptions.parse(methodOptions);
    }

    /** "BR + RandomForest", "BPNN". */
    public static String defaultName(String method, String base) {
        return switch (method) {
            case "BPNN", "DBPNN", "MLkNN", "MLP" -> method;
            case "WEKA" -> base;
            default -> method + " + " + base;
        };
    }

    /** The whole configuration on one line, as stored with the results. */
    public String describe() {
        return (method + " " + methodOptions).strip() + (standalone() ? "" : " / " + (base + " " + baseOptions).strip())
                + " / threshold " + threshold;
    }
}
