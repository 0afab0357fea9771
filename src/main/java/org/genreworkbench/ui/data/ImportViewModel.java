package org.genreworkbench.ui.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.genreworkbench.ingest.Coverage;
import org.genreworkbench.ingest.files.Field;
import org.genreworkbench.export.TextFiles;
import org.genreworkbench.ingest.files.ImportMerge;
import org.genreworkbench.ingest.files.ImportReport;
import org.genreworkbench.ingest.files.ImportResult;
import org.genreworkbench.ingest.files.TableImporter;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * Imports table files into the open workspace: read in the background, then merged in one step on the UI
 * thread, so a failed import leaves the workspace as it was. The outcome is told as a short report.
 */
public final class ImportViewModel {
    private final WorkbenchContext context;
    private final BooleanProperty running = new SimpleBooleanProperty();

    public ImportViewModel(WorkbenchContext context) {
        this.context = context;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /**
     * The mapping step, then the import: a file with columns that recognition leaves unread is shown to the
     * user with its first values, to map or leave out; cancelling that step imports nothing.
     */
    public void importWithMapping(List<Path> files, Consumer<ImportReport> done) {
        Map<String, Field> mapping = new java.util.HashMap<>();
        for (Path file : files) {
            List<org.genreworkbench.ingest.files.ColumnPreview> columns;
            try {
                // A few rows only: quick enough to read here, and the answer decides what is asked next.
                columns = org.genreworkbench.ingest.files.ColumnPreview.of(file, mapping);
            } catch (Exception e) {
                done.accept(ImportReport.failed("Nothing was imported: " + file.getFileName() + ": " + e.getMessage()));
                return;
            }
            if (!org.genreworkbench.ingest.files.ColumnPreview.allMapped(columns)) {
                var answer = context.dialogs().mapColumns(file.getFileName().toString(), columns);
                if (answer.isEmpty()) {
                    done.accept(ImportReport.failed("Import cancelled; nothing was imported."));
                    return;
                }
                mapping.putAll(answer.get());
            }
        }
        importFiles(files, mapping, done);
    }

    public void importFiles(List<Path> files, Map<String, Field> mapping, Consumer<ImportReport> done) {
        if (files.isEmpty()) {
            return;
        }
        running.set(true);
        BackgroundTask.of("Importing " + files.size() + (files.size() == 1 ? " file" : " files"),
                        ctx -> new TableImporter(mapping).read(files, ctx))
                .onSuccess(result -> done.accept(apply(result)))
                .onFailure(e -> done.accept(ImportReport.failed("Nothing was imported: " + e.getMessage())))
                .onCancelled(() -> done.accept(ImportReport.failed("Import cancelled; nothing was imported.")))
                .andFinally(() -> running.set(false))
                .executeWith(context.executor());
    }

    /**
     * Tells the outcome: a failure as an error; a finished import as its report, from which the user may save
     * the skipped rows to a file (written in the background).
     */
    public void tell(ImportReport report) {
        if (!report.ok()) {
            context.dialogs().showError("Import failed", report.summary());
            return;
        }
        if (context.dialogs().showImportReport(report)) {
            context.dialogs().chooseFileToSave("Save import report", "import-report.txt", List.of("txt"))
                    .ifPresent(file -> BackgroundTask.of("Saving " + file.getFileName(), ctx -> {
                                TextFiles.writeLines(file, report.lines());
                                return file;
                            })
                            .onFailure(e -> context.dialogs().showError("Could not save the report",
                                    file + ": " + e.getMessage()))
                            .executeWith(context.executor()));
        }
    }

    private ImportReport apply(ImportResult result) {
        ImportMerge.Counts c = ImportMerge.apply(context.session().project(), result);
        StringBuilder s = new StringBuilder(String.format(Locale.US,
                "%,d rows read: %,d new tracks, %,d updated; %,d new artists, %,d updated; %,d playlists; %,d rows skipped.",
                result.rows(), c.newTracks(), c.updatedTracks(), c.newArtists(), c.updatedArtists(), c.playlists(),
                result.skipped()));
        if (!Double.isNaN(c.artistMatchRate())) {
            s.append(String.format(Locale.US, "%nTracks whose artists were matched by name to genre tags: %.1f %%.",
                    c.artistMatchRate() * 100));
        }
        Coverage.of(context.session().project()).forEach((field, shares) -> s.append('\n').append(Coverage.describe(field, shares)));
        if (!result.unmappedColumns().isEmpty()) {
            s.append("\nColumns not read: ").append(String.join(", ", result.unmappedColumns()));
        }
        return new ImportReport(true, s.toString(), result.problems(), result.skipped());
    }
}
