package org.genreworkbench.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.util.Duration;
import org.genreworkbench.model.spec.BaseLearner;
import org.genreworkbench.model.spec.Method;
import javax.imageio.ImageIO;

/**
 * A check of the app exactly as it was launched: after the window shows the sample workspace, it clicks
 * through the Models tab with the system's own mouse (remove the preset models, add one, Run), waits for the
 * run, and exits with 0 when the comparison shows the model, 1 when the run failed, 2 when a step timed out.
 * CI launches the app with the README's command and {@code -Dgenreworkbench.smoke=models}, so a launch whose
 * class path differs from the tests' (a jar left off, say) fails there, not in a user's hands.
 */
final class SmokeRun {
    static final String PROPERTY = "genreworkbench.smoke";
    private static final Duration TICK = Duration.millis(250);
    private static final long STEP_TIMEOUT_MS = 30_000;
    private static final long RUN_TIMEOUT_MS = 150_000;
    private static final long RETRY_MS = 2_000;
    private static final Method METHOD = Method.BR;
    private static final BaseLearner BASE = BaseLearner.J48;

    private final Scene scene;
    private final Path logFile;
    private final PrintStream out = System.out;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final Robot robot = new Robot();
    private final long started = System.currentTimeMillis();
    private long stepStarted;
    private Timeline ticker;
    private String statusBeforeRun;
    private long lastAct;

    private SmokeRun(Scene scene, Path logFile) {
        this.scene = scene;
        this.logFile = logFile;
    }

