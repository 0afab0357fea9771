package org.genreworkbench.ui.labels;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import org.genreworkbench.labels.BranchCuts;
import org.genreworkbench.labels.Dendrogram;
import org.genreworkbench.labels.TagTree;

/** The note that follows the pointer over a branch: how many tags, at what height, the best known of them. */
final class BranchTooltip extends Label {

    BranchTooltip() {
        getStyleClass().add("dendrogram-hover");
        setId("dendrogram-hover");
        setVisible(false);
        setMouseTransparent(true);
    }

    /** Shows the merge's description near the pointer, kept inside the view's width. */
    void show(TagTree tree, int merge, double px, double py, double viewWidth) {
        setText(describe(tree, merge));
        autosize();
        relocate(Math.min(px + 12, viewWidth - getWidth() - 4), Math.max(0, py - 36));
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }

    static String describe(TagTree tree, int merge) {
        Dendrogram d = tree.dendrogram();
        List<Integer> leaves = BranchCuts.leavesUnder(d, d.leafCount() + merge);
        String top = leaves.stream()
                .sorted(Comparator.comparingInt((Integer t) -> -tree.incidence().support(t)))
                .limit(4).map(t -> tree.incidence().tags().get(t)).reduce((a, b) -> a + ", " + b).orElse("");
        return String.format(Locale.US, "%d tags at height %.3f%n%s%s", leaves.size(), d.height(merge), top,
                leaves.size() > 4 ? ", …" : "");
    }
}
