package org.genreworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question the app asks the user in a dialog, behind one interface so tests can answer them
 * without a real file chooser or alert.
 */
public interface Dialogs {

    /** What to do with unsaved changes before the workspace is closed or replaced. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** @param extensions file name endings without the dot, e.g. "gwb"; empty for any file */
    Optional<Path> chooseFileToOpen(String title, List<String> extensions);

    /** Several files at once (imports). */
    List<Path> chooseFilesToOpen(String title, List<String> extensions);

    Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions);

    /** Like {@link #chooseFileToSave(String, String, List)}, starting in {@code folder}. */
    default Optional<Path> chooseFileToSave(String title, Path folder, String suggestedName, List<String> extensions) {
        return chooseFileToSave(title, suggestedName, extensions);
    }

    UnsavedChoice askUnsavedChanges(String workspaceName);

    boolean confirm(String title, String message);

    /** A text the user types (a name), prefilled; empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /** One of several options (a target cluster, say); empty when cancelled. */
    Optional<String> choose(String title, String prompt, List<String> options);

    /**
     * The import's mapping step: a field for each column of {@code file}, starting from the suggestions,
     * with the first values and the nearest fields of unread columns shown; empty when the user cancels the
     * import.
     *
     * @param problem why the file cannot be read as it is (no column identifies its rows), or null
     */
    Optional<java.util.Map<String, org.genreworkbench.ingest.files.Field>> mapColumns(String file, String problem,
            List<org.genreworkbench.ingest.files.ColumnPreview> columns);

    /**
     * The report of a finished import: its summary and the skipped rows; true when the user asks to save the
     * report to a file.
     */
    boolean showImportReport(org.genreworkbench.ingest.files.ImportReport report);

    void showError(String title, String message);

    void showInfo(String title, String message);
}
