package org.genreworkbench.ui.data;

import java.util.Locale;
import java.util.function.Function;
import org.genreworkbench.model.AudioFeature;

/** How an audio feature reads in a table: pitch names for key, major/minor for mode, "4/4" for metre. */
public final class FeatureText {
    private static final String[] PITCHES = {"C", "C♯/D♭", "D", "D♯/E♭", "E", "F", "F♯/G♭", "G", "G♯/A♭", "A", "A♯/B♭", "B"};

    private FeatureText() {
    }

    public static Function<Number, String> formatter(AudioFeature feature) {
        return switch (feature) {
            case KEY -> v -> {
                int k = v.intValue();
                return k >= 0 && k < PITCHES.length ? PITCHES[k] : "none";
            };
            case MODE -> v -> v.intValue() == 1 ? "major" : "minor";
            case TIME_SIGNATURE -> v -> v.intValue() + "/4";
            case TEMPO, LOUDNESS -> v -> String.format(Locale.US, "%.1f", v.doubleValue());
            default -> v -> String.format(Locale.US, "%.3f", v.doubleValue());
        };
    }
}
