package org.genreworkbench.model.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How confidences become label sets (multi-label runs; single-label runs take the most confident label):
 * {@link PCut1} one threshold matching the training label cardinality, {@link PCutL} one per label matching each
 * label's training frequency, or a {@link Fixed} threshold in [0, 1]. Spec files write "PCut1", "PCutL" or the
 * number.
 */
public sealed interface Threshold {
    Threshold PCUT1 = new PCut1();
    Threshold PCUTL = new PCutL();

    /** One threshold for all labels, so that as many labels are predicted per track as the training rows have. */
    record PCut1() implements Threshold {
    }

    /** One threshold per label, so that each label is predicted as often as it is true in the training rows. */
    record PCutL() implements Threshold {
    }

    /** The same threshold for every label. */
    record Fixed(double value) implements Threshold {
        public Fixed {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("a fixed threshold must be between 0 and 1, not " + value);
            }
        }
    }

    /** "PCut1", "PCutL" (any case) or a number in [0, 1]; null means PCut1. */
    @JsonCreator
    static Threshold parse(String text) {
        String s = text == null ? "PCut1" : text.trim();
        if (s.equalsIgnoreCase("PCut1")) {
            return PCUT1;
        }
        if (s.equalsIgnoreCase("PCutL")) {
            return PCUTL;
        }
        try {
            return new Fixed(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("threshold must be PCut1, PCutL or a number between 0 and 1, not '"
                    + text + "'");
        }
    }

    /** As written in spec files. */
    @JsonValue
    default String specName() {
        if (this instanceof Fixed f) {
            String plain = String.format(Locale.ROOT, "%s", f.value());
            return plain.endsWith(".0") ? plain.substring(0, plain.length() - 2) : plain;
        }
        return this instanceof PCutL ? "PCutL" : "PCut1";
    }
}
