package org.genreworkbench.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

class HandoverTest {
    @Test
    void theValueIsTakenOnceAndNoLongerHeld() throws Exception {
        Object value = new Object();
        WeakReference<Object> held = new WeakReference<>(value);
        Handover<Object> handover = new Handover<>(value);

        assertThat(handover.take()).isSameAs(value);
        assertThatThrownBy(handover::take).isInstanceOf(IllegalStateException.class);

        value = null;
        for (int i = 0; i < 50 && held.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(held.get()).as("the value, once taken and dropped by the taker").isNull();
        assertThat(handover).isNotNull();
    }
}
