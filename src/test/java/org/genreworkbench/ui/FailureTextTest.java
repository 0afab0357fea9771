package org.genreworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FailureTextTest {
    @Test
    void runningOutOfMemorySaysHowMuchThereWasAndHowToStartWithMore() {
        assertThat(FailureText.outOfMemory(2048L << 20)).isEqualTo("Genre Workbench ran out of memory: it may use at "
                + "most 2,048 MB, and this needs more. Start it with more memory, for example by setting "
                + "JAVA_TOOL_OPTIONS=-Xmx4g before ./mvnw javafx:run.");
        assertThat(FailureText.outOfMemory(6L << 30)).contains("at most 6,144 MB").contains("-Xmx12g");
        assertThat(FailureText.of(new OutOfMemoryError("Java heap space"))).startsWith("Genre Workbench ran out of memory")
                .doesNotContain("Java heap space");
    }

    @Test
    void theStatusBarsFailureSaysItToo() {
        FxTaskExecutor.Failure failure = new FxTaskExecutor.Failure("Summarising features by playlist genre",
                new OutOfMemoryError("Java heap space"), java.util.Optional.empty());
        assertThat(failure.message()).startsWith("Summarising features by playlist genre failed: Genre Workbench ran "
                + "out of memory: it may use at most ");
    }

    @Test
    void otherFailuresSayTheirOwnMessageOrTheirKind() {
        assertThat(FailureText.of(new IOException("large.gwb: disk full"))).isEqualTo("large.gwb: disk full");
        assertThat(FailureText.of(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
        assertThat(FailureText.of(new IllegalStateException(" "))).isEqualTo("java.lang.IllegalStateException");
    }
}
