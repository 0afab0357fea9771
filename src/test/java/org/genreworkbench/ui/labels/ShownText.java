package org.genreworkbench.ui.labels;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * What a person cannot read on a screen: labels, buttons and cells that show an ellipsis instead of their
 * text, and text fields too narrow for the text they hold.
 */
final class ShownText {
    private ShownText() {
    }

    /** One line per cut text, naming the control; empty when everything shows in full. */
    static List<String> cutTexts(Parent root) {
        List<String> problems = new ArrayList<>();
        visit(root, problems);
        return problems;
    }

    private static void visit(Node node, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                // The skin shows its text in a LabeledText, clipped with an ellipsis when it does not fit.
                if (child instanceof Text shown && child.getClass().getSimpleName().equals("LabeledText")
                        && !normal(shown.getText()).equals(normal(labeled.getText()))) {
                    problems.add(describe(labeled) + " shows '" + shown.getText() + "' for '" + labeled.getText() + "'");
                }
            }
        }
        if (node instanceof TextField field && field.getText() != null && !field.getText().isEmpty()) {
            Text probe = new Text(field.getText());
            probe.setFont(field.getFont());
            double room = field.getWidth() - field.getPadding().getLeft() - field.getPadding().getRight();
            if (probe.getLayoutBounds().getWidth() > room) {
                problems.add(describe(field) + " is too narrow for '" + field.getText() + "'");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, problems);
            }
        }
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId());
    }
}
