package org.genreworkbench.ml;

/** Where one prediction of one label falls against the truth: the four cells of a confusion table. */
enum Outcome {
    TRUE_POSITIVE, FALSE_POSITIVE, FALSE_NEGATIVE, TRUE_NEGATIVE;

    private static final Outcome[] ALL = values();

    static Outcome of(boolean truth, boolean predicted) {
        if (predicted) {
            return truth ? TRUE_POSITIVE : FALSE_POSITIVE;
        }
        return truth ? FALSE_NEGATIVE : TRUE_NEGATIVE;
    }

    /** Counts of each outcome, indexed by {@link #ordinal()}. */
    static int[] newCounts() {
        return new int[ALL.length];
    }

    /** Counts the outcome of one prediction into {@code counts}. */
    static void count(int[] counts, boolean truth, boolean predicted) {
        counts[of(truth, predicted).ordinal()]++;
    }

    int in(int[] counts) {
        return counts[ordinal()];
    }
}
