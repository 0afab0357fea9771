package org.genreworkbench.model.spec;

import static org.genreworkbench.model.spec.LearnerOption.number;
import static org.genreworkbench.model.spec.LearnerOption.whole;

import java.util.List;
import java.util.Optional;

/**
 * The options each method offers for editing, typed and ranged like the base learners': the ones people tune
 * (RAkEL's subsets and their size, BPNN's hidden units and epochs, every MLP option). MEKA options outside these
 * still pass through as text; these are checked before MEKA sees them.
 */
final class MethodOptions {
    /** The seed flag of MEKA's randomised methods, added to the experiment's seed rather than replacing it. */
    static final String SEED = "S";

    private static final LearnerOption SEED_OPTION = whole(SEED, "Seed", 0, Integer.MAX_VALUE,
            "Added to the experiment's seed: another random order (chains) or sample (bags, subsets)");
    private static final LearnerOption PRUNING = whole("P", "Pruning", 0, 1_000_000,
            "Label sets seen this often or less are pruned (0: none)");
    private static final List<LearnerOption> NETWORK = List.of(
            whole("H", "Hidden units", 1, 100_000, "Hidden units"),
            whole("E", "Epochs", 1, 1_000_000, "Most epochs"),
            number("r", "Learning rate", 0, true, 10, "Learning rate"),
            number("m", "Momentum", 0, false, 1, "Momentum"));

    private MethodOptions() {
    }

    static List<LearnerOption> of(Method method) {
        return switch (method) {
            case BR, LC, MLKNN, WEKA -> List.of();
            case CC, BCC -> List.of(SEED_OPTION);
            case ECC -> List.of(
                    whole("I", "Chains", 1, 10_000, "Chains in the ensemble"),
                    whole("P", "Bag size %", 1, 100, "Size of each chain's bag, as a percentage of the training rows"),
                    SEED_OPTION);
            case PS -> List.of(PRUNING, SEED_OPTION);
            case RAKEL -> List.of(
                    whole("M", "Subsets", 1, 100_000, "Label subsets, one model each"),
                    whole("k", "Subset size", 1, 10_000, "Labels in each subset (fewer than the labels)"),
                    PRUNING, SEED_OPTION);
            case BPNN -> NETWORK;
            case DBPNN -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(whole("N", "RBM layers", 1, 100, "Restricted Boltzmann machines stacked")),
                    NETWORK.stream()).toList();
            case MLP -> MlpOptions.SCHEMA;
        };
    }

    /** The method's own default where the spec knows it (the MLP's; a seed adds nothing); empty where MEKA has it. */
    static Optional<String> knownDefault(Method method, LearnerOption option) {
        if (method == Method.MLP) {
            String value = OptionLine.value(MlpOptions.DEFAULTS.toOptions(), option).orElse("");
            return Optional.of(option.kind() == LearnerOption.Kind.NUMBER ? LearnerOption.plain(Double.parseDouble(value)) : value);
        }
        return option.flag().equals(SEED) ? Optional.of("0") : Optional.empty();
    }

    /** What the model's method options add to the experiment's seed ({@code -S}); 0 when not given. */
    static long seedOffset(ModelSpec spec) {
        return spec.method().schema().stream().filter(o -> o.flag().equals(SEED)).findFirst()
                .flatMap(o -> OptionLine.value(spec.methodOptions(), o)).map(Long::parseLong).orElse(0L);
    }
}
