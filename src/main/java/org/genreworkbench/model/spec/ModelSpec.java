package org.genreworkbench.model.spec;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One model of an experiment, as plain data that rebuilds it exactly. Spec files write the method, base learner
 * and threshold by name ({@code "method": "BR", "base": "RandomForest", "threshold": "PCut1"}).
 *
 * @param name          shown in the comparison table; unique within an experiment
 * @param method        how labels are learnt (see {@link Method}); BR when not given
 * @param base          the base learner; ignored by the methods that learn on their own (BPNN, DBPNN, MLkNN, MLP)
 * @param methodOptions MEKA options of the method, Weka command-line style (e.g. "-M 10" for RAkEL), those in the
 *                      method's schema checked when the spec is made; for MLP its {@link MlpOptions} (e.g.
 *                      "-layers 128,64 -dropout 0.2"), all checked
 * @param baseOptions   options of the base learner (e.g. "-I 100" for RandomForest, "-rounds 200" for
 *                      LightGBM), checked against its schema when the spec is made: a bad option is refused with its name
 * @param threshold     PCut1, PCutL or a fixed number in [0, 1]
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelSpec(String name, Method method, BaseLearner base, String methodOptions, String baseOptions,
                        Threshold threshold) {

    public ModelSpec {
        method = method == null ? Method.BR : method;
        base = base == null ? BaseLearner.RANDOM_FOREST : base;
        methodOptions = methodOptions == null ? "" : methodOptions;
        baseOptions = baseOptions == null ? "" : baseOptions;
        threshold = threshold == null ? Threshold.PCUT1 : threshold;
        name = name == null || name.isBlank() ? defaultName(method, base) : name;
        if (threshold.needsValidation() && !method.network()) {
            throw new IllegalArgumentException("model '" + name + "': threshold " + threshold.specName()
                    + " is chosen on validation rows, which only an MLP holds out; use PCut1, PCutL or a number");
        }
        try {
            base.check(baseOptions);
            LearnerOptionCheck.checkAll(base, baseOptions);
            if (method.network()) {
                MlpOptions.parse(methodOptions);
            } else {
                method.check(methodOptions);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model '" + name + "': " + e.getMessage(), e);
        }
    }

    /** A model named in words, as spec files and the command line write it; unknown names are refused. */
    public ModelSpec(String name, String method, String base, String methodOptions, String baseOptions,
                     String threshold) {
        this(name, method == null ? null : Method.of(method), base == null ? null : BaseLearner.of(base),
                methodOptions, baseOptions, Threshold.parse(threshold));
    }

    /** The base learner as a type. */
    public BaseLearner baseLearner() {
        return base;
    }

    /** True for methods that need no base learner. */
    public boolean standalone() {
        return method.standalone();
    }

    /** True for the PyTorch network, which learns every label at once and takes single-label targets too. */
    public boolean network() {
        return method.network();
    }

    /** The network's settings (MLP only). */
    public MlpOptions networkOptions() {
        return MlpOptions.parse(methodOptions);
    }

    /** What the method's options add to the experiment's seed ({@code -S}); 0 when not given. */
    public long seedOffset() {
        return MethodOptions.seedOffset(this);
    }

    /** A copy with another method. */
    public ModelSpec withMethod(Method changed) {
        return new ModelSpec(name, changed, base, methodOptions, baseOptions, threshold);
    }

    /** "BR + RandomForest", "BPNN", "J48" (the base learner alone). */
    public static String defaultName(Method method, BaseLearner base) {
        if (method.standalone()) {
            return method.specName();
        }
        return method == Method.WEKA ? base.specName() : method.specName() + " + " + base.specName();
    }

    /** The whole configuration on one line, as stored with the results. */
    public String describe() {
        return (method.specName() + " " + methodOptions).strip()
                + (standalone() ? "" : " / " + (base.specName() + " " + baseOptions).strip())
                + " / threshold " + threshold.specName();
    }
}
