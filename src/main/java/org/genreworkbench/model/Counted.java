package org.genreworkbench.model;

import java.util.Locale;

/** A count with its noun, as messages say it: "1 track", "2 tracks", "1,024 tracks". */
public final class Counted {
    private Counted() {
    }

    public static String of(long n, String noun) {
        return String.format(Locale.US, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
