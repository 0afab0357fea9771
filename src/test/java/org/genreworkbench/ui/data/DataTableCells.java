package org.genreworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the Data table shows in the window: a column's cells as text, a column's header to click. */
final class DataTableCells {
    private DataTableCells() {
    }

    /** Track name to the text the column's cell shows, for every row on screen. */
    static Map<String, String> shown(FxRobot robot, TableView<TrackRow> table, String column) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, String> cells = new java.util.HashMap<>();
        for (javafx.scene.Node node : robot.from(table).lookup(".table-cell").queryAll()) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && column.equals(cell.getTableColumn().getText()) && cell.getTableRow() != null
                    && cell.getTableRow().getItem() instanceof TrackRow row) {
                cells.put(row.name(), cell.getText() == null ? "" : cell.getText());
            }
        }
        assertThat(cells).as("rows shown in column " + column).hasSize(table.getItems().size());
        return cells;
    }

    /** The header of the table's column titled {@code title} (other tabs' tables may have one of that title too). */
    static javafx.scene.Node header(FxRobot robot, TableView<TrackRow> table, String title) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.from(table).lookup(".column-header .label").queryAll()
                .stream().anyMatch(n -> n instanceof javafx.scene.control.Label l && title.equals(l.getText())));
        return robot.from(table).lookup(".column-header .label").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Label l && title.equals(l.getText()))
                .findFirst().orElseThrow();
    }
}
