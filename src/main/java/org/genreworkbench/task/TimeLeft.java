package org.genreworkbench.task;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How long long work has left, judged by its pace so far: the time per finished unit times the units still
 * to do. Shown beside progress so that a run of minutes says so while it runs.
 */
public final class TimeLeft {
    private final LongSupplier nanoClock;
    private final long started;

    public TimeLeft() {
        this(System::nanoTime);
    }

    /** @param nanoClock a monotonic clock in nanoseconds (tests hand in their own) */
    public TimeLeft(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    /** "about 4 min left", or empty before the first unit is done (there is no pace to judge by yet). */
    public String after(double done, double total) {
        if (done <= 0 || total <= done) {
            return "";
        }
        double perUnit = (nanoClock.getAsLong() - started) / done;
        return approximately(Duration.ofNanos((long) (perUnit * (total - done)))) + " left";
    }

    /** A duration as a person reads it, rounded: "about 40 s", "about 6 min", "about 1 h 20 min". */
    public static String approximately(Duration d) {
        return "about " + rounded(d);
    }

    /** "40 s", "6 min", "1 h 20 min": whole seconds under a minute, whole minutes above. */
    public static String rounded(Duration d) {
        long seconds = Math.max(1, Math.round(d.toMillis() / 1000.0));
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h " + minutes % 60 + " min";
    }
}
