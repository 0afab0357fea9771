package org.genreworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.genreworkbench.app.GenreWorkbenchApp;
import org.genreworkbench.settings.AppSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every tab and dialog of the workbench at 1280x800 on a real-sized workspace (the public tracks imported
 * through the Data tab, with its real mapping and report dialogs, when ../shared holds them; the sample workspace
 * otherwise): fails when a control shows less text than it holds — a label, button, check box, tab, table cell or
 * column header whose text node draws an ellipsis. Labels builds a tree and applies it, Models runs one model, so
 * their results are checked too; then the About dialog and the Spotify wizard. Each screen is saved under
 * target/screenshots/screens-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class WholeTextTest {
    private static final Path SAMPLE = Path.of("sample-data", "sample-workspace.gwb");
    private static final Path TRACKS = Path.of(System.getProperty("genreworkbench.shared.dir", "../shared"), "data",
            "spotify-tracks");

    /**
     * Screens known to cut text while their fixes are on the way (issue 9): their cuts are printed on every run
     * and do not fail the test. Take a screen off as soon as it is mended (the test says when); never add one to
     * hide a new cut.
     */
    static final Map<String, String> STILL_CUT = Map.of();

    @TempDir
    static Path configDir;

    private final ScriptedDialogs scripted = new ScriptedDialogs();
    private Stage stage;
    private MainWindow window;
    private final Map<String, List<String>> cuts = new LinkedHashMap<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = GenreWorkbenchApp.createWindow(stage, AppSettings.load(configDir), new RealDialogsScriptedFiles(stage, scripted));
    }

    @Test
    void everyTabAndDialogShowsItsWholeText(FxRobot robot) throws Exception {
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(stage.getScene().getHeight()).isEqualTo(800);
        if (Files.isRegularFile(TRACKS.resolve("spotify_songs.csv"))) {
            importPublicTracks(robot);
        } else {
            System.out.println("WholeTextTest: " + TRACKS + " is absent; checking on the sample workspace");
            robot.interact(() -> window.commands().load(SAMPLE));
            waitUntil(() -> window.commands().context().session().file().isPresent() && idle(), 60);
        }
        TabPane tabs = robot.lookup("#main-tabs").query();

        select(robot, tabs, "Data");
        check(robot, "data", stage.getScene());
        // sorted, a header draws its arrow beside its name: every numeric column, by the longest name (sorting
        // cut "Tempo" to "Te…")
        TableView<?> tracks = robot.lookup("#tracks-table").query();
        for (String name : List.of("Tempo", "Speechiness", "Instrumentalness")) {
            robot.interact(() -> tracks.getColumns().stream().filter(c -> name.equals(c.getText())).findFirst()
                    .ifPresent(c -> sortBy(tracks, c)));
            waitUntil(this::idle, 20);
            check(robot, "data-sorted-" + slug(name), stage.getScene());
        }

        select(robot, tabs, "Explore");
        TabPane views = robot.lookup("#explore-views").query();
        for (Tab view : List.copyOf(views.getTabs())) {
            robot.interact(() -> views.getSelectionModel().select(view));
            waitUntil(this::idle, 60);
            check(robot, "explore-" + slug(view.getText()), stage.getScene());
        }

        select(robot, tabs, "Labels");
        robot.clickOn("#labels-build");
        TableView<?> clusters = robot.lookup("#labels-clusters").query();
        waitUntil(() -> idle() && !clusters.getItems().isEmpty(), 180);
        check(robot, "labels", stage.getScene());
        robot.clickOn("#labels-apply");
        waitUntil(this::idle, 60);
        check(robot, "labels-applied", stage.getScene());

        select(robot, tabs, "Models");
        check(robot, "models-setup", stage.getScene());
        runOneModel(robot);
        check(robot, "models", stage.getScene());

        robot.clickOn("Help").clickOn("About Genre Workbench");
        waitUntil(() -> dialog().isPresent(), 120);
        DialogPane about = dialogPane(dialog().orElseThrow());
        // the version in the header, the text as words (no report box of fixed-width type with scroll bars)
        assertThat(about.getHeaderText()).isEqualTo("Genre Workbench " + org.genreworkbench.model.BuildInfo.version());
        assertThat(about.getContent()).isNull();
        assertThat(about.getContentText()).contains("Java " + System.getProperty("java.version"));
        checkDialogAndClose(robot, "dialog-about");

        select(robot, tabs, "Data");
        int windows = Window.getWindows().size();
        robot.clickOn("#get-spotify");
        waitUntil(() -> Window.getWindows().size() > windows, 20);
        Window wizard = Window.getWindows().get(Window.getWindows().size() - 1);
        check(robot, "wizard-source", wizard.getScene());
        robot.interact(wizard::hide);

        report();
    }

    /** The public tracks through the Data tab's import, with its real mapping dialog and report. */
    private void importPublicTracks(FxRobot robot) throws Exception {
        scripted.filesToOpen.add(TRACKS.resolve("spotify_songs.csv"));
        scripted.filesToOpen.add(TRACKS.resolve("data_w_genres.csv"));
        robot.clickOn("#import-files");
        // A mapping step for each file with unread columns, then the report: each checked, then accepted.
        BooleanSupplier imported = () -> window.commands().context().session().project().tracks().size() > 20_000
                && idle() && dialog().isEmpty();
        long deadline = System.currentTimeMillis() + 300_000;
        while (!imported.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("the import ended in time; still running: %s, dialog: %s, tracks: %d",
                    runningTitles(), dialog().isPresent(), window.commands().context().session().project().tracks().size())
                    .isLessThan(deadline);
            if (dialog().isPresent()) {
                String header = dialogPane(dialog().get()).getHeaderText();
                checkDialogAndClose(robot, "dialog-" + slug(header == null ? "import" : header));
            } else {
                Thread.sleep(200);
            }
        }
    }

    private void runOneModel(FxRobot robot) throws Exception {
        robot.clickOn("#models-holdout");
        ListView<?> models = robot.lookup("#models-list").query();
        while (!models.getItems().isEmpty()) {
            robot.interact(() -> models.getSelectionModel().select(0));
            robot.interact(() -> robot.lookup("#models-remove").queryButton().fire());
        }
        robot.interact(() -> {
            robot.lookup("#models-method").<ChoiceBox<org.genreworkbench.model.spec.Method>>query()
                    .setValue(org.genreworkbench.model.spec.Method.BR);
            robot.lookup("#models-base").<ChoiceBox<org.genreworkbench.model.spec.BaseLearner>>query()
                    .setValue(org.genreworkbench.model.spec.BaseLearner.NAIVE_BAYES);
            robot.lookup("#models-add").queryButton().fire();
            robot.lookup("#models-run").queryButton().fire();
        });
        TableView<?> comparison = robot.lookup("#comparison-table").query();
        waitUntil(() -> idle() && !comparison.getItems().isEmpty(), 180);
    }

    /** Waits for a dialog window, checks and saves it, then presses its default button. */
    private void checkDialogAndClose(FxRobot robot, String name) throws Exception {
        waitUntil(() -> dialog().isPresent(), 120);
        Window dialog = dialog().orElseThrow();
        check(robot, name, dialog.getScene());
        DialogPane pane = dialogPane(dialog);
        robot.interact(() -> {
            ButtonType ok = pane.getButtonTypes().stream()
                    .filter(t -> t.getButtonData().isDefaultButton()).findFirst().orElse(pane.getButtonTypes().get(0));
            ((javafx.scene.control.Button) pane.lookupButton(ok)).fire();
        });
        waitUntil(() -> !dialog.isShowing(), 20);
    }

    private static Optional<Window> dialog() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup(".dialog-pane") != null)
                .findFirst();
    }

    private static DialogPane dialogPane(Window dialog) {
        return (DialogPane) dialog.getScene().lookup(".dialog-pane");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortBy(TableView table, javafx.scene.control.TableColumn column) {
        table.getSortOrder().setAll(column);
    }

    private void select(FxRobot robot, TabPane tabs, String title) throws Exception {
        Tab tab = tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        waitUntil(this::idle, 60);
    }

    /** No background work left: the screen shows what its last action produced. */
    private List<String> runningTitles() {
        return ((FxTaskExecutor) window.commands().context().executor()).running().stream().map(RunningTask::title)
                .toList();
    }

    private boolean idle() {
        return ((FxTaskExecutor) window.commands().context().executor()).running().isEmpty();
    }

    /** Records the cut texts of a scene and saves a picture of it. */
    private void check(FxRobot robot, String screen, Scene scene) throws Exception {
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> collectCuts(scene.getRoot(), scene, found));
        cuts.put(screen, found);
        Screenshots.save(robot, scene, "screens-" + screen);
    }

    static void collectCuts(Parent parent, Scene scene, List<String> into) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof Labeled labeled && onScreen(labeled, scene)) {
                String cut = shownText(labeled);
                String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
                if (cut != null && !full.isEmpty() && !cut.equals(full) && !readableInTooltip(labeled, full)) {
                    into.add(kind(labeled) + (labeled.getId() == null ? "" : " #" + labeled.getId())
                            + " shows \"" + cut + "\" of \"" + full + "\"");
                }
            }
            if (child instanceof Parent p) {
                collectCuts(p, scene, into);
            }
        }
    }

    /** The control's kind by its class, or by the class it extends when it is an anonymous one (most cells). */
    private static String kind(Labeled labeled) {
        Class<?> type = labeled.getClass();
        while (type.getSimpleName().isEmpty()) {
            type = type.getSuperclass();
        }
        return type.getSimpleName();
    }

    /**
     * A cell of free text (a table or list cell) may be cut when its tooltip holds the whole text: rows of long
     * names cannot all fit, but each must be readable. Labels, buttons and headers get no such leave.
     */
    private static boolean readableInTooltip(Labeled labeled, String full) {
        return labeled instanceof javafx.scene.control.IndexedCell<?> && labeled.getTooltip() != null
                && labeled.getTooltip().getText() != null && labeled.getTooltip().getText().contains(full);
    }

    /** What the Labeled's text node draws, or null when it draws none (graphic only, no text). */
    private static String shownText(Labeled labeled) {
        if (labeled.getText() == null) {
            return null;
        }
        for (Node n : labeled.getChildrenUnmodifiable()) {
            if (n instanceof Text text && n.getStyleClass().contains("text") && n.isVisible()) {
                return text.getText();
            }
        }
        return null;
    }

    private static boolean onScreen(Node node, Scene scene) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getWidth() > 0 && b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < scene.getWidth()
                && b.getMinY() < scene.getHeight();
    }

    private void report() {
        List<String> failures = new ArrayList<>();
        cuts.forEach((screen, found) -> {
            if (found.isEmpty()) {
                System.out.println("WholeTextTest: " + screen + ": all text shown");
            } else if (STILL_CUT.containsKey(screen)) {
                System.out.println("WholeTextTest: " + screen + " is on the still-cut list (" + STILL_CUT.get(screen)
                        + "); it cuts " + found.size() + ":");
                found.forEach(f -> System.out.println("    " + f));
            } else {
                found.forEach(f -> failures.add(screen + ": " + f));
            }
        });
        STILL_CUT.keySet().stream().filter(s -> cuts.getOrDefault(s, List.of()).isEmpty())
                .forEach(s -> System.out.println("WholeTextTest: " + s + " no longer cuts text: take it off STILL_CUT"));
        assertThat(failures).as("controls showing less than their text at 1280x800").isEmpty();
    }

    private static String slug(String text) {
        return text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static void waitUntil(BooleanSupplier condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Real dialogs (alerts, the column mapping, the import report), with the files to open and save scripted. */
    private static final class RealDialogsScriptedFiles implements Dialogs {
        private final FxDialogs real;
        private final ScriptedDialogs files;

        RealDialogsScriptedFiles(Stage owner, ScriptedDialogs files) {
            this.real = new FxDialogs(owner);
            this.files = files;
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
            return files.chooseFileToOpen(title, extensions);
        }

        @Override
        public List<Path> chooseFilesToOpen(String title, List<String> extensions) {
            return files.chooseFilesToOpen(title, extensions);
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions) {
            return files.chooseFileToSave(title, suggestedName, extensions);
        }

        @Override
        public UnsavedChoice askUnsavedChanges(String workspaceName) {
            return real.askUnsavedChanges(workspaceName);
        }

        @Override
        public boolean confirm(String title, String message) {
            return real.confirm(title, message);
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initial) {
            return real.askText(title, prompt, initial);
        }

        @Override
        public Optional<String> choose(String title, String prompt, List<String> options) {
            return real.choose(title, prompt, options);
        }

        @Override
        public Optional<Map<String, org.genreworkbench.ingest.files.Field>> mapColumns(String file, String problem,
                List<org.genreworkbench.ingest.files.ColumnPreview> columns) {
            return real.mapColumns(file, problem, columns);
        }

        @Override
        public boolean showImportReport(org.genreworkbench.ingest.files.ImportReport report) {
            return real.showImportReport(report);
        }

        @Override
        public void showError(String title, String message) {
            real.showError(title, message);
        }

        @Override
        public void showInfo(String title, String message) {
            real.showInfo(title, message);
        }
    }
}
