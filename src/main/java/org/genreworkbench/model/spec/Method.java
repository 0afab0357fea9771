package org.genreworkbench.model.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a model turns learners into predictions for the target: a MEKA multi-label method over a base learner,
 * a method that learns on its own (BPNN, DBPNN, MLkNN, the MLP network), or for one label per track the base
 * learner alone ({@link #WEKA}). Spec files name it by {@link #specName()}.
 */
public enum Method implements OptionSchema {
    BR("BR", "Binary relevance: one base learner per label", Role.MULTI_LABEL),
    CC("CC", "Classifier chain: each label's learner also sees the labels before it", Role.MULTI_LABEL),
    ECC("ECC", "Ensemble of classifier chains in random orders", Role.MULTI_LABEL),
    LC("LC", "Label combination: each set of labels one class", Role.MULTI_LABEL),
    PS("PS", "Pruned sets: label combination without the rare sets", Role.MULTI_LABEL),
    RAKEL("RAkEL", "Random k-labelsets", Role.MULTI_LABEL),
    BCC("BCC", "Bayesian classifier chain", Role.MULTI_LABEL),
    MLKNN("MLkNN", "Multi-label k nearest neighbours (no base learner)", Role.MULTI_LABEL_STANDALONE),
    BPNN("BPNN", "MEKA's back-propagation network (no base learner)", Role.MULTI_LABEL_STANDALONE),
    DBPNN("DBPNN", "MEKA's deep back-propagation network (no base learner)", Role.MULTI_LABEL_STANDALONE),
    WEKA("WEKA", "The base learner alone, for one label per track", Role.SINGLE_LABEL),
    MLP("MLP", "One PyTorch network for all labels, multi- or single-label", Role.NETWORK);

    /** What a method needs and takes. */
    private enum Role { MULTI_LABEL, MULTI_LABEL_STANDALONE, NETWORK, SINGLE_LABEL }

    private final String specName;
    private final String description;
    private final Role role;

    Method(String specName, String description, Role role) {
        this.specName = specName;
        this.description = description;
        this.role = role;
    }

    /** The method named so in a spec file; refused with the names known. */
    @JsonCreator
    public static Method of(String specName) {
        for (Method m : values()) {
            if (m.specName.equals(specName)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + specName + "'; known: " + specNames());
    }

    public static List<String> specNames() {
        return Arrays.stream(values()).map(Method::specName).toList();
    }

    /** The methods a model may use for a target: one label per track takes the base learner alone or the network. */
    public static List<Method> forTarget(Target target) {
        return Arrays.stream(values()).filter(m -> m.fits(target)).toList();
    }

    @JsonValue
    @Override
    public String specName() {
        return specName;
    }

    /** The method's own options, typed (RAkEL's k and M, BPNN's hidden units, every MLP option); none for BR. */
    @Override
    public List<LearnerOption> schema() {
        return MethodOptions.of(this);
    }

    /** The method's own default of {@code option} where the spec knows it; empty where MEKA has it. */
    public Optional<String> knownDefault(LearnerOption option) {
        return MethodOptions.knownDefault(this, option);
    }

    public String description() {
        return description;
    }

    /** True when the method learns on its own and a base learner would be ignored. */
    public boolean standalone() {
        return role == Role.MULTI_LABEL_STANDALONE || role == Role.NETWORK;
    }

    /** True for the PyTorch network. */
    public boolean network() {
        return role == Role.NETWORK;
    }

    /** True when the method can learn {@code target}. */
    public boolean fits(Target target) {
        return role == Role.NETWORK || (role == Role.SINGLE_LABEL) == target.singleLabel();
    }

    @Override
    public String toString() {
        return specName;
    }
}
