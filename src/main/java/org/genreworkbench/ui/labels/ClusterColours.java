package org.genreworkbench.ui.labels;

import javafx.scene.paint.Color;

/** A colour per cluster, cycling through a palette whose neighbours are easy to tell apart. */
final class ClusterColours {
    private static final Color[] PALETTE = {
        Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#e15759"), Color.web("#76b7b2"),
        Color.web("#59a14f"), Color.web("#edc948"), Color.web("#b07aa1"), Color.web("#ff9da7"),
        Color.web("#9c755f"), Color.web("#2f7ed8"), Color.web("#8cd17d"), Color.web("#d37295")};
    static final Color EXCLUDED = Color.web("#c8c8c8");
    static final Color ABOVE_CUT = Color.web("#555555");

    private ClusterColours() {
    }

    static Color of(int cluster) {
        return cluster < 0 ? EXCLUDED : PALETTE[cluster % PALETTE.length];
    }
}
