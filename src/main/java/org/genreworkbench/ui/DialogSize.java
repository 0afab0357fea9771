package org.genreworkbench.ui;

import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Opens a resizable dialog at the size its content asks for. On Linux (GTK) a resizable dialog's window opens
 * about 600 px wide whatever its content prefers, cutting or squeezing wide content, so the window is widened to
 * the pane's preferred size once shown (never wider than the screen's owner window) and kept centred on it.
 */
public final class DialogSize {
    private DialogSize() {
    }

    public static void openAtPreferredSize(Dialog<?> dialog) {
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.setOnShown(e -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            double wanted = dialog.getDialogPane().prefWidth(-1);
            Window owner = dialog.getOwner();
            if (owner != null) {
                wanted = Math.min(wanted, owner.getWidth());
            }
            if (window.getWidth() < wanted) {
                double grow = wanted - window.getWidth();
                window.setWidth(wanted);
                window.setX(Math.max(owner == null ? 0 : owner.getX(), window.getX() - grow / 2));
            }
        });
    }
}
