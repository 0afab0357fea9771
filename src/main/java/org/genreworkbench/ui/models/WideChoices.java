package org.genreworkbench.ui.models;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A ChoiceBox sizes itself to the value it showed first, so a longer one shown later runs under its arrow
 * ("Accurac▾"): this keeps it wide enough for its longest choice whenever the choices change.
 */
final class WideChoices {
    private static final double ARROW_AND_PADDING = 48;

    private WideChoices() {
    }

    /**
     * @param styled a label beside the box, whose font (the theme's once shown) measures the choices
     * @param widest the most the box may take, however long a choice
     */
    static <T> void fitLongest(ChoiceBox<T> box, Function<T, String> text, Label styled, double widest) {
        box.getItems().addListener((ListChangeListener<T>) change -> fit(box, text, styled, widest));
        box.setMinWidth(Region.USE_PREF_SIZE);
        fit(box, text, styled, widest);
    }

    /** The same without a limit. */
    static <T> void fitLongest(ChoiceBox<T> box, Function<T, String> text, Label styled) {
        fitLongest(box, text, styled, Double.MAX_VALUE);
    }

    private static <T> void fit(ChoiceBox<T> box, Function<T, String> text, Label styled, double widest) {
        if (box.getItems().isEmpty()) {
            return; // nothing to make room for: the box keeps the size it has
        }
        box.setPrefWidth(Math.min(box.getItems().stream().mapToDouble(choice -> {
            Text measure = new Text(text.apply(choice));
            measure.setFont(styled.getFont());
            return measure.getLayoutBounds().getWidth();
        }).max().orElseThrow() + ARROW_AND_PADDING, widest));
    }
}
