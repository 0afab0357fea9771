package org.genreworkbench.ui;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.genreworkbench.model.BuildInfo;
import org.genreworkbench.ui.data.DataTab;
import org.genreworkbench.ui.explore.ExploreTab;
import org.genreworkbench.ui.labels.LabelsTab;
import org.genreworkbench.ui.models.ModelsTab;

/** The one window: the File menu, the four tabs and the status bar, all on one workspace session. */
public final class MainWindow extends BorderPane {
    private final WorkbenchContext context;
    private final WorkspaceCommands commands;
    private final Menu openRecent = new Menu("Open Recent");
    private final TabPane tabs = new TabPane();
    private final DataTab dataTab;

    public MainWindow(WorkbenchContext context, FxTaskExecutor executor, Runnable quit) {
        this.context = context;
        this.commands = new WorkspaceCommands(context);
        this.dataTab = new DataTab(context);
        tabs.setId("main-tabs");
        LabelsTab labels = new LabelsTab(context);
        tabs.getTabs().addAll(dataTab, new ExploreTab(context), labels, new ModelsTab(context));
        setTop(menuBar(quit));
        setCenter(tabs);
        setBottom(new StatusBar(context.session(), executor, context.dialogs()));
    }

    public WorkspaceCommands commands() {
        return commands;
    }

    public DataTab dataTab() {
        return dataTab;
    }

    private MenuBar menuBar(Runnable quit) {
        MenuItem newItem = item("New", "Shortcut+N", commands::newWorkspace);
        MenuItem open = item("Open…", "Shortcut+O", commands::open);
        MenuItem save = item("Save", "Shortcut+S", commands::save);
        MenuItem saveAs = item("Save As…", "Shortcut+Shift+S", commands::saveAs);
        MenuItem close = item("Close", "Shortcut+W", commands::close);
        MenuItem quitItem = item("Quit", "Shortcut+Q", () -> commands.whenChangesSettled(quit));
        for (MenuItem busyBlocked : new MenuItem[] {newItem, open, save, saveAs, close}) {
            busyBlocked.disableProperty().bind(commands.busyProperty());
        }
        openRecent.setId("menu-open-recent");
        Menu file = new Menu("File");
        file.setId("menu-file");
        file.setOnShowing(e -> fillRecent());
        file.getItems().addAll(newItem, open, openRecent, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), close, quitItem);
        fillRecent();

        MenuItem about = new MenuItem("About Genre Workbench");
        // Three lines at most: a longer message is shown as a report, in a scrolling box of fixed-width type.
        about.setOnAction(e -> context.dialogs().showInfo("Genre Workbench " + BuildInfo.version(),
                "Classify Spotify tracks into genres from their audio features (here on Java "
                        + System.getProperty("java.version") + ").\n\n"
                        + "The bundled sample workspace is synthetic: its tracks, artists and genre tags are made "
                        + "by a seeded generator to resemble real Spotify data; they are not real."));
        Menu help = new Menu("Help", null, about);
        return new MenuBar(file, help);
    }

    private void fillRecent() {
        openRecent.getItems().clear();
        for (Path p : context.settings().recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> commands.openRecent(p));
            openRecent.getItems().add(item);
        }
        openRecent.setDisable(openRecent.getItems().isEmpty());
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + text.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("-+$", ""));
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }
}
