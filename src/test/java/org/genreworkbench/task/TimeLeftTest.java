package org.genreworkbench.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimeLeftTest {

    @Test
    void thePaceSoFarTimesTheUnitsLeft() {
        AtomicLong now = new AtomicLong(0);
        TimeLeft left = new TimeLeft(now::get);
        assertThat(left.after(0, 10)).isEmpty();
        now.set(Duration.ofSeconds(60).toNanos());
        // 2 units in a minute: 8 more take four minutes.
        assertThat(left.after(2, 10)).isEqualTo("about 4 min left");
        assertThat(left.after(10, 10)).isEmpty();
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertThat(TimeLeft.approximately(Duration.ofMillis(300))).isEqualTo("about 1 s");
        assertThat(TimeLeft.approximately(Duration.ofSeconds(42))).isEqualTo("about 42 s");
        assertThat(TimeLeft.rounded(Duration.ofSeconds(414))).isEqualTo("7 min");
        assertThat(TimeLeft.rounded(Duration.ofMinutes(80))).isEqualTo("1 h 20 min");
    }
}
