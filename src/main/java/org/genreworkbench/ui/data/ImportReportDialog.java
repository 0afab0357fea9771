package org.genreworkbench.ui.data;

import java.util.List;
import org.genreworkbench.ui.WorkbenchContext;

/** Tells the outcome of an import, and offers to save the list of skipped rows. */
final class ImportReportDialog {
    private ImportReportDialog() {
    }

    static void show(WorkbenchContext context, ImportViewModel.Report report) {
        if (!report.ok()) {
            context.dialogs().showError("Import failed", report.summary());
            return;
        }
        String problems = report.problems().isEmpty() ? "" : "\n\nSkipped rows (first "
                + Math.min(10, report.problems().size()) + "):\n" + String.join("\n", report.problems().subList(0,
                Math.min(10, report.problems().size())));
        context.dialogs().showInfo("Import finished", report.summary() + problems);
        if (!report.problems().isEmpty() && context.dialogs().confirm("Save the report?",
                "Save every skipped row (file, line, column, problem) to a file?")) {
            context.dialogs().chooseFileToSave("Save import report", "import-report.txt", List.of("txt"))
                    .ifPresent(file -> org.genreworkbench.task.BackgroundTask.of("Saving " + file.getFileName(), ctx -> {
                                org.genreworkbench.export.TextFiles.writeLines(file, report.problems());
                                return file;
                            })
                            .onFailure(e -> context.dialogs().showError("Could not save the report", file + ": " + e.getMessage()))
                            .executeWith(context.executor()));
        }
    }
}
