package org.genreworkbench.ui.explore;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import org.genreworkbench.explore.TableCsv;
import org.genreworkbench.export.ChartFiles;
import org.genreworkbench.export.TextFiles;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.Work;
import org.genreworkbench.ui.WorkbenchContext;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.Table;

/**
 * The Explore tab's exports: ask where, then write in the background through the export services, and show
 * a failure. A view's snapshot is taken on the UI thread (where nodes live); only the writing is moved off it.
 */
final class ExportActions {
    private final WorkbenchContext context;

    ExportActions(WorkbenchContext context) {
        this.context = context;
    }

    void chart(JFreeChart chart, ChartFiles.Format format) {
        if (chart == null) {
            return;
        }
        String ext = format.extension();
        context.dialogs().chooseFileToSave("Export chart", "chart." + ext, List.of(ext))
                .ifPresent(file -> write(file, "the chart", () -> ChartFiles.write(chart, format, file)));
    }

    void picture(Node node, String suggestedName) {
        context.dialogs().chooseFileToSave("Export picture", suggestedName, List.of("png")).ifPresent(file -> {
            BufferedImage image = SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
            write(file, "the picture", () -> ChartFiles.png(image, file));
        });
    }

    void text(String title, String suggestedName, String text) {
        context.dialogs().chooseFileToSave(title, suggestedName, List.of("csv"))
                .ifPresent(file -> write(file, "the table", () -> TextFiles.write(file, text)));
    }

    /** A Tablesaw table (group summaries, a cross-tabulation) as CSV for spreadsheets. */
    void table(String title, String suggestedName, Table table) {
        if (table == null) {
            return;
        }
        context.dialogs().chooseFileToSave(title, suggestedName, List.of("csv"))
                .ifPresent(file -> write(file, "the table", () -> TableCsv.write(table, file)));
    }

    /** Writing that may fail with an I/O error. */
    private interface Writing {
        void run() throws Exception;
    }

    private void write(Path file, String what, Writing writing) {
        Work<Path> work = ctx -> {
            writing.run();
            return file;
        };
        BackgroundTask.of("Exporting " + file.getFileName(), work)
                .onFailure(err -> context.dialogs().showError("Could not export " + what,
                        file + ": " + err.getMessage()))
                .executeWith(context.executor());
    }
}
