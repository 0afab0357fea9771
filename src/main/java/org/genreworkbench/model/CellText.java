package org.genreworkbench.model;

import java.util.Locale;

/**
 * How a table cell's text is read as a typed value, for the workspace's own tables and imported files alike:
 * one parse and one wording of what is wrong ("'abc' is not a number"). Callers say where the cell is, each
 * in its own terms (an entry's line and column, an imported file's row), and keep their own rules where they
 * differ on purpose: the workspace reads only what it writes, imports take the spellings other tools use.
 */
public final class CellText {
    private CellText() {
    }

    /** A number, NaN and infinities included; refused when the text is no number. */
    public static double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
    }

    /** A finite number; refused, saying why, when the text is no number or is NaN or infinite. */
    public static double finiteNumber(String text) {
        double d = number(text);
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("'" + text + "' is not a finite number");
        }
        return d;
    }

    /**
     * True or false: exactly {@code true}/{@code false} when strict (what the workspace writes), or also
     * t/f, yes/no, y/n, 1/0 and 1.0/0.0 in any case (what exports from other tools write).
     */
    public static boolean truth(String text, boolean strict) {
        String t = strict ? text.strip() : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true" -> true;
            case "false" -> false;
            case "t", "1", "yes", "y", "1.0" -> lenientOr(strict, true, text);
            case "f", "0", "no", "n", "0.0" -> lenientOr(strict, false, text);
            default -> throw notTruth(text);
        };
    }

    private static boolean lenientOr(boolean strict, boolean value, String text) {
        if (strict) {
            throw notTruth(text);
        }
        return value;
    }

    private static IllegalArgumentException notTruth(String text) {
        return new IllegalArgumentException("'" + text + "' is not true or false");
    }
}
