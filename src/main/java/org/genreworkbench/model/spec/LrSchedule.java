package org.genreworkbench.model.spec;

import java.util.Arrays;
import java.util.Locale;

/** How the learning rate changes over the epochs. */
public enum LrSchedule {
    /** The same rate throughout. */
    CONSTANT,
    /** Half a cosine from the starting rate down to nearly nothing at the epoch limit. */
    COSINE,
    /** Halved whenever the validation loss has not improved for half the patience. */
    PLATEAU;

    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LrSchedule parse(String text) {
        return Arrays.stream(values()).filter(s -> s.optionName().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not one of "
                        + Arrays.stream(values()).map(LrSchedule::optionName).toList()));
    }
}
