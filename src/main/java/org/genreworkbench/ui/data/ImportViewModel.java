package org.genreworkbench.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.genreworkbench.ingest.Coverage;
import org.genreworkbench.ingest.files.Field;
import org.genreworkbench.ingest.files.FilePreview;
import org.genreworkbench.ingest.files.TableRecognition;
import org.genreworkbench.export.TextFiles;
import org.genreworkbench.ingest.files.ImportMerge;
import org.genreworkbench.ingest.files.ImportReport;
import org.genreworkbench.ingest.files.ImportResult;
import org.genreworkbench.ingest.files.ListeningHistory;
import org.genreworkbench.ingest.files.TableImporter;
import org.genreworkbench.ingest.spotify.ListeningCompletion;
import org.genreworkbench.ui.data.wizard.ListeningOffer;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * Imports table files into the open workspace: read in the background, then merged in one step on the UI
 * thread, so a failed import leaves the workspace as it was. The outcome is told as a short report.
 */
public final class ImportViewModel {
    private final WorkbenchContext context;
    private final BooleanProperty running = new SimpleBooleanProperty();
    /** Whether the last finished import read a listening history, whose tracks may be completed next. */
    private boolean listeningImported;

    public ImportViewModel(WorkbenchContext context) {
        this.context = context;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /**
     * The mapping step, then the import: a file with columns that recognition leaves unread, or that cannot
     * be read at all, is shown to the user with its first values and the nearest fields, to map or leave out;
     * cancelling that step imports nothing. A file still unreadable after mapping is left out only if the user
     * agrees to import the others without it; otherwise nothing is imported. No file (a file chooser cancelled)
     * is nothing to do and nothing to report.
     */
    public void importWithMapping(List<Path> files, Consumer<ImportReport> done) {
        if (files.isEmpty()) {
            return;
        }
        Map<String, Map<String, Field>> perFile = new HashMap<>();
        List<Path> accepted = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (ListeningHistory.handles(file)) {
                accepted.add(file); // a privacy export's files have a known shape: nothing to map
                continue;
            }
            FilePreview preview;
            try {
                // A few rows only: quick enough to read here, and the answer decides what is asked next.
                preview = FilePreview.of(file, Map.of());
            } catch (Exception e) {
                done.accept(ImportReport.failed("Nothing was imported: " + name + ": " + e.getMessage()));
                return;
            }
            if (!preview.nothingToAsk()) {
                var answer = context.dialogs().mapColumns(name, preview.recognition().problem(), preview.columns());
                if (answer.isEmpty()) {
                    done.accept(ImportReport.failed("Import cancelled; nothing was imported."));
                    return;
                }
                TableRecognition mapped = preview.with(answer.get());
                if (!mapped.recognised()) {
                    boolean others = files.size() > 1 && context.dialogs().confirm("Import the other files without " + name + "?",
                            mapped.problem() + "\n\nImport the other files without it? Otherwise nothing is imported.");
                    if (!others) {
                        done.accept(ImportReport.failed("Nothing was imported: " + mapped.problem()));
                        return;
                    }
                    continue;
                }
                perFile.put(name, answer.get());
            }
            accepted.add(file);
        }
        if (accepted.isEmpty()) {
            done.accept(ImportReport.failed("Nothing was imported: none of the files could be read."));
            return;
        }
        importFiles(accepted, new TableImporter(Map.of(), perFile, false), done);
    }

    public void importFiles(List<Path> files, Map<String, Field> mapping, Consumer<ImportReport> done) {
        importFiles(files, new TableImporter(mapping), done);
    }

    private void importFiles(List<Path> files, TableImporter importer, Consumer<ImportReport> done) {
        if (files.isEmpty()) {
            return;
        }
        running.set(true);
        BackgroundTask.of("Importing " + files.size() + (files.size() == 1 ? " file" : " files"),
                        ctx -> importer.read(files, ctx))
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

    /**
     * After an import of the listener's own Spotify data that left tracks without audio features or artists
     * without genre tags: asks whether to complete them now. True when the user agrees.
     */
    public boolean offerCompletion() {
        if (!listeningImported) {
            return false;
        }
        listeningImported = false;
        ListeningCompletion.Plan plan = ListeningCompletion.Plan.of(context.session().project());
        return !plan.isEmpty() && context.dialogs().confirm("Complete the listened tracks?",
                ListeningOffer.describe(plan) + ".\n\nThe wizard shows the progress; Stop keeps every answer so far.");
    }

    private ImportReport apply(ImportResult result) {
        listeningImported = result.listening().any();
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
        if (result.albumJoins() > 0) {
            s.append(String.format(Locale.US, "%nTracks given their album's name or release date from an albums table: %,d.",
                    result.albumJoins()));
        }
        result.listening().describe().forEach(line -> s.append('\n').append(line));
        result.unrecognisedFiles().forEach(f -> s.append("\nLeft out: ").append(f));
        if (!result.unmappedColumns().isEmpty()) {
            s.append("\nColumns not read: ").append(String.join(", ", result.unmappedColumns()));
        }
        return new ImportReport(true, s.toString(), result.problems(), result.skipped());
    }
}
