package org.genreworkbench.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.task.ErrorLog;
import org.genreworkbench.ui.Dialogs;
import org.genreworkbench.ui.FxDialogs;
import org.genreworkbench.ui.FxTaskExecutor;
import org.genreworkbench.ui.MainWindow;
import org.genreworkbench.ui.WorkbenchContext;
import org.genreworkbench.ui.WorkspaceSession;

/**
 * Wires the app together and shows the window. Opens the workspace named on the command line, else the
 * bundled sample workspace when run from the project folder.
 */
public final class GenreWorkbenchApp extends Application {
    static final Path SAMPLE_WORKSPACE = Path.of("sample-data", "sample-workspace.gwb");

    /** Held so the level sticks: java.util.logging keeps loggers only weakly. */
    private static final java.util.logging.Logger NETLIB = java.util.logging.Logger.getLogger("com.github.fommil");

    public static void main(String[] args) {
        // netlib warns at start-up that no native BLAS is installed, then uses its pure-Java one: not news.
        NETLIB.setLevel(java.util.logging.Level.SEVERE);
        launch(GenreWorkbenchApp.class, args);
    }

    private static final Duration AUTOSAVE_EVERY = Duration.minutes(1);
    private static final System.Logger LOG = System.getLogger(GenreWorkbenchApp.class.getName());

    @Override
    public void start(Stage stage) throws java.io.IOException {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        Optional<String> smoke = SmokeRun.requested();
        // A check run starts from empty settings unless told otherwise: no recent files, no autosave offered back,
        // nothing of the user's touched.
        Path configDir = options.configDir().isPresent() ? options.configDir().get()
                : smoke.isPresent() ? Files.createTempDirectory("genre-workbench-smoke") : AppSettings.defaultConfigDir();
        MainWindow window = createWindow(stage, AppSettings.load(configDir), null);
        LOG.log(System.Logger.Level.INFO, "window shown {0} ms after start; settings from {1}", sinceStart(),
                configDir.resolve("settings.json"));
        Optional<Path> initial = initialWorkspace(options.workspace().stream().map(Path::toString).toList());
        smoke.ifPresent(which -> SmokeRun.start(which, stage.getScene(),
                () -> initial.isPresent() && initial.get().equals(window.commands().context().session().fileProperty().get())
                        && !window.commands().busyProperty().get(),
                configDir.resolve(ErrorLog.FILE_NAME)));
        initial.ifPresent(file -> {
            window.commands().context().session().fileProperty().addListener((obs, old, now) -> {
                if (file.equals(now) && old == null) {
                    LOG.log(System.Logger.Level.INFO, "{0} shown {1} ms after start", file.getFileName(), sinceStart());
                }
            });
            window.commands().load(file);
        });
        if (initial.isEmpty()) {
            window.commands().offerUntitledRecovery();
        }
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> window.commands().autosaveNow()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
    }

    /** Milliseconds since the JVM started: the launch time a user feels, minus the build. */
    private static long sinceStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Builds the window on {@code stage} and shows it; {@code dialogs} null means the real dialogs.
     * Tests call this with scripted dialogs and a temporary settings folder.
     */
    public static MainWindow createWindow(Stage stage, AppSettings settings, Dialogs dialogs) {
        WorkspaceSession session = new WorkspaceSession();
        FxTaskExecutor executor = new FxTaskExecutor(ErrorLog.in(settings.configDir()));
        WorkbenchContext context = new WorkbenchContext(session, executor,
                dialogs == null ? new FxDialogs(stage) : dialogs, settings);
        MainWindow window = new MainWindow(context, executor, Platform::exit);
        stage.setScene(styled(new Scene(window, 1280, 800)));
        stage.titleProperty().bind(session.titleProperty());
        stage.getIcons().add(new Image(resource("icon.png")));
        stage.setOnCloseRequest(event -> {
            if (session.isDirty()) {
                event.consume();
                window.commands().whenChangesSettled(Platform::exit);
            }
        });
        stage.show();
        return window;
    }

    /**
     * Dresses a scene as the app's: AtlantaFX's Primer theme and the app's style sheet, whose fonts and paddings
     * decide what fits. Screen tests dress theirs with it too, to measure text as people see it.
     */
    public static Scene styled(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(resource("app.css"));
        return scene;
    }

    static Optional<Path> initialWorkspace(List<String> args) {
        if (!args.isEmpty()) {
            return Optional.of(Path.of(args.get(0)));
        }
        return Files.isRegularFile(SAMPLE_WORKSPACE) ? Optional.of(SAMPLE_WORKSPACE) : Optional.empty();
    }

    private static String resource(String name) {
        var url = GenreWorkbenchApp.class.getResource("/org/genreworkbench/assets/" + name);
        if (url == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return url.toExternalForm();
    }
}
