package org.genreworkbench.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds text the screen cuts: every visible {@link Labeled} (labels, buttons, check boxes, table cells and
 * column headers alike) whose drawn text differs from its text, as when it ends in "…".
 */
public final class CutText {
    private CutText() {
    }

    /** "Button 'Density curve' shows 'Density cu…'" for each cut text under {@code root}; empty when none is. */
    public static List<String> in(Parent root) {
        List<String> cut = new ArrayList<>();
        visit(root, cut, false);
        return cut;
    }

    /** Like {@link #in}, but a cut text whose tooltip shows it whole is fine (long names in a table). */
    public static List<String> withoutTooltip(Parent root) {
        List<String> cut = new ArrayList<>();
        visit(root, cut, true);
        return cut;
    }

    private static void visit(Node node, List<String> cut, boolean tooltipWillDo) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                // The skin draws the label's text with a Text node of style class "text" (LabeledText).
                if (child instanceof Text shown && child.getStyleClass().contains("text") && child.isVisible()
                        && !labeled.getText().equals(shown.getText())
                        && !(tooltipWillDo && labeled.getTooltip() != null
                        && labeled.getText().equals(labeled.getTooltip().getText()))) {
                    cut.add(labeled.getClass().getSimpleName() + " '" + labeled.getText() + "' shows '"
                            + shown.getText() + "'");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, cut, tooltipWillDo);
            }
        }
    }
}
