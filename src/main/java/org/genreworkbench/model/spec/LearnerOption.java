package org.genreworkbench.model.spec;

import java.util.List;
import java.util.Locale;

/**
 * One option of a base learner, a MEKA method or the MLP as the window and spec files offer it: its flag, its
 * type and range, and what it does. The default comes from the learner or method itself
 * ({@link OptionSchema#defaultValue}), so it cannot drift from what Weka, MEKA, LightGBM or the MLP really use.
 *
 * @param flag        without the dash: "I", "rounds", "feature-fraction"
 * @param label       a few words for the property sheet: "Trees", "Boosting rounds"
 * @param kind        what the value is (see {@link Kind})
 * @param min         the smallest value allowed (whole numbers, numbers, each layer width)
 * @param minExcluded true when {@code min} itself is not allowed ("above 0")
 * @param max         the largest value allowed
 * @param maxExcluded true when {@code max} itself is not allowed ("below 1")
 * @param choices     the values a {@link Kind#CHOICE} takes, as written; empty for the other kinds
 */
public record LearnerOption(String flag, String label, Kind kind, double min, boolean minExcluded, double max,
                            boolean maxExcluded, List<String> choices, String description) {

    /** What an option's value is. */
    public enum Kind {
        /** A whole number. */
        WHOLE,
        /** A number. */
        NUMBER,
        /** A flag given without a value: on when present. */
        SWITCH,
        /** A value "on" or "off" (also true/false, yes/no). */
        ON_OFF,
        /** One of {@link LearnerOption#choices()}. */
        CHOICE,
        /** Whole numbers joined by commas, each in range: the widths of a network's layers ("128,64"). */
        WIDTHS;

        /** True for the kinds a spinner edits and a grid may vary as a list or a range. */
        public boolean numeric() {
            return this == WHOLE || this == NUMBER;
        }
    }

    public LearnerOption {
        choices = List.copyOf(choices);
    }

    public static LearnerOption whole(String flag, String label, long min, long max, String description) {
        return new LearnerOption(flag, label, Kind.WHOLE, min, false, max, false, List.of(), description);
    }

    public static LearnerOption number(String flag, String label, double min, boolean minExcluded, double max,
                                       String description) {
        return number(flag, label, min, minExcluded, max, false, description);
    }

    public static LearnerOption number(String flag, String label, double min, boolean minExcluded, double max,
                                       boolean maxExcluded, String description) {
        return new LearnerOption(flag, label, Kind.NUMBER, min, minExcluded, max, maxExcluded, List.of(), description);
    }

    public static LearnerOption onOff(String flag, String label, String description) {
        return new LearnerOption(flag, label, Kind.SWITCH, 0, false, 1, false, List.of(), description);
    }

    public static LearnerOption onOffValue(String flag, String label, String description) {
        return new LearnerOption(flag, label, Kind.ON_OFF, 0, false, 1, false, List.of(), description);
    }

    public static LearnerOption choice(String flag, String label, List<String> choices, String description) {
        return new LearnerOption(flag, label, Kind.CHOICE, 0, false, 0, false, choices, description);
    }

    public static LearnerOption widths(String flag, String label, long min, long max, String description) {
        return new LearnerOption(flag, label, Kind.WIDTHS, min, false, max, false, List.of(), description);
    }

    /** "-rounds". */
    public String dashed() {
        return "-" + flag;
    }

    /** True for "on", "true", "yes" (any case), false for "off", "false", "no"; else throws. */
    public static boolean isOn(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException("'" + value + "' is neither on nor off");
        };
    }

    /**
     * Throws, naming the owner (the learner, method or "MLP") and the option, when {@code value} is not one this
     * option takes: "RandomForest option -I: must be between 1 and 100000, not -3".
     */
    public void check(String owner, String value) {
        String where = owner + " option " + dashed() + ": ";
        String v = value == null ? "" : value.strip();
        switch (kind) {
            case SWITCH -> {
            }
            case ON_OFF -> {
                try {
                    isOn(v);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + "must be on or off, not '" + v + "'");
                }
            }
            case CHOICE -> {
                if (choices.stream().noneMatch(c -> c.equalsIgnoreCase(v))) {
                    throw new IllegalArgumentException(where + "must be one of " + choices + ", not '" + v + "'");
                }
            }
            case WIDTHS -> {
                for (String part : v.split(",", -1)) {
                    if (!inRange(parse(part.strip(), true))) {
                        throw new IllegalArgumentException(where + "must be " + describe() + ", not '" + v + "'");
                    }
                }
            }
            case WHOLE, NUMBER -> {
                Double d = parse(v, kind == Kind.WHOLE);
                if (d == null) {
                    throw new IllegalArgumentException(where + "must be "
                            + (kind == Kind.WHOLE ? "a whole number" : "a number") + ", not '" + v + "'");
                }
                if (!inRange(d)) {
                    throw new IllegalArgumentException(where + "must be " + range() + ", not " + v);
                }
            }
        }
    }

    /** What the option takes, in words, for messages and tooltips. */
    public String describe() {
        return switch (kind) {
            case SWITCH, ON_OFF -> "on or off";
            case CHOICE -> "one of " + String.join(", ", choices);
            case WIDTHS -> "widths of layers such as 128,64, each " + range();
            case WHOLE -> "a whole number " + range();
            case NUMBER -> "a number " + range();
        };
    }

    private boolean inRange(Double v) {
        return v != null && !Double.isNaN(v) && v >= min && !(minExcluded && v == min) && v <= max
                && !(maxExcluded && v == max);
    }

    private static Double parse(String text, boolean whole) {
        try {
            return whole ? (double) Long.parseLong(text) : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "at least 1", "above 0 and at most 1", "between 0 and 0.5", "at least 0 and below 1". */
    public String range() {
        boolean noMax = max >= Long.MAX_VALUE / 2 || Double.isInfinite(max) || max >= Double.MAX_VALUE;
        String low = (minExcluded ? "above " : "at least ") + plain(min);
        if (noMax) {
            return low;
        }
        if (!minExcluded && !maxExcluded) {
            return "between " + plain(min) + " and " + plain(max);
        }
        return low + (maxExcluded ? " and below " : " and at most ") + plain(max);
    }

    /** A number as an option line writes it: "100", "0.25". */
    public static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : new java.math.BigDecimal(Double.toString(v)).toPlainString();
    }
}