    /** The check the launch asked for, if any: {@code -Dgenreworkbench.smoke=models}. */
    static Optional<String> requested() {
        String value = System.getProperty(PROPERTY, "").trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /**
     * Starts the Models check on the shown window; {@code ready} says when the workspace is on screen.
     * {@code logFile} is the error log, printed when the run fails so that CI shows the stack trace.
     */
    static void start(String which, Scene scene, BooleanSupplier ready, Path logFile) {
        if (!which.equals("models")) {
            System.err.println("smoke: unknown check '" + which + "' (known: models)");
            Platform.exit();
            System.exit(2);
        }
        new SmokeRun(scene, logFile).models(ready);
    }

    private void models(BooleanSupplier ready) {
        step("the sample workspace is shown", ready, () -> { });
        step("the Models tab is selected", () -> tabs().getSelectionModel().getSelectedItem().getText().equals("Models"),
                () -> click(tabHeader("Models")));
        step("the preset models are removed", () -> models().getItems().isEmpty(), () -> {
            models().getSelectionModel().select(0);
            click(node("#models-remove"));
        });
        step("one model is added: " + METHOD + " over " + BASE, () -> models().getItems().size() >= 1, () -> {
            // The playlist genre (a workspace without labels) offers no multi-label method: its base learner alone.
            ChoiceBox<Method> method = choice("#models-method");
            method.setValue(method.getItems().contains(METHOD) ? METHOD : method.getItems().get(0));
            ChoiceBox<BaseLearner> base = choice("#models-base");
            base.setValue(BASE);
            click(node("#models-add"));
        });
        // A run can end within a tick, so its start shows as the status line changing, not only as a greyed Run.
        step("the run has started", () -> statusBeforeRun != null && (((ButtonBase) node("#models-run")).isDisabled()
                || !status().equals(statusBeforeRun)), () -> {
            if (statusBeforeRun == null) {
                statusBeforeRun = status();
                click(node("#models-run"));
            }
        });
        steps.add(new Step("the run has finished", () -> !((ButtonBase) node("#models-run")).isDisabled(), () -> { },
                RUN_TIMEOUT_MS));
        ticker = new Timeline(new KeyFrame(TICK, e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        stepStarted = System.currentTimeMillis();
        ticker.play();
    }

    /** One step: {@code act}, repeated while {@code check} fails (a click may land before the screen is ready). */
    private void step(String done, BooleanSupplier check, Runnable act) {
        steps.add(new Step(done, check, act, STEP_TIMEOUT_MS));
    }

    private record Step(String done, BooleanSupplier check, Runnable act, long timeoutMs) { }

    private void tick() {
        Step step = steps.peek();
        if (step == null) {
            verdict();
            return;
        }
        boolean done;
        try {
            done = step.check().getAsBoolean();
            if (!done && System.currentTimeMillis() - stepStarted > step.timeoutMs()) {
                finish(2, "timed out waiting until " + step.done());
                return;
            }
            if (!done) {
                // Acts again only when the last act has had time to show: a click travels through the window system.
                if (System.currentTimeMillis() - lastAct > RETRY_MS) {
                    lastAct = System.currentTimeMillis();
                    step.act().run();
                }
                return;
            }
        } catch (RuntimeException e) {
            finish(2, "could not check that " + step.done() + ": " + e);
            return;
        }
        out.printf("smoke: %s (%.1f s)%n", step.done(), seconds());
        steps.poll();
        stepStarted = System.currentTimeMillis();
    }

    private void verdict() {
        TableView<?> comparison = (TableView<?>) node("#comparison-table");
        String status = status();
        if (comparison.getItems().isEmpty()) {
            finish(1, "the run failed; the Models tab says: " + status);
        } else {
            finish(0, "the comparison shows " + comparison.getItems().size() + " model(s); the Models tab says: " + status);
        }
    }

    private void finish(int code, String message) {
        ticker.stop();
        saveScreenshot();
        if (code == 0) {
            out.printf("smoke: PASSED in %.1f s: %s%n", seconds(), message);
        } else {
            System.err.printf("smoke: FAILED after %.1f s: %s%n", seconds(), message);
            printErrorLog();
        }
        out.flush();
        System.err.flush();
        Platform.exit();
        System.exit(code);
    }

    private void printErrorLog() {
        try {
            if (Files.isRegularFile(logFile)) {
                System.err.println("smoke: the error log " + logFile + " holds:");
                System.err.println(Files.readString(logFile));
            } else {
                System.err.println("smoke: no error was logged to " + logFile);
            }
        } catch (IOException e) {
            System.err.println("smoke: could not read " + logFile + ": " + e.getMessage());
        }
    }

    /** What the window showed at the end, beside the build's other screenshots, when run from the project. */
    private void saveScreenshot() {
        Path dir = Path.of("target", "screenshots");
        if (!Files.isDirectory(Path.of("target"))) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("launch-smoke-models.png");
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            out.println("smoke: screenshot " + file);
        } catch (IOException | RuntimeException e) {
            System.err.println("smoke: no screenshot: " + e.getMessage());
        }
    }

    /** Scrolls {@code target} into view, moves the system's pointer to its middle and clicks, as a person would. */
    private void click(Node target) {
        scrollIntoView(target);
        Bounds b = target.localToScreen(target.getBoundsInLocal());
        if (b == null) {
            return;
        }
        robot.mouseMove(b.getCenterX(), b.getCenterY());
        robot.mouseClick(MouseButton.PRIMARY);
    }

    private static void scrollIntoView(Node target) {
        for (Node n = target.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                Bounds inContent = scroll.getContent().sceneToLocal(target.localToScene(target.getBoundsInLocal()));
                double hidden = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (hidden > 0) {
                    double top = inContent.getCenterY() - scroll.getViewportBounds().getHeight() / 2;
                    scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)) * (scroll.getVmax() - scroll.getVmin()));
                    scroll.layout();
                }
            }
        }
    }

    private String status() {
        return String.valueOf(((Labeled) node("#models-status")).getText());
    }

    private TabPane tabs() {
        return (TabPane) node("#main-tabs");
    }

    /** The header of the tab titled {@code text}: the clickable part of a tab. */
    private Node tabHeader(String text) {
        return tabs().lookupAll(".tab").stream()
                .filter(n -> n.lookupAll(".tab-label").stream()
                        .anyMatch(l -> l instanceof Labeled label && text.equals(label.getText())))
                .findFirst().orElseThrow(() -> new IllegalStateException("no tab header " + text));
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> models() {
        return (ListView<Object>) node("#models-list");
    }

    @SuppressWarnings("unchecked")
    private <T> ChoiceBox<T> choice(String id) {
        return (ChoiceBox<T>) node(id);
    }

    private Node node(String selector) {
        Node n = scene.lookup(selector);
        if (n == null) {
            throw new IllegalStateException("nothing in the window matches " + selector);
        }
        return n;
    }

    private double seconds() {
        return (System.currentTimeMillis() - started) / 1000.0;
    }
}
