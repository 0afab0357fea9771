package org.genreworkbench.ui.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import org.genreworkbench.model.AudioFeature;

/**
 * How numbers read everywhere in the window, so that one value looks the same in the Data table, the
 * summary and a chart: counts with thousands separators; a feature's values and statistics with that
 * feature's decimals (three for the 0–1 features, none for milliseconds), with separators except for years;
 * codes by name (pitch names for key, major/minor for mode, "4/4" for metre, yes/no for explicit).
 */
public final class FeatureText {
    private static final String[] PITCHES = {"C", "C♯/D♭", "D", "D♯/E♭", "E", "F", "F♯/G♭", "G", "G♯/A♭", "A", "A♯/B♭", "B"};
    /** What the summary shows for a statistic the data has none of (a constant or empty column). */
    public static final String UNDEFINED = "undefined";

    private FeatureText() {
    }

    /** "28,356". */
    public static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    /** Time played as a listener reads it: "45 s", "3 min 25 s", "12 h 5 min" (seconds dropped past an hour). */
    public static String timePlayed(long ms) {
        long seconds = ms / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        long minutes = seconds / 60;
        return count(minutes / 60) + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    /** A track's length as players show it: "3:25", "1:02:05" past an hour; to the nearest second. */
    public static String duration(long ms) {
        long seconds = (ms + 500) / 1000;
        long minutes = seconds / 60;
        return minutes < 60 ? String.format(Locale.US, "%d:%02d", minutes, seconds % 60)
                : String.format(Locale.US, "%d:%02d:%02d", minutes / 60, minutes % 60, seconds % 60);
    }

    /** A value or statistic of a numeric feature, with the feature's decimals; NaN reads "undefined". */
    public static String value(String feature, double v) {
        if (Double.isNaN(v)) {
            return UNDEFINED;
        }
        return format(feature).format(v == 0 ? 0.0 : v);
    }

    /** The feature's number format, also for chart axes. */
    public static NumberFormat format(String feature) {
        int decimals = decimals(feature);
        DecimalFormat f = new DecimalFormat(("year".equals(feature) ? "0" : "#,##0")
                + (decimals > 0 ? "." + "0".repeat(decimals) : ""), DecimalFormatSymbols.getInstance(Locale.US));
        return f;
    }

    /** Decimals that show what matters of a feature and no noise: from its unit and range. */
    static int decimals(String feature) {
        return switch (feature) {
            case "duration_ms", "artist_followers", "year" -> 0;
            case "popularity", "artist_popularity", "tempo" -> 1;
            case "loudness" -> 2;
            default -> 3;
        };
    }

    /** A value of a feature that is a code (key, mode, time signature, explicit), by name. */
    public static String category(String feature, double v) {
        if (Double.isNaN(v)) {
            return "missing";
        }
        int k = (int) v;
        return switch (feature) {
            case "key" -> k >= 0 && k < PITCHES.length ? PITCHES[k] : "none";
            case "mode" -> k == 1 ? "major" : "minor";
            case "time_signature" -> k + "/4";
            case "explicit" -> k == 1 ? "yes" : "no";
            default -> Long.toString((long) v);
        };
    }

    /** How the Data table writes a feature's cells. */
    public static Function<Number, String> formatter(AudioFeature feature) {
        return feature.isCategorical() ? v -> category(feature.fieldName(), v.doubleValue())
                : v -> value(feature.fieldName(), v.doubleValue());
    }
}
