package org.genreworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.ErrorLog;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.task.TaskHandle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executor's promises, in plain JUnit: the "FX thread" is a queue drained here by hand, so the order in
 * which a worker's updates and the outcome reach the screen is under the test's control.
 */
class FxTaskExecutorTest {
    private final Queue<Runnable> fxQueue = new ArrayDeque<>();
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final List<String> shown = new ArrayList<>();
    @TempDir
    Path settings;

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    private FxTaskExecutor executor() {
        return new FxTaskExecutor(command -> {
            synchronized (fxQueue) {
                fxQueue.add(command);
            }
        }, workers, ErrorLog.in(settings));
    }

    /** Runs what the workers queued for the FX thread until {@code done} holds. */
    private void drainUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean()) {
            Runnable next;
            synchronized (fxQueue) {
                next = fxQueue.poll();
            }
            if (next != null) {
                next.run();
            } else {
                assertThat(System.nanoTime()).as("the task ended in time").isLessThan(deadline);
                Thread.sleep(5);
            }
        }
    }

    @Test
    void aTaskCancelledBeforeAWorkerTakesItStillEndsCancelledAndLeavesTheRunningList() throws Exception {
        ExecutorService oneWorker = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        oneWorker.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            FxTaskExecutor executor = new FxTaskExecutor(command -> {
                synchronized (fxQueue) {
                    fxQueue.add(command);
                }
            }, oneWorker, ErrorLog.in(settings));
            AtomicBoolean finished = new AtomicBoolean();
            // Like a histogram count called off by a newer one before any worker was free to start it.
            TaskHandle handle = BackgroundTask.of("Counting the histogram of danceability", ctx -> {
                        ctx.checkCancelled();
                        return "counted";
                    })
                    .onSuccess(result -> shown.add("shown " + result))
                    .onCancelled(() -> shown.add("cancelled"))
                    .andFinally(() -> finished.set(true))
                    .executeWith(executor);
            handle.cancel();
            release.countDown();
            drainUntil(finished::get);
            drainRest();

            assertThat(shown).containsExactly("cancelled");
            assertThat(executor.running()).isEmpty();
        } finally {
            oneWorker.shutdownNow();
        }
    }

    @Test
    void aStatusLineSentAfterTheFailureNeverReplacesIt() throws Exception {
        FxTaskExecutor executor = executor();
        AtomicBoolean finished = new AtomicBoolean();
        CountDownLatch failureQueued = new CountDownLatch(1);
        CountDownLatch helperReported = new CountDownLatch(1);
        // Like an experiment's second fold thread: it reports after the first thread has failed the run,
        // while the FX thread is still busy and has shown neither.
        BackgroundTask.of("Running experiment", ctx -> {
                    new Thread(() -> {
                        try {
                            failureQueued.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        ctx.message("model 1 of 3, fold 3 of 3");
                        ctx.progress(3, 9);
                        helperReported.countDown();
                    }).start();
                    throw new NoClassDefFoundError("Could not initialize class weka.core.Capabilities");
                })
                .onMessage(message -> shown.add("status " + message))
                .onProgress(fraction -> shown.add("progress " + fraction))
                .onFailure(error -> shown.add("failed " + error.getMessage()))
                .andFinally(() -> finished.set(true))
                .executeWith(executor);
        awaitQueued(2); // the task's entry in the running list, then its outcome
        failureQueued.countDown();
        helperReported.await();
        drainUntil(finished::get);
        drainRest();

        assertThat(shown).containsExactly("failed Could not initialize class weka.core.Capabilities");
        assertThat(executor.running()).isEmpty();
        assertThat(executor.lastFailure().get().message())
                .isEqualTo("Running experiment failed: Could not initialize class weka.core.Capabilities");
    }

    @Test
    void anUpdateArrivingAfterTheOutcomeIsDropped() throws Exception {
        FxTaskExecutor executor = executor();
        AtomicBoolean finished = new AtomicBoolean();
        TaskContext[] leaked = new TaskContext[1];
        BackgroundTask.of("Fold balance", ctx -> {
                    leaked[0] = ctx;
                    throw new IllegalStateException("no label scheme named tags12");
                })
                .onMessage(message -> shown.add("status " + message))
                .onFailure(error -> shown.add("failed " + error.getMessage()))
                .andFinally(() -> finished.set(true))
                .executeWith(executor);
        drainUntil(finished::get);
        // A helper thread the work left behind reports late, and is told it should stop.
        leaked[0].message("fold 5 of 5");
        drainRest();

        assertThat(shown).containsExactly("failed no label scheme named tags12");
        assertThat(leaked[0].isCancelled()).as("work left behind sees the task over").isTrue();
    }

    @Test
    void aFailureIsWrittenWithItsStackTraceToTheErrorLogInTheSettingsFolder() throws Exception {
        FxTaskExecutor executor = executor();
        AtomicBoolean finished = new AtomicBoolean();
        BackgroundTask.of("Feature ablation", ctx -> {
                    throw new IllegalArgumentException("no feature left to leave out");
                })
                .andFinally(() -> finished.set(true))
                .executeWith(executor);
        drainUntil(finished::get);

        String log = Files.readString(settings.resolve("errors.log"));
        assertThat(log).contains("Feature ablation failed")
                .contains("java.lang.IllegalArgumentException: no feature left to leave out")
                .contains("at org.genreworkbench.ui.FxTaskExecutorTest");
        assertThat(executor.lastFailure().get().logFile()).contains(settings.resolve("errors.log"));
    }

    @Test
    void aSuccessHandlerThatThrowsIsAFailureShownAndLoggedAndTheTaskStillFinishes() throws Exception {
        FxTaskExecutor executor = executor();
        AtomicBoolean finished = new AtomicBoolean();
        BackgroundTask.of("Opening songs.gwb", ctx -> 42)
                .onSuccess(result -> {
                    throw new IllegalStateException("the table could not show column 42");
                })
                .onFailure(error -> shown.add("failed " + error.getMessage()))
                .andFinally(() -> finished.set(true))
                .executeWith(executor);
        drainUntil(finished::get);

        assertThat(shown).containsExactly("failed the table could not show column 42");
        assertThat(Files.readString(settings.resolve("errors.log"))).contains("the table could not show column 42");
    }

    @Test
    void cancelStopsTheWorkAndDeliversCancelledOnceItHasStopped() throws Exception {
        FxTaskExecutor executor = executor();
        AtomicBoolean finished = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle handle = BackgroundTask.of("Waiting for Retry-After", ctx -> {
                    started.countDown();
                    Thread.sleep(60_000);
                    return "never";
                })
                .onSuccess(result -> shown.add("success"))
                .onFailure(error -> shown.add("failed"))
                .onCancelled(() -> shown.add("cancelled"))
                .andFinally(() -> finished.set(true))
                .executeWith(executor);
        started.await();
        assertThat(handle.isDone()).isFalse();
        handle.cancel();
        drainUntil(finished::get);

        assertThat(shown).containsExactly("cancelled");
        assertThat(handle.isDone()).isTrue();
        assertThat(executor.running()).isEmpty();
        assertThat(executor.lastFailure().get()).as("a cancel is no failure").isNull();
    }

    @Test
    void progressReachesTheTaskAndTheStatusBarAsAFraction() throws Exception {
        FxTaskExecutor executor = executor();
        AtomicBoolean finished = new AtomicBoolean();
        CountDownLatch seen = new CountDownLatch(1);
        List<RunningTask> runningSeen = new ArrayList<>();
        BackgroundTask.of("Clustering", ctx -> {
                    ctx.progress(1, 4);
                    ctx.message("linkage");
                    seen.await();
                    return "tree";
                })
                .onProgress(fraction -> shown.add("progress " + fraction))
                .onMessage(message -> shown.add("status " + message))
                .andFinally(() -> finished.set(true))
                .executeWith(executor);
        drainUntil(() -> executor.running().size() == 1 && executor.running().get(0).messageProperty().get().equals("linkage"));
        runningSeen.addAll(executor.running());
        seen.countDown();
        drainUntil(finished::get);

        assertThat(shown).containsExactly("progress 0.25", "status linkage");
        assertThat(runningSeen.get(0).progressProperty().get()).isEqualTo(0.25);
        assertThat(runningSeen.get(0).title()).isEqualTo("Clustering");
    }

    private void awaitQueued(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            synchronized (fxQueue) {
                if (fxQueue.size() >= count) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("%d deliveries queued in time", count).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private void drainRest() {
        while (true) {
            Runnable next;
            synchronized (fxQueue) {
                next = fxQueue.poll();
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }
}
