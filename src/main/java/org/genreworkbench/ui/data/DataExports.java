package org.genreworkbench.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.genreworkbench.export.DataTableCsv;
import org.genreworkbench.export.ExportFolder;
import org.genreworkbench.export.FileNames;
import org.genreworkbench.ml.ArffExport;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Data tab's exports: the table's shown rows as CSV, and the data set (the audio features with the active
 * label scheme, or the playlist genre) as ARFF for MEKA or Weka. Written in the background by the export and
 * ml services; the outcome names the file with its whole path.
 */
public final class DataExports {
    static final String MULTI = "Labels of the active scheme (MEKA, multi-label)";
    static final String SINGLE = "Playlist genre (Weka, single-label)";

    private final WorkbenchContext context;
    private final ExportFolder folder;

    public DataExports(WorkbenchContext context) {
        this.context = context;
        this.folder = new ExportFolder(context.session()::file);
    }

    /** The given rows (what the table shows, in its order) as CSV. */
    public void exportCsv(List<String> trackIds) {
        Project snapshot = context.session().project().snapshot();
        context.dialogs().chooseFileToSave("Export the table as CSV", folder.suggest(), "tracks.csv", List.of("csv"))
                .map(file -> FileNames.withExtension(file, "csv"))
                .ifPresent(file -> write("Exporting " + file.getFileName(), file, () -> {
                    int rows = DataTableCsv.write(snapshot, trackIds, file);
                    return String.format(Locale.US, "Wrote %,d tracks to %s", rows, file.toAbsolutePath());
                }));
    }

    /** The data set as ARFF; asks which target when the workspace has both a label scheme and playlist genres. */
    public void exportArff() {
        Project snapshot = context.session().project().snapshot();
        List<String> targets = new ArrayList<>();
        if (snapshot.activeLabelScheme() != null) {
            targets.add(MULTI);
        }
        if (!snapshot.playlistGenres().isEmpty()) {
            targets.add(SINGLE);
        }
        if (targets.isEmpty()) {
            context.dialogs().showError("Nothing to export",
                    "The data set needs a target: apply a label scheme in the Labels tab, or import playlists with a genre.");
            return;
        }
        Optional<String> target = targets.size() == 1 ? Optional.of(targets.get(0))
                : context.dialogs().choose("Export data set", "Export the audio features with:", targets);
        if (target.isEmpty()) {
            return;
        }
        boolean multi = target.get().equals(MULTI);
        String name = multi ? snapshot.activeLabelScheme() : "playlist-genre";
        DatasetSpec spec = new DatasetSpec(multi ? "labelScheme" : "playlistGenre", null, List.of(), false, false,
                false, false);
        context.dialogs().chooseFileToSave("Export data set as ARFF", folder.suggest(),
                        name.replaceAll("[^A-Za-z0-9]+", "-") + ".arff", List.of("arff"))
                .map(file -> FileNames.withExtension(file, "arff"))
                .ifPresent(file -> write("Exporting " + file.getFileName(), file, () -> {
                    ArffExport.Written w = ArffExport.write(snapshot, spec, name, file);
                    return String.format(Locale.US, "Wrote %,d tracks with %d features and %d %s to %s", w.rows(),
                            w.features(), w.labels(), w.multiLabel() ? "labels (MEKA)" : "genres (Weka)",
                            file.toAbsolutePath());
                }));
    }

    @FunctionalInterface
    private interface Writing {
        String writeAndSay() throws Exception;
    }

    private void write(String title, Path file, Writing writing) {
        BackgroundTask.of(title, ctx -> writing.writeAndSay())
                .onSuccess(done -> {
                    folder.used(file);
                    context.dialogs().showInfo("Exported", done + ".");
                })
                .onFailure(err -> context.dialogs().showError("Could not export",
                        "Could not write " + file.toAbsolutePath() + ": " + err.getMessage()))
                .executeWith(context.executor());
    }
}
