package org.genreworkbench.model.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads and changes one option in a learner's option line ("-I 100 -K 3"), leaving the others as written: how
 * the property sheet's typed editors edit the line that spec files keep.
 */
public final class OptionLine {
    private OptionLine() {
    }

    /** The option's value in the line; for a switch "true" when given, else empty. */
    public static Optional<String> value(String line, LearnerOption option) {
        List<String> tokens = tokens(line);
        int i = tokens.indexOf(option.dashed());
        if (i < 0) {
            return Optional.empty();
        }
        if (option.kind() == LearnerOption.Kind.SWITCH) {
            return Optional.of("true");
        }
        return i + 1 < tokens.size() ? Optional.of(tokens.get(i + 1)) : Optional.empty();
    }

    /**
     * The line with the option set to {@code value} (a switch on for "true", off for anything else); a blank
     * value takes the option out of the line, back to its default.
     */
    public static String with(String line, LearnerOption option, String value) {
        List<String> tokens = new ArrayList<>(tokens(line));
        int i = tokens.indexOf(option.dashed());
        boolean switchOption = option.kind() == LearnerOption.Kind.SWITCH;
        if (i >= 0) {
            tokens.remove(i);
            if (!switchOption && i < tokens.size()) {
                tokens.remove(i);
            }
        }
        if (switchOption) {
            if ("true".equals(value)) {
                tokens.add(option.dashed());
            }
        } else if (value != null && !value.isBlank()) {
            tokens.add(option.dashed());
            tokens.add(value.strip());
        }
        return String.join(" ", tokens);
    }

    private static List<String> tokens(String line) {
        return line == null || line.isBlank() ? List.of() : Arrays.asList(line.strip().split("\\s+"));
    }
}
