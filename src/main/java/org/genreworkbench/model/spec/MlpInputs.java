package org.genreworkbench.model.spec;

import java.util.Arrays;
import java.util.Locale;

/** How an MLP sees each numeric input before its hidden layers. */
public enum MlpInputs {
    /** The standardised value itself: each hidden unit sees the input through one straight line. */
    PLAIN,
    /**
     * Periodic embeddings: sines and cosines of the value at trained frequencies, mapped to a few values per
     * input, so the layers above can draw the many-stepped boundaries trees draw.
     */
    PERIODIC;

    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MlpInputs parse(String text) {
        return Arrays.stream(values()).filter(s -> s.optionName().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not one of "
                        + Arrays.stream(values()).map(MlpInputs::optionName).toList()));
    }
}
