package org.genreworkbench.ml;

import java.util.Locale;

/**
 * One option of a base learner as the window and spec files offer it: its flag, its type and range, and what it
 * does. The learner's default comes from the learner itself ({@link BaseLearner#defaultValue}), so it cannot
 * drift from what Weka or LightGBM really use.
 *
 * @param flag        without the dash: "I", "rounds", "feature-fraction"
 * @param label       a few words for the property sheet: "Trees", "Boosting rounds"
 * @param kind        a whole number, a number, or a switch given without a value
 * @param min         the smallest value allowed (whole numbers and numbers)
 * @param max         the largest value allowed
 * @param minExcluded true when {@code min} itself is not allowed ("above 0")
 */
public record LearnerOption(String flag, String label, Kind kind, double min, double max, boolean minExcluded, String description) {

    /** What an option's value is. */
    public enum Kind { WHOLE, NUMBER, SWITCH }

    static LearnerOption whole(String flag, String label, long min, long max, String description) {
        return new LearnerOption(flag, label, Kind.WHOLE, min, max, false, description);
    }

    static LearnerOption number(String flag, String label, double min, boolean minExcluded, double max,
                                String description) {
        return new LearnerOption(flag, label, Kind.NUMBER, min, max, minExcluded, description);
    }

    static LearnerOption onOff(String flag, String label, String description) {
        return new LearnerOption(flag, label, Kind.SWITCH, 0, 1, false, description);
    }

    /** "-rounds". */
    public String dashed() {
        return "-" + flag;
    }

    /** Throws, naming the learner and the option, when {@code value} is not one this option takes. */
    void check(BaseLearner learner, String value) {
        if (kind == Kind.SWITCH) {
            return;
        }
        String where = learner.specName() + " option " + dashed() + ": ";
        double v;
        try {
            v = kind == Kind.WHOLE ? Long.parseLong(value.strip()) : Double.parseDouble(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(where + "must be " + (kind == Kind.WHOLE ? "a whole number" : "a number")
                    + ", not '" + value + "'");
        }
        if (Double.isNaN(v) || v < min || (minExcluded && v == min) || v > max) {
            throw new IllegalArgumentException(where + "must be " + range() + ", not " + value.strip());
        }
    }

    /** "at least 1", "above 0 and at most 1", "between 0 and 0.5". */
    public String range() {
        boolean noMax = max >= Long.MAX_VALUE / 2 || Double.isInfinite(max);
        String low = (minExcluded ? "above " : "at least ") + plain(min);
        return noMax ? low : minExcluded ? low + " and at most " + plain(max)
                : "between " + plain(min) + " and " + plain(max);
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
