package org.genreworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: native file choosers and alerts owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;
    private File lastDirectory;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        File file = chooser(title, extensions).showOpenDialog(owner);
        return remember(file);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<String> extensions) {
        List<File> files = chooser(title, extensions).showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        remember(files.get(0));
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions) {
        FileChooser chooser = chooser(title, extensions);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path folder, String suggestedName, List<String> extensions) {
        FileChooser chooser = chooser(title, extensions);
        chooser.setInitialFileName(suggestedName);
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String workspaceName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Save the changes to " + workspaceName + " first?", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText("Unsaved changes");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText(title);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> choose(String title, String prompt, List<String> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(options.get(0), options);
        dialog.initOwner(owner);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        return dialog.showAndWait();
    }

    @Override
    public Optional<java.util.Map<String, org.genreworkbench.ingest.files.Field>> mapColumns(String file, String problem,
            List<org.genreworkbench.ingest.files.ColumnPreview> columns) {
        return org.genreworkbench.ui.data.ColumnMappingDialog.show(owner, file, problem, columns);
    }

    @Override
    public boolean showImportReport(org.genreworkbench.ingest.files.ImportReport report) {
        return org.genreworkbench.ui.data.ImportReportDialog.create(owner, report).showAndWait().orElse(false);
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setHeaderText(title);
        // A text area, so that long messages (file, entry, line, column) can be read and copied whole.
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(60);
        text.setPrefRowCount(ErrorText.rows(message, 60));
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(title);
        if (message.lines().count() > 3) {
            // Reports and tables: readable in full, columns aligned, and copyable.
            TextArea text = new TextArea(message);
            text.setEditable(false);
            text.setStyle("-fx-font-family: monospace;");
            text.setPrefColumnCount(80);
            text.setPrefRowCount((int) Math.min(24, message.lines().count() + 1));
            alert.getDialogPane().setContent(text);
        }
        alert.showAndWait();
    }

    private FileChooser chooser(String title, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (!extensions.isEmpty()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    String.join(", ", extensions.stream().map(e -> "*." + e).toList()),
                    extensions.stream().map(e -> "*." + e).toList()));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastDirectory = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
