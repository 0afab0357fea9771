package org.genreworkbench.model.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * How confidences become label sets (multi-label runs; single-label runs take the most confident label):
 * {@link PCut1} one threshold matching the training label cardinality, {@link PCutL} one per label matching each
 * label's training frequency, a {@link Fixed} threshold in [0, 1], or, for a network, {@link Tuned1} / {@link TunedL}:
 * chosen on the validation rows it held out of training. Spec files write "PCut1", "PCutL", "Tuned1", "TunedL" or
 * the number.
 */
public sealed interface Threshold {
    Threshold PCUT1 = new PCut1();
    Threshold PCUTL = new PCutL();
    Threshold TUNED1 = new Tuned1();
    Threshold TUNEDL = new TunedL();

    /** One threshold for all labels, so that as many labels are predicted per track as the training rows have. */
    record PCut1() implements Threshold {
    }

    /** One threshold per label, so that each label is predicted as often as it is true in the training rows. */
    record PCutL() implements Threshold {
    }

    /**
     * One threshold for all labels, the one with the best F1 micro on the network's validation rows (which it did
     * not learn from), so the test rows play no part in choosing it.
     */
    record Tuned1() implements Threshold {
    }

    /**
     * One threshold per label, each moved in turn to where F1 micro on the validation rows is best; a label
     * with no true validation row keeps the one threshold of {@link Tuned1}.
     */
    record TunedL() implements Threshold {
    }

    /** The same threshold for every label. */
    record Fixed(double value) implements Threshold {
        public Fixed {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("a fixed threshold must be between 0 and 1, not " + value);
            }
        }
    }

    /** True for the thresholds chosen on validation rows, which only a network holds out. */
    default boolean needsValidation() {
        return this instanceof Tuned1 || this instanceof TunedL;
    }

    /** "PCut1", "PCutL", "Tuned1", "TunedL" (any case) or a number in [0, 1]; null means PCut1. */
    @JsonCreator
    static Threshold parse(String text) {
        String s = text == null ? "PCut1" : text.trim();
        for (Threshold named : List.of(PCUT1, PCUTL, TUNED1, TUNEDL)) {
            if (s.equalsIgnoreCase(named.specName())) {
                return named;
            }
        }
        try {
            return new Fixed(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("threshold must be PCut1, PCutL, Tuned1, TunedL or a number between 0 "
                    + "and 1, not '" + text + "'");
        }
    }

    /** As written in spec files. */
    @JsonValue
    default String specName() {
        if (this instanceof Fixed f) {
            String plain = String.format(Locale.ROOT, "%s", f.value());
            return plain.endsWith(".0") ? plain.substring(0, plain.length() - 2) : plain;
        }
        return this instanceof PCutL ? "PCutL" : this instanceof Tuned1 ? "Tuned1" : this instanceof TunedL ? "TunedL"
                : "PCut1";
    }
}
