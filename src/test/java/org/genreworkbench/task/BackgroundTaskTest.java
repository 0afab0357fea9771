package org.genreworkbench.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
    private final List<String> events = new ArrayList<>();

    @Test
    void successDeliversTheResultThenFinishes() {
        BackgroundTask.of("sum", ctx -> 1 + 2)
                .onSuccess(r -> events.add("success " + r))
                .onFailure(e -> events.add("failure"))
                .andFinally(() -> events.add("finally"))
                .executeWith(new CurrentThreadExecutor());
        assertThat(events).containsExactly("success 3", "finally");
    }

    @Test
    void anExceptionIsAFailure() {
        BackgroundTask.of("boom", ctx -> {
                    throw new IllegalStateException("broken input");
                })
                .onSuccess(r -> events.add("success"))
                .onFailure(e -> events.add("failure " + e.getMessage()))
                .andFinally(() -> events.add("finally"))
                .executeWith(new CurrentThreadExecutor());
        assertThat(events).containsExactly("failure broken input", "finally");
    }

    @Test
    void aClassThatCannotLoadIsAFailureNotACrash() {
        BackgroundTask.of("train", ctx -> {
                    throw new NoClassDefFoundError("Could not initialize class weka.core.Capabilities");
                })
                .onFailure(e -> events.add("failure " + e.getMessage()))
                .andFinally(() -> events.add("finally"))
                .executeWith(new CurrentThreadExecutor());
        assertThat(events).containsExactly("failure Could not initialize class weka.core.Capabilities", "finally");
    }

    @Test
    void statusLinesAndProgressReachTheirHandlersBeforeTheOutcome() {
        BackgroundTask.of("count", ctx -> {
                    ctx.message("half way");
                    ctx.progress(1, 2);
                    ctx.progress(1, 0);
                    return "done";
                })
                .onMessage(m -> events.add("status " + m))
                .onProgress(f -> events.add("progress " + f))
                .onSuccess(r -> events.add("success " + r))
                .executeWith(new CurrentThreadExecutor());
        assertThat(events).containsExactly("status half way", "progress 0.5", "progress -1.0", "success done");
    }

    @Test
    void aCancellationIsNeitherSuccessNorFailure() {
        BackgroundTask.of("cancelled", ctx -> {
                    throw new CancellationException();
                })
                .onSuccess(r -> events.add("success"))
                .onFailure(e -> events.add("failure"))
                .onCancelled(() -> events.add("cancelled"))
                .andFinally(() -> events.add("finally"))
                .executeWith(new CurrentThreadExecutor());
        assertThat(events).containsExactly("cancelled", "finally");
    }
}
