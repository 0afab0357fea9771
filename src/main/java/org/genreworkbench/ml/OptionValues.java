package org.genreworkbench.ml;

import org.genreworkbench.model.spec.LearnerOption;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a numeric option takes in a tuning grid, as typed in the property sheet: one value, a list
 * ({@code 100, 300, 1000}) or a range with a step ({@code 100 to 1000 step 300}). Every value is checked against
 * the option's own range, so a grid never holds a model that could not be made.
 */
public sealed interface OptionValues {
    /** More than this many values in one option is refused: each is a model trained on every fold. */
    int MOST = 50;

    /** The values in order, as an option line writes them ("100", "0.25"). */
    List<String> values();

    /** As the property sheet shows it and reads it back: "100, 300, 1000" or "100 to 1000 step 300". */
    String text();

    /** True when the option varies, i.e. the grid has more than one value for it. */
    default boolean varies() {
        return values().size() > 1;
    }

    /** A single value, as the option line keeps it. */
    record One(String value) implements OptionValues {
        @Override
        public List<String> values() {
            return List.of(value);
        }

        @Override
        public String text() {
            return value;
        }
    }

    /** Values listed one by one. */
    record Listed(List<String> values) implements OptionValues {
        public Listed {
            values = List.copyOf(values);
        }

        @Override
        public String text() {
            return String.join(", ", values);
        }
    }

    /** From {@code from} up to {@code to} (included when a step lands on it) by {@code step}. */
    record Stepped(BigDecimal from, BigDecimal to, BigDecimal step) implements OptionValues {
        @Override
        public List<String> values() {
            List<String> out = new ArrayList<>();
            for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
                out.add(LearnerOption.plain(v.doubleValue()));
            }
            return out;
        }

        @Override
        public String text() {
            return plain(from) + " to " + plain(to) + " step " + plain(step);
        }

        private static String plain(BigDecimal v) {
            return LearnerOption.plain(v.doubleValue());
        }
    }

    Pattern RANGE = Pattern.compile("(\\S+?)\\s*(?:\\.\\.|\\s+to\\s+)\\s*(\\S+)\\s+(?:step|by)\\s+(\\S+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Reads what was typed for {@code option} of {@code owner} (a learner or method, for messages); throws naming
     * the owner and option ("J48 option -M: must be between 1 and 100000, not 0 (in 0, 5, 10)") when a value is
     * outside the option's range, a range runs backwards or has no positive step, or a value is given twice.
     */
    static OptionValues parse(String owner, LearnerOption option, String typed) {
        String text = typed == null ? "" : typed.strip();
        String where = owner + " option " + option.dashed() + ": ";
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            if (!option.kind().numeric()) {
                throw new IllegalArgumentException(where + "a range needs a numeric option; this is " + option.describe());
            }
            BigDecimal from = number(where, range.group(1));
            BigDecimal to = number(where, range.group(2));
            BigDecimal step = number(where, range.group(3));
            if (step.signum() <= 0) {
                throw new IllegalArgumentException(where + "the step of a range must be above 0, not " + range.group(3));
            }
            if (from.compareTo(to) >= 0) {
                throw new IllegalArgumentException(where + "a range goes from a smaller to a larger value, not "
                        + range.group(1) + " to " + range.group(2));
            }
            if (to.subtract(from).divide(step, java.math.MathContext.DECIMAL64).compareTo(BigDecimal.valueOf(MOST)) >= 0) {
                throw new IllegalArgumentException(where + text + " gives more than " + MOST + " values; take a larger step");
            }
            Stepped stepped = new Stepped(from, to, step);
            checkEach(owner, option, stepped);
            return stepped;
        }
        if (text.contains(",") && option.kind().numeric()) {
            List<String> parts = new ArrayList<>();
            for (String part : text.split(",", -1)) {
                if (part.isBlank()) {
                    throw new IllegalArgumentException(where + "a list has a value between each comma, not '" + text + "'");
                }
                parts.add(part.strip());
            }
            if (parts.size() > MOST) {
                throw new IllegalArgumentException(where + "a list of more than " + MOST + " values is too long");
            }
            Listed listed = new Listed(parts);
            checkEach(owner, option, listed);
            Set<Double> seen = new HashSet<>();
            for (String p : parts) {
                if (!seen.add(Double.parseDouble(p))) {
                    throw new IllegalArgumentException(where + p + " is listed twice in " + text);
                }
            }
            return listed;
        }
        option.check(owner, text);
        return new One(text);
    }

    private static BigDecimal number(String where, String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "a range is written as 100 to 1000 step 300; '" + text
                    + "' is not a number");
        }
    }

    private static void checkEach(String owner, LearnerOption option, OptionValues values) {
        for (String v : values.values()) {
            try {
                option.check(owner, v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " (in " + values.text().toLowerCase(Locale.ROOT) + ")", e);
            }
        }
    }
}
